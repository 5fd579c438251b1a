package vn.thidua.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.support.NomineeFixtures.csvBody;
import static vn.thidua.support.NomineeFixtures.csvUpload;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignView;
import vn.thidua.catalogue.NomineeKind;
import vn.thidua.catalogue.Track;
import vn.thidua.support.DemoUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.LaunchFixtures;
import vn.thidua.support.NomineeFixtures;
import vn.thidua.support.NomineeFixtures.Created;
import vn.thidua.web.ApiException;

class RewardRegistryApiTest extends IntegrationTest {

  private static final String HEADER =
      "year,nomineeKind,unitCode,memberId,memberName,rewardFormCode,decisionNumber,decisionDate,decidedBy,money\n";

  @Autowired
  private RewardRegistry registry;

  @Autowired
  private CampaignService campaigns;

  private ResponseEntity<JsonNode> importAs(String user, String csv) {
    return as(user).postForEntity("/api/rewards/import", csvUpload(csv), JsonNode.class);
  }

  private JsonNode awards(String user, String query) {
    ResponseEntity<JsonNode> answer = as(user).getForEntity("/api/rewards?" + query, JsonNode.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private void imported(String csv, int count) {
    ResponseEntity<JsonNode> answer = importAs("btc.truong", csv);
    assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody().path("imported").asInt()).isEqualTo(count);
  }

  private static NewAward decided(NomineeKind kind, long nomineeId, String form, String campaignId, Integer phase) {
    return new NewAward(kind, nomineeId, form, LocalDate.now().getYear(), "15-QĐ/HU", LocalDate.now(),
        "Ban Thường vụ Huyện ủy", 4_680_000L, AwardSource.DECIDED, campaignId, phase);
  }

  @Test
  void organizationBoardImportsPastAwardsFromTheOfficesRecords() {
    Created cell = NomineeFixtures.partyCell(as("btc.truong"), "Chi bộ thôn Phú Long");
    Created byName = NomineeFixtures.member(as("btc.truong"), cell.code(), "Phan Thị Thu Hằng");
    Created byId = NomineeFixtures.member(as("btc.truong"), cell.code(), "Lê Công Minh");
    String csv = HEADER
        + "2021,COLLECTIVE," + cell.code() + ",,,GIAY_KHEN_BTV_TAP_THE,15-QĐ/HU,20/08/2021,Ban Thường vụ Huyện ủy,"
        + "\"2.980.000\"\n"
        + "2022,INDIVIDUAL," + cell.code() + ",,Phan Thị Thu Hằng,GIAY_KHEN_BTV_DANG_VIEN,128-QĐ/HU,2023-01-10,"
        + "Ban Thường vụ Huyện ủy,1490000\n"
        + "2023,Cá nhân,," + byId.id() + ",,LAO_DONG_TIEN_TIEN,245/QĐ-UBND,05/12/2023,Chủ tịch UBND huyện,\n";

    imported(csv, 3);

    JsonNode awards = awards("btc.canbo", "unitCode=" + cell.code());
    assertThat(awards.findValuesAsText("year")).containsExactly("2023", "2022", "2021");
    JsonNode state = awards.get(0);
    assertThat(state.path("nomineeMemberId").asLong()).isEqualTo(byId.id());
    assertThat(state.hasNonNull("nomineeUnitId")).isFalse();
    assertThat(state.path("rewardFormName").asText()).isEqualTo("Lao động tiên tiến");
    assertThat(state.path("track").asText()).isEqualTo("STATE");
    assertThat(state.path("decisionNumber").asText()).isEqualTo("245/QĐ-UBND");
    assertThat(state.path("decisionDate").asText()).isEqualTo("2023-12-05");
    assertThat(state.hasNonNull("money")).isFalse();
    JsonNode member = awards.get(1);
    assertThat(member.path("nomineeMemberId").asLong()).isEqualTo(byName.id());
    assertThat(member.path("nomineeName").asText()).isEqualTo("Phan Thị Thu Hằng");
    assertThat(member.path("money").asLong()).isEqualTo(1_490_000L);
    JsonNode collective = awards.get(2);
    assertThat(collective.path("nomineeKind").asText()).isEqualTo("COLLECTIVE");
    assertThat(collective.path("nomineeUnitId").asLong()).isEqualTo(cell.id());
    assertThat(collective.path("nomineeName").asText()).isEqualTo("Chi bộ thôn Phú Long");
    assertThat(collective.path("unitCode").asText()).isEqualTo(cell.code());
    assertThat(collective.path("decisionNumber").asText()).isEqualTo("15-QĐ/HU");
    assertThat(collective.path("decidedBy").asText()).isEqualTo("Ban Thường vụ Huyện ủy");
    assertThat(collective.path("money").asLong()).isEqualTo(2_980_000L);
    assertThat(collective.path("trackLabel").asText()).isEqualTo("Khen thưởng của Đảng");
    assertThat(awards.findValuesAsText("source")).containsOnly("IMPORTED");
    assertThat(awards.findValuesAsText("sourceLabel")).containsOnly("Nhập từ hồ sơ lưu trữ");
    assertThat(awards.findValuesAsText("recordedBy")).containsOnly("btc.truong");
    assertThat(awards).allMatch(award -> !award.hasNonNull("campaignId") && !award.hasNonNull("phaseNumber"));
    assertThat(registry.awardsOf(NomineeKind.INDIVIDUAL, byName.id())).extracting(AwardView::rewardFormCode)
        .containsExactly("GIAY_KHEN_BTV_DANG_VIEN");
  }

  @Test
  void theRegistryIsSearchedByNomineeYearFormAndTrack() {
    Created cell = NomineeFixtures.partyCell(as("btc.truong"), "Chi bộ Trạm Y tế xã");
    Created nurse = NomineeFixtures.member(as("btc.truong"), cell.code(), "Huỳnh Thị Ngọc Mai");
    Created doctor = NomineeFixtures.member(as("btc.truong"), cell.code(), "Trương Văn Lực");
    imported(HEADER
        + "2019,INDIVIDUAL,," + nurse.id() + ",,GIAY_KHEN_BTV_DANG_VIEN,31-QĐ/HU,15/08/2019,Ban Thường vụ Huyện ủy,\n"
        + "2019,INDIVIDUAL,," + nurse.id() + ",,LAO_DONG_TIEN_TIEN,101/QĐ-UBND,20/12/2019,Chủ tịch UBND huyện,\n"
        + "2020,INDIVIDUAL,," + nurse.id() + ",,LAO_DONG_TIEN_TIEN,99/QĐ-UBND,18/12/2020,Chủ tịch UBND huyện,\n"
        + "2020,INDIVIDUAL,," + doctor.id() + ",,LAO_DONG_TIEN_TIEN,99/QĐ-UBND,18/12/2020,Chủ tịch UBND huyện,\n"
        + "2020,COLLECTIVE," + cell.code() + ",,,TAP_THE_LAO_DONG_TIEN_TIEN,99/QĐ-UBND,18/12/2020,"
        + "Chủ tịch UBND huyện,\n", 5);

    String nurseQuery = "nomineeKind=INDIVIDUAL&nomineeId=" + nurse.id();
    assertThat(awards("ubkt.canbo", nurseQuery).findValuesAsText("decisionNumber"))
        .containsExactly("99/QĐ-UBND", "101/QĐ-UBND", "31-QĐ/HU");
    assertThat(awards("ubkt.canbo", nurseQuery + "&year=2019").findValuesAsText("rewardFormCode"))
        .containsExactly("LAO_DONG_TIEN_TIEN", "GIAY_KHEN_BTV_DANG_VIEN");
    assertThat(awards("ubkt.canbo", nurseQuery + "&track=PARTY").findValuesAsText("decisionNumber"))
        .containsExactly("31-QĐ/HU");
    assertThat(awards("pnv.canbo", "unitCode=" + cell.code() + "&year=2020&form=LAO_DONG_TIEN_TIEN")
        .findValuesAsText("nomineeName")).containsExactlyInAnyOrder("Huỳnh Thị Ngọc Mai", "Trương Văn Lực");
    assertThat(awards("pnv.canbo", "unitCode=" + cell.code() + "&nomineeKind=COLLECTIVE")
        .findValuesAsText("rewardFormCode")).containsExactly("TAP_THE_LAO_DONG_TIEN_TIEN");
    assertThat(awards("pnv.canbo", "unitCode=" + cell.code() + "&track=STATE")).hasSize(4);
    assertThat(registry.search(new AwardFilter(null, null, cell.code(), 2020, null, Track.STATE))).hasSize(3);
  }

  @Test
  void aSearchWithAnUnknownUnitOrFormOrANomineeWithoutItsKindIsRefused() {
    ResponseEntity<JsonNode> unknownUnit = as("btc.truong").getForEntity("/api/rewards?unitCode=XA-KHONG-CO",
        JsonNode.class);
    ResponseEntity<JsonNode> unknownForm = as("btc.truong").getForEntity("/api/rewards?form=HUAN_CHUONG_GIA",
        JsonNode.class);
    ResponseEntity<JsonNode> idWithoutKind = as("btc.truong").getForEntity("/api/rewards?nomineeId=1", JsonNode.class);
    ResponseEntity<JsonNode> unknownTrack = as("btc.truong").getForEntity("/api/rewards?track=ARMY", JsonNode.class);

    assertThat(unknownUnit.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknownUnit.getBody().path("errors").get(0).path("field").asText()).isEqualTo("unitCode");
    assertThat(unknownForm.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknownForm.getBody().path("errors").get(0).path("message").asText())
        .isEqualTo("Hình thức \"HUAN_CHUONG_GIA\" không có trong danh mục khen thưởng");
    assertThat(idWithoutKind.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(idWithoutKind.getBody().path("errors").get(0).path("field").asText()).isEqualTo("nomineeKind");
    assertThat(unknownTrack.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknownTrack.getBody().path("errors").get(0).path("message").asText())
        .isEqualTo("Giá trị \"ARMY\" không hợp lệ; chấp nhận: PARTY, STATE, MASS_ORG");
  }

  @Test
  void everyBadLineOfAnAwardsFileIsReportedAndNothingIsImported() {
    Created cell = NomineeFixtures.partyCell(as("btc.truong"), "Chi bộ Công an xã");
    Created member = NomineeFixtures.member(as("btc.truong"), cell.code(), "Ngô Thanh Tùng");
    imported(HEADER + "2020,INDIVIDUAL,," + member.id() + ",,GIAY_KHEN_BTV_DANG_VIEN,40-QĐ/HU,01/09/2020,"
        + "Ban Thường vụ Huyện ủy,\n", 1);
    int nextYear = LocalDate.now().getYear() + 1;
    String csv = HEADER
        + "2021,COLLECTIVE," + cell.code() + ",,,GIAY_KHEN_BTV_TAP_THE,52-QĐ/HU,02/09/2021,Ban Thường vụ Huyện ủy,\n"
        + "2021,INDIVIDUAL,," + member.id() + ",,HUAN_CHUONG_GIA,52-QĐ/HU,02/09/2021,Ban Thường vụ Huyện ủy,\n"
        + "2021,INDIVIDUAL,," + member.id() + ",,GIAY_KHEN_BTV_TAP_THE,52-QĐ/HU,02/09/2021,Ban Thường vụ Huyện ủy,\n"
        + "2021,INDIVIDUAL,," + member.id() + ",,LAO_DONG_TIEN_TIEN,7/QĐ-UBND,31/02/2021,Chủ tịch UBND huyện,nhiều\n"
        + "2021,INDIVIDUAL,," + member.id() + ",,CHIEN_SI_THI_DUA_CO_SO,,15/12/2020,,\n"
        + nextYear + ",INDIVIDUAL,," + member.id() + ",,LAO_DONG_TIEN_TIEN,8/QĐ-UBND,01/01/2021,Chủ tịch UBND huyện,\n"
        + "2020,INDIVIDUAL,," + member.id() + ",,GIAY_KHEN_BTV_DANG_VIEN,41-QĐ/HU,02/09/2020,Ban Thường vụ Huyện ủy,\n"
        + "2021,COLLECTIVE," + cell.code() + ",,,GIAY_KHEN_BTV_TAP_THE,53-QĐ/HU,03/09/2021,Ban Thường vụ Huyện ủy,\n";

    ResponseEntity<JsonNode> answer = importAs("btc.truong", csv);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode errors = answer.getBody().path("errors");
    assertThat(errors.findValuesAsText("line")).containsExactly("3", "4", "5", "5", "6", "6", "6", "7", "8", "9");
    assertThat(errors.findValuesAsText("field")).containsExactly("rewardFormCode", "rewardFormCode", "decisionDate",
        "money", "decisionNumber", "decisionDate", "decidedBy", "year", "rewardFormCode", "rewardFormCode");
    assertThat(errors.get(0).path("message").asText())
        .isEqualTo("Hình thức \"HUAN_CHUONG_GIA\" không có trong danh mục khen thưởng");
    assertThat(errors.get(1).path("message").asText()).isEqualTo("Hình thức \"Giấy khen của Ban Thường vụ cấp ủy "
        + "tặng tổ chức đảng\" không dành cho cá nhân");
    assertThat(errors.get(2).path("message").asText())
        .isEqualTo("Cột decisionDate: \"31/02/2021\" không phải ngày hợp lệ (dd/MM/yyyy)");
    assertThat(errors.get(5).path("message").asText())
        .isEqualTo("Khen thưởng năm 2021 không thể có quyết định ký trước năm đó");
    assertThat(errors.get(7).path("message").asText())
        .isEqualTo("Năm khen thưởng phải từ 1930 đến " + LocalDate.now().getYear());
    assertThat(errors.get(8).path("message").asText()).isEqualTo("Ngô Thanh Tùng đã có \"Giấy khen của Ban Thường vụ "
        + "cấp ủy tặng đảng viên hoàn thành xuất sắc nhiệm vụ 5 năm liền\" năm 2020 trong sổ khen thưởng, "
        + "theo Quyết định số 40-QĐ/HU ngày 01/09/2020");
    assertThat(errors.get(9).path("message").asText()).isEqualTo("Chi bộ Công an xã đã có \"Giấy khen của Ban Thường "
        + "vụ cấp ủy tặng tổ chức đảng\" năm 2021 ở dòng 2");
    assertThat(awards("btc.truong", "unitCode=" + cell.code()).findValuesAsText("decisionNumber"))
        .containsExactly("40-QĐ/HU");
  }

  @Test
  void aDecisionsAwardIsRecordedOncePerNomineeFormCampaignAndPhase() {
    CampaignView campaign = campaigns.create(LaunchFixtures.plan(LaunchFixtures.uniquePlanNumber()), "btc.truong");
    Created cell = NomineeFixtures.partyCell(as("btc.truong"), "Chi bộ Trường Tiểu học số 1");
    Created teacher = NomineeFixtures.member(as("btc.truong"), cell.code(), "Võ Thị Bích Thủy");

    AwardView first = registry.record(decided(NomineeKind.INDIVIDUAL, teacher.id(), "GIAY_KHEN_BTV_DANG_VIEN",
        campaign.id(), 1));
    AwardView nextPhase = registry.record(decided(NomineeKind.INDIVIDUAL, teacher.id(), "GIAY_KHEN_BTV_DANG_VIEN",
        campaign.id(), 2));

    assertThat(first.source()).isEqualTo(AwardSource.DECIDED);
    assertThat(first.campaignId()).isEqualTo(campaign.id());
    assertThat(first.phaseNumber()).isEqualTo(1);
    assertThat(first.track()).isEqualTo(Track.PARTY);
    assertThat(first.unitCode()).isEqualTo(cell.code());
    assertThat(nextPhase.id()).isNotEqualTo(first.id());
    assertThatThrownBy(() -> registry.record(decided(NomineeKind.INDIVIDUAL, teacher.id(), "GIAY_KHEN_BTV_DANG_VIEN",
        campaign.id(), 1)))
        .isInstanceOfSatisfying(ApiException.class, refused -> {
          assertThat(refused.status()).isEqualTo(HttpStatus.CONFLICT);
          assertThat(refused.getMessage()).isEqualTo("Võ Thị Bích Thủy đã được ghi \"Giấy khen của Ban Thường vụ cấp ủy "
              + "tặng đảng viên hoàn thành xuất sắc nhiệm vụ 5 năm liền\" của phong trào này (đợt 1) trong sổ khen "
              + "thưởng, theo Quyết định số 15-QĐ/HU ngày " + RewardRegistry.VIETNAMESE_DATE.format(LocalDate.now()));
        });
    assertThat(registry.awardsOf(NomineeKind.INDIVIDUAL, teacher.id())).hasSize(2);
    assertThat(registry.find(decided(NomineeKind.INDIVIDUAL, teacher.id(), "GIAY_KHEN_BTV_DANG_VIEN", campaign.id(),
        1))).map(AwardView::id).contains(first.id());
    assertThat(registry.find(decided(NomineeKind.INDIVIDUAL, teacher.id(), "GIAY_KHEN_BTV_DANG_VIEN", campaign.id(),
        3))).isEmpty();
  }

  @Test
  void anAwardOutsideACampaignIsRecordedOncePerNomineeFormAndYear() {
    Created cell = NomineeFixtures.partyCell(as("btc.truong"), "Chi bộ Hội Nông dân xã");

    registry.record(decided(NomineeKind.COLLECTIVE, cell.id(), "GIAY_KHEN_BTV_TAP_THE", null, null));

    assertThatThrownBy(() -> registry.record(decided(NomineeKind.COLLECTIVE, cell.id(), "GIAY_KHEN_BTV_TAP_THE",
        null, null)))
        .isInstanceOfSatisfying(ApiException.class, refused ->
            assertThat(refused.status()).isEqualTo(HttpStatus.CONFLICT));
    assertThatThrownBy(() -> registry.record(decided(NomineeKind.INDIVIDUAL, cell.id() + 1_000_000_000L,
        "GIAY_KHEN_BTV_TAP_THE", "khong-co", 3)))
        .isInstanceOfSatisfying(ApiException.class, refused -> {
          assertThat(refused.status()).isEqualTo(HttpStatus.BAD_REQUEST);
          assertThat(refused.errors()).extracting(ApiException.FieldError::field)
              .containsExactly("nomineeId", "rewardFormCode", "campaignId");
        });
    assertThat(registry.awardsOf(NomineeKind.COLLECTIVE, cell.id())).hasSize(1);
  }

  @Test
  void aUnitsOfficerSeesOnlyItsOwnAwardsAndCannotImport() {
    Created own = NomineeFixtures.member(as("btc.truong"), "CHAU-O", "Đinh Văn Quý");
    Created other = NomineeFixtures.member(as("btc.truong"), "BINH-CHANH", "Mai Thị Hồng");
    imported(HEADER
        + "2018,INDIVIDUAL,," + own.id() + ",,GIAY_KHEN_BTV_DANG_VIEN,12-QĐ/HU,10/08/2018,Ban Thường vụ Huyện ủy,\n"
        + "2018,INDIVIDUAL,," + other.id() + ",,GIAY_KHEN_BTV_DANG_VIEN,12-QĐ/HU,10/08/2018,Ban Thường vụ Huyện ủy,\n",
        2);
    long ownAward = registry.awardsOf(NomineeKind.INDIVIDUAL, own.id()).get(0).id();
    long otherAward = registry.awardsOf(NomineeKind.INDIVIDUAL, other.id()).get(0).id();

    JsonNode seen = awards("chauo.canbo", "year=2018");

    assertThat(seen.findValuesAsText("id")).contains(String.valueOf(ownAward)).doesNotContain(String.valueOf(otherAward));
    assertThat(seen.findValuesAsText("unitCode")).containsOnly("CHAU-O");
    assertThat(awards("chauo.canbo", "nomineeKind=INDIVIDUAL&nomineeId=" + other.id())).isEmpty();
    assertThat(awards(DemoUsers.STANDING_COMMITTEE_MEMBER, "year=2018").findValuesAsText("id"))
        .as("Ban Thường vụ votes on these nominees").contains(String.valueOf(ownAward), String.valueOf(otherAward));
    assertThat(as(DemoUsers.STANDING_COMMITTEE_MEMBER).getForEntity("/api/rewards/" + otherAward, JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(as("chauo.canbo").getForEntity("/api/rewards/" + ownAward, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(as("chauo.canbo").getForEntity("/api/rewards/" + otherAward, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("chauo.canbo").getForEntity("/api/rewards?unitCode=BINH-CHANH", JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<JsonNode> importing = as("chauo.canbo").postForEntity("/api/rewards/import",
        csvBody((HEADER + "2019,INDIVIDUAL,," + own.id() + ",,GIAY_KHEN_BTV_DANG_VIEN,13-QĐ/HU,10/08/2019,"
            + "Ban Thường vụ Huyện ủy,\n").getBytes(StandardCharsets.UTF_8)), JsonNode.class);

    assertThat(importing.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(registry.awardsOf(NomineeKind.INDIVIDUAL, own.id())).hasSize(1);
  }
}
