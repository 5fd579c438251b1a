package vn.thidua.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.NomineeFixtures.json;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import vn.thidua.support.DemoUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.NomineeFixtures;
import vn.thidua.support.NomineeFixtures.Created;

class RatingApiTest extends IntegrationTest {

  private static String memberRating(long memberId, int year, String rating, String score, String note) {
    return """
        {"year": %d, "nomineeKind": "INDIVIDUAL", "memberId": %d, "rating": "%s", "score": %s, "note": %s}
        """.formatted(year, memberId, rating, score, note == null ? "null" : "\"" + note + "\"");
  }

  private static String collectiveRating(String unitCode, int year, String rating) {
    return """
        {"year": %d, "nomineeKind": "COLLECTIVE", "unitCode": "%s", "rating": "%s"}
        """.formatted(year, unitCode, rating);
  }

  private ResponseEntity<JsonNode> post(String user, String body) {
    return as(user).postForEntity("/api/ratings", json(body), JsonNode.class);
  }

  private JsonNode recorded(String body) {
    ResponseEntity<JsonNode> created = post("btc.truong", body);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return created.getBody();
  }

  private ResponseEntity<JsonNode> put(String user, long id, String body) {
    return as(user).exchange("/api/ratings/" + id, HttpMethod.PUT, json(body), JsonNode.class);
  }

  private static String withVersion(String body, int version) {
    return body.strip().replaceFirst("}$", ", \"version\": " + version + "}");
  }

  @Test
  void organizationBoardRecordsAMembersRatingAndAnyOverseeingBodyReadsIt() {
    Created member = NomineeFixtures.member(as("btc.truong"), "CHAU-O", "Trần Thị Mỹ Lệ");

    ResponseEntity<JsonNode> created = post("btc.canbo",
        memberRating(member.id(), 2024, "HTXSNV", "95.5", "Đảng viên tiêu biểu của Đảng bộ"));

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    URI location = created.getHeaders().getLocation();
    assertThat(location).isNotNull();
    JsonNode rating = as("ubkt.canbo").getForEntity(location, JsonNode.class).getBody();
    assertThat(rating.path("year").asInt()).isEqualTo(2024);
    assertThat(rating.path("nomineeKind").asText()).isEqualTo("INDIVIDUAL");
    assertThat(rating.path("nomineeKindLabel").asText()).isEqualTo("Cá nhân");
    assertThat(rating.path("memberId").asLong()).isEqualTo(member.id());
    assertThat(rating.path("nomineeName").asText()).isEqualTo("Trần Thị Mỹ Lệ");
    assertThat(rating.path("unitCode").asText()).isEqualTo("CHAU-O");
    assertThat(rating.path("unitName").asText()).isEqualTo("Đảng bộ thị trấn Châu Ổ");
    assertThat(rating.path("rating").asText()).isEqualTo("HTXSNV");
    assertThat(rating.path("ratingLabel").asText()).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
    assertThat(rating.path("score").decimalValue()).isEqualByComparingTo("95.5");
    assertThat(rating.path("note").asText()).isEqualTo("Đảng viên tiêu biểu của Đảng bộ");
    assertThat(rating.path("recordedBy").asText()).isEqualTo("btc.canbo");
    assertThat(as("pnv.canbo").getForEntity(location, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(as("hdtdkt.canbo").getForEntity(location, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void organizationBoardRecordsAUnitsRatingByItsCode() {
    Created cell = NomineeFixtures.partyCell(as("btc.truong"), "Chi bộ khu phố Phước Hòa");

    JsonNode rating = recorded(collectiveRating(cell.code().toLowerCase(), 2023, "HTT"));

    assertThat(rating.path("nomineeKind").asText()).isEqualTo("COLLECTIVE");
    assertThat(rating.path("unitId").asLong()).isEqualTo(cell.id());
    assertThat(rating.path("unitCode").asText()).isEqualTo(cell.code());
    assertThat(rating.path("nomineeName").asText()).isEqualTo("Chi bộ khu phố Phước Hòa");
    assertThat(rating.hasNonNull("memberId")).isFalse();
    assertThat(rating.hasNonNull("score")).isFalse();
    JsonNode listed = as("btc.canbo").getForEntity("/api/ratings?unitCode=" + cell.code(), JsonNode.class).getBody();
    assertThat(listed.findValuesAsText("id")).containsExactly(rating.path("id").asText());
  }

  @Test
  void correctingARatingNeedsTheVersionReadAndAStaleOneChangesNothing() {
    Created member = NomineeFixtures.member(as("btc.truong"), "BINH-CHANH", "Lê Văn Thành");
    JsonNode rating = recorded(memberRating(member.id(), 2022, "HT", "65", null));
    long id = rating.path("id").asLong();
    int version = rating.path("version").asInt();

    ResponseEntity<JsonNode> corrected = put("btc.truong", id,
        withVersion(memberRating(member.id(), 2022, "HTT", "78.25", "Sửa theo biên bản họp xét"), version));

    assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(corrected.getBody().path("rating").asText()).isEqualTo("HTT");
    assertThat(corrected.getBody().path("score").decimalValue()).isEqualByComparingTo("78.25");
    assertThat(corrected.getBody().path("version").asInt()).isGreaterThan(version);

    ResponseEntity<JsonNode> stale = put("btc.canbo", id,
        withVersion(memberRating(member.id(), 2022, "KHT", "20", null), version));
    ResponseEntity<JsonNode> withoutVersion = put("btc.canbo", id, memberRating(member.id(), 2022, "KHT", "20", null));

    assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(stale.getBody().path("message").asText())
        .isEqualTo("Dữ liệu đã được người khác cập nhật. Vui lòng tải lại rồi thực hiện lại thao tác.");
    assertThat(withoutVersion.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(withoutVersion.getBody().path("errors").get(0).path("field").asText()).isEqualTo("version");
    JsonNode now = as("btc.truong").getForEntity("/api/ratings/" + id, JsonNode.class).getBody();
    assertThat(now.path("rating").asText()).isEqualTo("HTT");
    assertThat(now.path("note").asText()).isEqualTo("Sửa theo biên bản họp xét");
  }

  @Test
  void aSecondRatingOfTheSameNomineeAndYearIsAConflict() {
    Created member = NomineeFixtures.member(as("btc.truong"), "BINH-THANH", "Phạm Thị Hoa");
    JsonNode first = recorded(memberRating(member.id(), 2023, "HTXSNV", "91", null));
    JsonNode otherYear = recorded(memberRating(member.id(), 2021, "HT", "60", null));

    ResponseEntity<JsonNode> second = post("btc.truong", memberRating(member.id(), 2023, "HTT", "80", null));
    ResponseEntity<JsonNode> movedOntoIt = put("btc.truong", otherYear.path("id").asLong(),
        withVersion(memberRating(member.id(), 2023, "HT", "60", null), otherYear.path("version").asInt()));

    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(second.getBody().path("message").asText()).isEqualTo(
        "Phạm Thị Hoa đã có xếp loại năm 2023 (Hoàn thành xuất sắc nhiệm vụ); hãy sửa xếp loại đã có thay vì nhập mới");
    assertThat(movedOntoIt.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    JsonNode listed = as("btc.truong").getForEntity("/api/ratings?memberId=" + member.id(), JsonNode.class).getBody();
    assertThat(listed.findValuesAsText("year")).containsExactly("2023", "2021");
    assertThat(listed.get(0).path("id").asLong()).isEqualTo(first.path("id").asLong());
    assertThat(listed.get(0).path("rating").asText()).isEqualTo("HTXSNV");
  }

  @Test
  void anInvalidRatingIsRefusedFieldByFieldAndNothingIsStored() {
    Created member = NomineeFixtures.member(as("btc.truong"), "BINH-DUONG", "Võ Minh Tâm");
    String note = "x".repeat(2001);

    ResponseEntity<JsonNode> answer = post("btc.truong", """
        {"year": 1999, "nomineeKind": "INDIVIDUAL", "memberId": %d, "score": 100.5, "note": "%s"}
        """.formatted(member.id(), note));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().path("message").asText()).isEqualTo("Dữ liệu không hợp lệ");
    JsonNode errors = answer.getBody().path("errors");
    assertThat(errors.findValuesAsText("field")).containsExactly("year", "rating", "score", "note");
    assertThat(errors.get(0).path("message").asText()).startsWith("Năm xếp loại phải từ 2000 đến ");
    assertThat(errors.get(1).path("message").asText()).isEqualTo("Chưa chọn mức xếp loại: HTXSNV, HTT, HT hoặc KHT");
    assertThat(errors.get(2).path("message").asText()).isEqualTo("Điểm theo thang 100 điểm: từ 0 đến 100");
    assertThat(errors.get(3).path("message").asText()).isEqualTo("Ghi chú dài tối đa 2000 ký tự");
    assertThat(as("btc.truong").getForEntity("/api/ratings?memberId=" + member.id(), JsonNode.class).getBody())
        .isEmpty();
  }

  @Test
  void aNomineeThatTheRegistryDoesNotKnowIsRefused() {
    Created member = NomineeFixtures.member(as("btc.truong"), "BINH-NGUYEN", "Huỳnh Văn Bảy");

    ResponseEntity<JsonNode> unknownUnit = post("btc.truong", collectiveRating("XA-KHONG-CO", 2023, "HTT"));
    ResponseEntity<JsonNode> unknownMember = post("btc.truong", memberRating(999_999_999L, 2023, "HTT", "80", null));
    ResponseEntity<JsonNode> wrongUnit = post("btc.truong", """
        {"year": 2023, "nomineeKind": "INDIVIDUAL", "unitCode": "CHAU-O", "memberId": %d, "rating": "HTT"}
        """.formatted(member.id()));
    ResponseEntity<JsonNode> collectiveWithMember = post("btc.truong", """
        {"year": 2023, "nomineeKind": "COLLECTIVE", "unitCode": "CHAU-O", "memberId": %d, "rating": "HTT"}
        """.formatted(member.id()));
    ResponseEntity<JsonNode> noKind = post("btc.truong", """
        {"year": 2023, "unitCode": "CHAU-O", "rating": "HTT"}
        """);
    ResponseEntity<JsonNode> unknownRating = post("btc.truong", memberRating(member.id(), 2023, "XUAT_SAC", "90", null));

    assertThat(unknownUnit.getBody().path("errors").get(0).path("field").asText()).isEqualTo("unitCode");
    assertThat(unknownUnit.getBody().path("errors").get(0).path("message").asText())
        .isEqualTo("Không tìm thấy đơn vị có mã \"XA-KHONG-CO\"");
    assertThat(unknownMember.getBody().path("errors").get(0).path("message").asText())
        .isEqualTo("Không tìm thấy cán bộ, đảng viên có mã số 999999999");
    assertThat(wrongUnit.getBody().path("errors").get(0).path("field").asText()).isEqualTo("unitCode");
    assertThat(wrongUnit.getBody().path("errors").get(0).path("message").asText()).isEqualTo("Cán bộ, đảng viên mã số "
        + member.id() + " (Huỳnh Văn Bảy) thuộc Đảng bộ xã Bình Nguyên (BINH-NGUYEN), không thuộc Đảng bộ thị trấn Châu Ổ");
    assertThat(collectiveWithMember.getBody().path("errors").get(0).path("field").asText()).isEqualTo("memberId");
    assertThat(noKind.getBody().path("errors").get(0).path("field").asText()).isEqualTo("nomineeKind");
    assertThat(unknownRating.getBody().path("errors").get(0).path("field").asText()).isEqualTo("rating");
    assertThat(unknownRating.getBody().path("errors").get(0).path("message").asText())
        .isEqualTo("Giá trị \"XUAT_SAC\" không hợp lệ; chấp nhận: HTXSNV, HTT, HT, KHT");
    for (ResponseEntity<JsonNode> answer : List.of(unknownUnit, unknownMember, wrongUnit,
        collectiveWithMember, noKind, unknownRating)) {
      assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
    assertThat(as("btc.truong").getForEntity("/api/ratings?memberId=" + member.id(), JsonNode.class).getBody())
        .isEmpty();
  }

  @Test
  void aUnitsOfficerSeesOnlyTheRatingsOfTheUnitAndItsMembersAndWritesNone() {
    Created own = NomineeFixtures.member(as("btc.truong"), "CHAU-O", "Nguyễn Văn Hùng");
    Created other = NomineeFixtures.member(as("btc.truong"), "BINH-CHANH", "Đoàn Thị Thu");
    JsonNode ownRating = recorded(memberRating(own.id(), 2020, "HTXSNV", "92", null));
    JsonNode otherRating = recorded(memberRating(other.id(), 2020, "HTT", "75", null));

    JsonNode seenByUnit = as("chauo.canbo").getForEntity("/api/ratings?year=2020", JsonNode.class).getBody();
    JsonNode seenByInspection = as("ubkt.canbo").getForEntity("/api/ratings?year=2020", JsonNode.class).getBody();
    JsonNode seenByStandingCommittee = as(DemoUsers.STANDING_COMMITTEE_MEMBER)
        .getForEntity("/api/ratings?year=2020", JsonNode.class).getBody();

    assertThat(seenByUnit.findValuesAsText("id")).contains(ownRating.path("id").asText())
        .doesNotContain(otherRating.path("id").asText());
    assertThat(seenByUnit.findValuesAsText("unitCode")).containsOnly("CHAU-O");
    assertThat(seenByInspection.findValuesAsText("id"))
        .contains(ownRating.path("id").asText(), otherRating.path("id").asText());
    assertThat(seenByStandingCommittee.findValuesAsText("id")).as("Ban Thường vụ votes on these nominees")
        .contains(ownRating.path("id").asText(), otherRating.path("id").asText());
    assertThat(as(DemoUsers.STANDING_COMMITTEE_MEMBER).getForEntity("/api/ratings/" + otherRating.path("id").asLong(),
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(as("chauo.canbo").getForEntity("/api/ratings/" + ownRating.path("id").asLong(), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(as("chauo.canbo").getForEntity("/api/ratings/" + otherRating.path("id").asLong(), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("chauo.canbo").getForEntity("/api/ratings?unitCode=BINH-CHANH", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("binhchanh.canbo").getForEntity("/api/ratings?year=2020", JsonNode.class).getBody()
        .findValuesAsText("id")).contains(otherRating.path("id").asText()).doesNotContain(ownRating.path("id").asText());
    assertThat(as("vp.canbo").getForEntity("/api/ratings?year=2020", JsonNode.class).getBody().findValuesAsText("id"))
        .as("Văn phòng does not oversee ratings").doesNotContain(ownRating.path("id").asText(),
            otherRating.path("id").asText());

    ResponseEntity<JsonNode> created = post("chauo.canbo", memberRating(own.id(), 2021, "HTXSNV", "99", null));
    ResponseEntity<JsonNode> changed = put("chauo.truong", ownRating.path("id").asLong(),
        withVersion(memberRating(own.id(), 2020, "HT", "50", null), ownRating.path("version").asInt()));

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    JsonNode after = as("btc.truong").getForEntity("/api/ratings?memberId=" + own.id(), JsonNode.class).getBody();
    assertThat(after.findValuesAsText("year")).containsExactly("2020");
    assertThat(after.get(0).path("rating").asText()).isEqualTo("HTXSNV");
  }

  @Test
  void aSignedOutVisitorReadsNothing() {
    assertThat(anonymous.getForEntity("/api/ratings", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
