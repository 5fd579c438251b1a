package vn.thidua.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.NomineeFixtures.json;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import vn.thidua.catalogue.NomineeKind;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.NomineeFixtures;
import vn.thidua.support.NomineeFixtures.Created;

/** The body that decided an award revokes it (thu hồi); the registry then shows it revoked. */
class RewardRevocationApiTest extends IntegrationTest {

  private static final LocalDate DECIDED_ON = LocalDate.now().minusMonths(3);
  private static final String REVOCATION = """
      {"reason": "Kê khai không trung thực thành tích năm 2024",
       "legalGround": "Khoản 1 Điều 80 Luật Thi đua, khen thưởng 2022",
       "decisionNumber": "31-QĐ/HU", "revokedOn": "%s"}
      """;

  @Autowired
  private RewardRegistry registry;

  private AwardView award(Created nominee, NomineeKind kind, String form, AwardSource source) {
    return registry.record(new NewAward(kind, nominee.id(), form, DECIDED_ON.getYear(), "15-QĐ/HU", DECIDED_ON,
        "Ban Thường vụ Huyện ủy", 2_340_000L, source, null, null));
  }

  private AwardView memberAward(String unitCode, String form, AwardSource source) {
    Created member = NomineeFixtures.member(as("btc.truong"), unitCode, "Trần Văn Thu Hồi");
    return award(member, NomineeKind.INDIVIDUAL, form, source);
  }

  private ResponseEntity<JsonNode> revoke(String user, long awardId, String body) {
    return as(user).postForEntity("/api/rewards/" + awardId + "/revocation", json(body), JsonNode.class);
  }

  private ResponseEntity<JsonNode> revoke(String user, long awardId) {
    return revoke(user, awardId, REVOCATION.formatted(LocalDate.now()));
  }

  private JsonNode read(long awardId) {
    return as("btc.truong").getForEntity("/api/rewards/" + awardId, JsonNode.class).getBody();
  }

  @Test
  void thuongTrucRevokesTheCommitteesAwardWithReasonAndLegalGround() {
    Created cell = NomineeFixtures.partyCell(as("btc.truong"), "Chi bộ thôn An Phú");
    Created member = NomineeFixtures.member(as("btc.truong"), cell.code(), "Lê Thị Kê Khai");
    AwardView kept = award(member, NomineeKind.INDIVIDUAL, "LAO_DONG_TIEN_TIEN", AwardSource.DECIDED);
    AwardView party = award(member, NomineeKind.INDIVIDUAL, "GIAY_KHEN_BTV_DANG_VIEN", AwardSource.DECIDED);

    ResponseEntity<JsonNode> byOrganizationBoard = revoke("btc.truong", party.id());
    ResponseEntity<JsonNode> byPeoplesCommittee = revoke("ubnd.phochutich", party.id());
    ResponseEntity<JsonNode> bySecretary = revoke("bithu", party.id(), REVOCATION.formatted(DECIDED_ON.plusDays(10)));

    assertThat(byOrganizationBoard.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(byOrganizationBoard.getBody().path("message").asText()).isEqualTo("Chỉ Thường trực Huyện ủy được thu "
        + "hồi khen thưởng \"Giấy khen của Ban Thường vụ cấp ủy tặng đảng viên hoàn thành xuất sắc nhiệm vụ 5 năm "
        + "liền\" của Lê Thị Kê Khai");
    assertThat(byPeoplesCommittee.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(bySecretary.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode revoked = read(party.id());
    assertThat(revoked.path("revoked").asBoolean()).isTrue();
    assertThat(revoked.path("revokedReason").asText()).isEqualTo("Kê khai không trung thực thành tích năm 2024");
    assertThat(revoked.path("legalGround").asText()).isEqualTo("Khoản 1 Điều 80 Luật Thi đua, khen thưởng 2022");
    assertThat(revoked.path("revocationDecisionNumber").asText()).isEqualTo("31-QĐ/HU");
    assertThat(revoked.path("revokedOn").asText()).isEqualTo(DECIDED_ON.plusDays(10).toString());
    assertThat(revoked.path("revokedBy").asText()).isEqualTo("bithu");
    assertThat(revoked.hasNonNull("revokedAt")).isTrue();
    assertThat(bySecretary.getBody().path("id").asLong()).isEqualTo(party.id());
    JsonNode standing = read(kept.id());
    assertThat(standing.path("revoked").asBoolean()).isFalse();
    assertThat(standing.has("revokedReason")).isFalse();

    String cellAwards = "/api/rewards?unitCode=" + cell.code();
    assertThat(as("btc.canbo").getForEntity(cellAwards + "&revoked=true", JsonNode.class).getBody()
        .findValuesAsText("id")).containsExactly(String.valueOf(party.id()));
    assertThat(as("btc.canbo").getForEntity(cellAwards + "&revoked=false", JsonNode.class).getBody()
        .findValuesAsText("id")).containsExactly(String.valueOf(kept.id()));
    assertThat(as("btc.canbo").getForEntity(cellAwards, JsonNode.class).getBody()).hasSize(2);
    assertThat(registry.awardsOf(NomineeKind.INDIVIDUAL, member.id())).hasSize(2);
    assertThat(registry.currentAwardsOf(NomineeKind.INDIVIDUAL, member.id())).extracting(AwardView::id)
        .containsExactly(kept.id());

    ResponseEntity<JsonNode> again = revoke("pbt.thuongtruc", party.id());
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody().path("message").asText()).startsWith("Khen thưởng \"Giấy khen của Ban Thường vụ cấp ủy")
        .contains("đã bị thu hồi ngày " + RewardRegistry.VIETNAMESE_DATE.format(DECIDED_ON.plusDays(10)));
    assertThat(read(party.id()).path("revokedBy").asText()).isEqualTo("bithu");
  }

  @Test
  void thePeoplesCommitteeRevokesItsChairsAwards() {
    AwardView state = memberAward("CHAU-O", "LAO_DONG_TIEN_TIEN", AwardSource.DECIDED);

    assertThat(revoke("bithu", state.id()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(revoke("vpubnd.canbo", state.id()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(revoke("ubnd.phochutich", state.id()).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(read(state.id()).path("revokedBy").asText()).isEqualTo("ubnd.phochutich");
  }

  @Test
  void aMassOrganisationRevokesItsOwnAward() {
    AwardView recorded = memberAward("HOI-ND", "GIAY_KHEN_DOAN_THE", AwardSource.ORGANISATION);
    AwardView decided = memberAward("HOI-ND", "GIAY_KHEN_DOAN_THE", AwardSource.DECIDED);

    ResponseEntity<JsonNode> byAnotherUnit = revoke("phunu.canbo", recorded.id());
    ResponseEntity<JsonNode> byOrganizationBoard = revoke("btc.truong", recorded.id());

    assertThat(byAnotherUnit.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(byAnotherUnit.getBody().path("message").asText()).startsWith("Chỉ Hội Nông dân huyện được thu hồi");
    assertThat(byOrganizationBoard.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(revoke("nongdan.canbo", recorded.id()).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(revoke("bithu", decided.id()).getStatusCode()).as("the track decides, not who recorded it")
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(revoke("nongdan.truong", decided.id()).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(recorded.sourceLabel()).isEqualTo("Tổ chức đoàn thể tự quyết định");
  }

  @Test
  void theOrganizationBoardRecordsTheRevocationOfAwardsDecidedElsewhere() {
    AwardView imported = memberAward("BINH-CHANH", "GIAY_KHEN_BTV_DANG_VIEN", AwardSource.IMPORTED);
    AwardView province = memberAward("BINH-CHANH", "BANG_KHEN_BTV_TINH_UY", AwardSource.PROVINCE_ANSWER);

    ResponseEntity<JsonNode> bySecretary = revoke("bithu", imported.id());

    assertThat(bySecretary.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(bySecretary.getBody().path("message").asText()).startsWith("Chỉ Ban Tổ chức Huyện ủy được thu hồi");
    assertThat(revoke("binhchanh.canbo", province.id()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(revoke("btc.canbo", imported.id()).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(revoke("btc.truong", province.id()).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void anAdministratorMayRecordAnyRevocation() {
    AwardView party = memberAward("BINH-THANH", "GIAY_KHEN_BTV_DANG_VIEN", AwardSource.DECIDED);
    AwardView massOrg = memberAward("HOI-CCB", "GIAY_KHEN_DOAN_THE", AwardSource.ORGANISATION);

    assertThat(revoke("admin", party.id()).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(revoke("admin", massOrg.id()).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aRevocationWithoutReasonOrLegalGroundOrWithABadDateChangesNothing() {
    AwardView party = memberAward("BINH-DUONG", "GIAY_KHEN_BTV_DANG_VIEN", AwardSource.DECIDED);

    ResponseEntity<JsonNode> empty = revoke("bithu", party.id(), "{\"reason\": \"  \"}");
    ResponseEntity<JsonNode> tooLong = revoke("bithu", party.id(), """
        {"reason": "%s", "legalGround": "%s", "decisionNumber": "%s"}
        """.formatted("x".repeat(2001), "y".repeat(1001), "1".repeat(51)));
    ResponseEntity<JsonNode> future = revoke("bithu", party.id(), REVOCATION.formatted(LocalDate.now().plusDays(1)));
    ResponseEntity<JsonNode> beforeTheAward = revoke("bithu", party.id(), REVOCATION.formatted(DECIDED_ON.minusDays(1)));
    ResponseEntity<JsonNode> noBody = as("bithu").postForEntity("/api/rewards/" + party.id() + "/revocation",
        json(""), JsonNode.class);

    assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(empty.getBody().path("errors").findValuesAsText("field")).containsExactly("reason", "legalGround");
    assertThat(empty.getBody().path("errors").findValuesAsText("message")).containsExactly("Chưa nhập lý do thu hồi",
        "Chưa nhập căn cứ pháp lý (ví dụ Điều 80 Luật Thi đua, khen thưởng 2022)");
    assertThat(tooLong.getBody().path("errors").findValuesAsText("message")).containsExactly(
        "Lý do thu hồi dài tối đa 2000 ký tự", "Căn cứ pháp lý dài tối đa 1000 ký tự",
        "Số quyết định thu hồi dài tối đa 50 ký tự");
    assertThat(future.getBody().path("errors").findValuesAsText("message"))
        .containsExactly("Ngày thu hồi không được sau hôm nay");
    assertThat(beforeTheAward.getBody().path("errors").findValuesAsText("message"))
        .containsExactly("Ngày thu hồi không được trước ngày quyết định khen thưởng ("
            + RewardRegistry.VIETNAMESE_DATE.format(DECIDED_ON) + ")");
    assertThat(noBody.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(read(party.id()).path("revoked").asBoolean()).isFalse();
    assertThat(revoke("bithu", party.id(), "{\"reason\": \"Sai đối tượng\", \"legalGround\": \"Điều 80 Luật TĐKT\"}")
        .getBody().path("revokedOn").asText()).as("the day it is recorded").isEqualTo(LocalDate.now().toString());
  }

  @Test
  void anUnknownAwardIsNotFound() {
    ResponseEntity<JsonNode> answer = revoke("admin", 987_654_321L);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(answer.getBody().path("message").asText()).isEqualTo("Không tìm thấy khen thưởng 987654321");
  }
}
