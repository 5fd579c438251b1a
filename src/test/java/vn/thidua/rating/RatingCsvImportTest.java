package vn.thidua.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.NomineeFixtures.csvBody;
import static vn.thidua.support.NomineeFixtures.csvUpload;
import static vn.thidua.support.NomineeFixtures.json;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import vn.thidua.catalogue.NomineeKind;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.NomineeFixtures;
import vn.thidua.support.NomineeFixtures.Created;

class RatingCsvImportTest extends IntegrationTest {

  private static final String HEADER = "year,nomineeKind,unitCode,memberId,memberName,rating,score,note\n";

  @Autowired
  private RatingRecords ratingRecords;

  private ResponseEntity<JsonNode> importAs(String user, String csv) {
    return as(user).postForEntity("/api/ratings/import", csvUpload(csv), JsonNode.class);
  }

  private JsonNode ratingsOf(String unitCode) {
    return as("btc.truong").getForEntity("/api/ratings?unitCode=" + unitCode, JsonNode.class).getBody();
  }

  @Test
  void organizationBoardImportsTheRatingsOfACellAndItsMembers() {
    Created cell = NomineeFixtures.partyCell(as("btc.truong"), "Chi bộ thôn An Phú");
    Created byId = NomineeFixtures.member(as("btc.truong"), cell.code(), "Lương Thị Kim Chi");
    Created byName = NomineeFixtures.member(as("btc.truong"), cell.code(), "Nguyễn Hữu Đức");
    // as some spreadsheets save Vietnamese: letters and accents apart, in another case, with extra spaces
    String typedName = Normalizer.normalize("nguyễn  hữu ĐỨC", Normalizer.Form.NFD);
    String csv = HEADER
        + "2024,COLLECTIVE," + cell.code() + ",,,HTXSNV,\"92,5\",Chi bộ trong sạch vững mạnh tiêu biểu\n"
        + "2024,Cá nhân,," + byId.id() + ",,HTT,80,\n"
        + "2024,INDIVIDUAL," + cell.code().toLowerCase() + ",," + typedName + ",htxsnv,,\"Ghi chú, có dấu phẩy\"\n";

    ResponseEntity<JsonNode> answer = importAs("btc.canbo", csv);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody().path("imported").asInt()).isEqualTo(3);
    assertThat(answer.getBody().path("message").asText()).isEqualTo("Đã nhập 3 xếp loại chất lượng");
    JsonNode ratings = ratingsOf(cell.code());
    assertThat(ratings.findValuesAsText("nomineeName"))
        .containsExactly("Chi bộ thôn An Phú", "Lương Thị Kim Chi", "Nguyễn Hữu Đức");
    assertThat(ratings.get(0).path("score").decimalValue()).isEqualByComparingTo("92.5");
    assertThat(ratings.get(0).path("note").asText()).isEqualTo("Chi bộ trong sạch vững mạnh tiêu biểu");
    assertThat(ratings.get(1).path("memberId").asLong()).isEqualTo(byId.id());
    assertThat(ratings.get(1).path("rating").asText()).isEqualTo("HTT");
    assertThat(ratings.get(2).path("memberId").asLong()).isEqualTo(byName.id());
    assertThat(ratings.get(2).path("note").asText()).isEqualTo("Ghi chú, có dấu phẩy");
    assertThat(ratings.findValuesAsText("recordedBy")).containsOnly("btc.canbo");
    assertThat(ratingRecords.recorded(NomineeKind.COLLECTIVE, cell.id(), 2024)).contains(QualityRating.HTXSNV);
  }

  @Test
  void everyBadLineIsReportedWithItsNumberAndNothingIsImported() {
    Created cell = NomineeFixtures.partyCell(as("btc.truong"), "Chi bộ thôn Tân Hòa");
    Created namesake = NomineeFixtures.member(as("btc.truong"), cell.code(), "Trần Văn Nam");
    NomineeFixtures.member(as("btc.truong"), cell.code(), "Trần Văn Nam");
    Created rated = NomineeFixtures.member(as("btc.truong"), cell.code(), "Bùi Thị Lan");
    assertThat(as("btc.truong").postForEntity("/api/ratings", json("""
        {"year": 2023, "nomineeKind": "INDIVIDUAL", "memberId": %d, "rating": "HTT"}
        """.formatted(rated.id())), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String csv = HEADER
        + "2024,COLLECTIVE," + cell.code() + ",,,HTXSNV,95,\n"                       // 2: good
        + "hai nghìn,COLLECTIVE,XA-KHONG-CO,,,HTT,,\n"                                // 3: year, unitCode
        + "2024,INDIVIDUAL," + cell.code() + ",,Trần Văn Nam,HT,,\n"                  // 4: two of that name
        + "\n"
        + "2024,INDIVIDUAL,," + rated.id() + ",Bùi Thị Lam,XUAT_SAC,101,\n"          // 6: name, rating, score
        + "2023,INDIVIDUAL,," + rated.id() + ",,HTXSNV,,\n"                           // 7: already rated
        + "2024,COLLECTIVE," + cell.code() + ",,,HTT,,\n"                             // 8: same as line 2
        + "2024,TAP_THE," + cell.code() + ",,,HTT,,\n"                                // 9: kind
        + "2024,INDIVIDUAL,,,,HTT,,\n";                                               // 10: who?

    ResponseEntity<JsonNode> answer = importAs("btc.truong", csv);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().path("message").asText()).isEqualTo("Tệp có dòng không hợp lệ; chưa nhập dòng nào");
    JsonNode errors = answer.getBody().path("errors");
    assertThat(errors.findValuesAsText("line"))
        .containsExactly("3", "3", "4", "6", "6", "6", "7", "8", "9", "10");
    assertThat(errors.findValuesAsText("field")).containsExactly("year", "unitCode", "memberName", "rating",
        "memberName", "score", "year", "year", "nomineeKind", "memberId");
    assertThat(errors.get(0).path("message").asText()).isEqualTo("Cột year: \"hai nghìn\" không phải là số nguyên");
    assertThat(errors.get(1).path("message").asText()).isEqualTo("Không tìm thấy đơn vị có mã \"XA-KHONG-CO\"");
    assertThat(errors.get(2).path("message").asText()).startsWith("Chi bộ thôn Tân Hòa có 2 người tên \"Trần Văn Nam\" (mã số "
        + namesake.id() + ", ");
    assertThat(errors.get(3).path("message").asText()).startsWith("Cột rating: \"XUAT_SAC\" không hợp lệ; chấp nhận: "
        + "HTXSNV (Hoàn thành xuất sắc nhiệm vụ)");
    assertThat(errors.get(4).path("message").asText())
        .isEqualTo("Mã số " + rated.id() + " là của \"Bùi Thị Lan\", không phải \"Bùi Thị Lam\"");
    assertThat(errors.get(5).path("message").asText()).isEqualTo("Điểm theo thang 100 điểm: từ 0 đến 100");
    assertThat(errors.get(6).path("message").asText())
        .isEqualTo("Bùi Thị Lan đã có xếp loại năm 2023 (Hoàn thành tốt nhiệm vụ); hãy sửa xếp loại đã có thay vì nhập mới");
    assertThat(errors.get(7).path("message").asText()).isEqualTo("Chi bộ thôn Tân Hòa đã có xếp loại năm 2024 ở dòng 2");
    assertThat(ratingsOf(cell.code()).findValuesAsText("year")).as("only the rating entered before the import")
        .containsExactly("2023");
  }

  @Test
  void consecutiveExcellentYearsStopAtAMissingYearOrALowerRating() {
    Created cell = NomineeFixtures.partyCell(as("btc.truong"), "Chi bộ Trường THCS Bình Châu");
    Created member = NomineeFixtures.member(as("btc.truong"), cell.code(), "Đặng Quốc Bảo");
    StringBuilder csv = new StringBuilder(HEADER);
    // 2015 2016 | 2017 missing | 2018 2019 2020 | 2021 HTT | 2022
    for (String line : new String[] {"2015,HTXSNV", "2016,HTXSNV", "2018,HTXSNV", "2019,HTXSNV", "2020,HTXSNV",
        "2021,HTT", "2022,HTXSNV"}) {
      String[] yearAndRating = line.split(",");
      csv.append(yearAndRating[0]).append(",INDIVIDUAL,,").append(member.id()).append(",,")
          .append(yearAndRating[1]).append(",,\n");
    }
    // the cell itself: excellent in the years the member was not, so that the kinds cannot be mixed up
    csv.append("2017,COLLECTIVE,").append(cell.code()).append(",,,HTXSNV,,\n");
    csv.append("2021,COLLECTIVE,").append(cell.code()).append(",,,HTXSNV,,\n");

    ResponseEntity<JsonNode> answer = as("admin").postForEntity("/api/ratings/import",
        csvBody(csv.toString().getBytes(StandardCharsets.UTF_8)), JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody().path("imported").asInt()).isEqualTo(9);
    NomineeKind individual = NomineeKind.INDIVIDUAL;
    assertThat(ratingRecords.consecutiveExcellentYears(individual, member.id(), 2016)).isEqualTo(2);
    assertThat(ratingRecords.consecutiveExcellentYears(individual, member.id(), 2017)).as("not recorded").isZero();
    assertThat(ratingRecords.consecutiveExcellentYears(individual, member.id(), 2019)).isEqualTo(2);
    assertThat(ratingRecords.consecutiveExcellentYears(individual, member.id(), 2020)).as("2017 breaks the run")
        .isEqualTo(3);
    assertThat(ratingRecords.consecutiveExcellentYears(individual, member.id(), 2021)).as("HTT").isZero();
    assertThat(ratingRecords.consecutiveExcellentYears(individual, member.id(), 2022)).as("HTT in 2021 breaks it")
        .isEqualTo(1);
    assertThat(ratingRecords.consecutiveExcellentYears(individual, member.id(), 2023)).as("not yet rated").isZero();
    assertThat(ratingRecords.consecutiveExcellentYears(NomineeKind.COLLECTIVE, cell.id(), 2021)).isEqualTo(1);
    assertThat(ratingRecords.recorded(individual, member.id(), 2021)).contains(QualityRating.HTT);
    assertThat(ratingRecords.recorded(individual, member.id(), 2017)).isEmpty();
    assertThat(ratingRecords.ratingsOf(individual, member.id())).extracting(RatingView::year)
        .containsExactly(2022, 2021, 2020, 2019, 2018, 2016, 2015);
  }

  @Test
  void aFileThatIsNotTheRatingsCsvIsRefusedAtItsFirstLine() {
    ResponseEntity<JsonNode> wrongHeader = importAs("btc.truong", "year,unitCode,rating\n2024,CHAU-O,HTT\n");
    ResponseEntity<JsonNode> notUtf8 = as("btc.truong").postForEntity("/api/ratings/import",
        csvBody((HEADER + "2024,COLLECTIVE,CHAU-O,,,HTT,,Bình Châu\n").getBytes(StandardCharsets.ISO_8859_1)),
        JsonNode.class);
    ResponseEntity<JsonNode> headerOnly = importAs("btc.truong", HEADER);

    assertThat(wrongHeader.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(wrongHeader.getBody().path("errors").get(0).path("line").asInt()).isEqualTo(1);
    assertThat(wrongHeader.getBody().path("errors").get(0).path("message").asText())
        .isEqualTo("Dòng tiêu đề thiếu cột nomineeKind, memberId, memberName, score, note; tiêu đề đúng là: "
            + "year,nomineeKind,unitCode,memberId,memberName,rating,score,note");
    assertThat(notUtf8.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notUtf8.getBody().path("errors").get(0).path("message").asText())
        .isEqualTo("Tệp không phải văn bản UTF-8; hãy lưu lại tệp CSV với bảng mã UTF-8");
    assertThat(headerOnly.getBody().path("errors").get(0).path("message").asText())
        .isEqualTo("Tệp không có dòng dữ liệu nào");
  }

  @Test
  void aUnitsOfficerCannotImportRatings() {
    Created member = NomineeFixtures.member(as("btc.truong"), "CHAU-O", "Lê Thị Ánh");

    ResponseEntity<JsonNode> answer = importAs("chauo.canbo",
        HEADER + "2024,INDIVIDUAL,," + member.id() + ",,HTXSNV,,\n");

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("btc.truong").getForEntity("/api/ratings?memberId=" + member.id(), JsonNode.class).getBody())
        .isEmpty();
  }
}
