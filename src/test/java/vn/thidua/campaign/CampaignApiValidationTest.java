package vn.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.LaunchFixtures.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.thidua.campaign.CampaignRequest.PhaseRequest;
import vn.thidua.support.DemoUsers;
import vn.thidua.support.IntegrationTest;

/** An officer who enters a campaign wrongly is told what to fix, field by field, and nothing is created. */
class CampaignApiValidationTest extends IntegrationTest {

  @Autowired
  CampaignRepository campaigns;

  @Test
  void aCampaignWithoutTitleIsRefused() {
    CampaignRequest plan = plan("801-KH/HU");
    assertRefused(withTitle(plan, " "), "title", "Chưa nhập tên phong trào");
  }

  @Test
  void aPhaseEndingBeforeItStartsIsRefused() {
    CampaignRequest plan = plan("802-KH/HU");
    PhaseRequest first = plan.phases().get(0);
    PhaseRequest backwards = new PhaseRequest(first.name(), first.endDate(), first.startDate(), first.reviewMonth(),
        first.resultsDeadline());
    assertRefused(withPhases(plan, List.of(backwards, plan.phases().get(1))), "phases[0].endDate",
        "Ngày kết thúc đợt phải sau ngày bắt đầu");
  }

  @Test
  void overlappingPhasesAreRefused() {
    CampaignRequest plan = plan("803-KH/HU");
    PhaseRequest second = plan.phases().get(1);
    PhaseRequest overlapping = new PhaseRequest(second.name(), second.startDate().minusMonths(2), second.endDate(),
        second.reviewMonth(), second.resultsDeadline());
    assertRefused(withPhases(plan, List.of(plan.phases().get(0), overlapping)), "phases[1].startDate",
        "chồng lên đợt trước");
  }

  @Test
  void deadlinesOutsideTheirPhaseAreRefused() {
    CampaignRequest plan = plan("804-KH/HU");
    PhaseRequest first = plan.phases().get(0);
    PhaseRequest lateResults = new PhaseRequest(first.name(), first.startDate(), first.endDate(), first.reviewMonth(),
        first.reviewMonth().plusMonths(2).atDay(1));
    assertRefused(withPhases(plan, List.of(lateResults, plan.phases().get(1))), "phases[0].resultsDeadline",
        "Hạn nộp báo cáo kết quả");
    CampaignRequest latePledge = new CampaignRequest(plan.planNumber(), plan.title(), plan.theme(), plan.slogans(),
        plan.contentAreas(), LocalDate.of(2030, 1, 1), plan.phases(), plan.unitCodes(), plan.responseSpeechUnitCode());
    assertRefused(latePledge, "pledgeDeadline", "Hạn đăng ký thi đua phải nằm trong đợt thứ nhất");
  }

  @Test
  void anUnknownUnitIsRefused() {
    CampaignRequest plan = plan("805-KH/HU");
    CampaignRequest unknown = new CampaignRequest(plan.planNumber(), plan.title(), plan.theme(), plan.slogans(),
        plan.contentAreas(), plan.pledgeDeadline(), plan.phases(), List.of("CHAU-O", "KHONG-CO"), "CHAU-O");
    assertRefused(unknown, "unitCodes[1]", "Không có đơn vị mã \"KHONG-CO\"");
  }

  @Test
  void malformedJsonIsRefused() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> response = as(DemoUsers.ORGANIZATION_BOARD_HEAD).postForEntity("/api/campaigns",
        new HttpEntity<>("{\"planNumber\": \"806-KH/HU\", \"phases\": [", headers), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("JSON");
    assertThat(campaigns.existsByPlanNumber("806-KH/HU")).isFalse();
  }

  @Test
  void aDateThatIsNotADateIsRefused() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> response = as(DemoUsers.ORGANIZATION_BOARD_HEAD).postForEntity("/api/campaigns",
        new HttpEntity<>("{\"planNumber\": \"807-KH/HU\", \"pledgeDeadline\": \"31/12/2027\"}", headers), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(campaigns.existsByPlanNumber("807-KH/HU")).isFalse();
  }

  @Test
  void aDuplicatePlanNumberIsAConflict() {
    assertThat(as(DemoUsers.ORGANIZATION_BOARD_HEAD).postForEntity("/api/campaigns", plan("808-KH/HU"), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);

    ResponseEntity<String> again = as(DemoUsers.ORGANIZATION_BOARD_HEAD).postForEntity("/api/campaigns",
        plan("808-KH/HU"), String.class);

    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody()).contains("Đã có phong trào theo kế hoạch số 808-KH/HU");
  }

  @Test
  void campaignsAreFoundByPlanNumberWithTheirStatusAndOpenSteps() {
    as(DemoUsers.ORGANIZATION_BOARD_HEAD).postForEntity("/api/campaigns", plan("809-KH/HU"), String.class);

    List<?> found = as(DemoUsers.OFFICE).getForObject("/api/campaigns?planNumber={number}", List.class, "809-KH/HU");

    assertThat(found).hasSize(1);
    Map<?, ?> campaign = (Map<?, ?>) found.get(0);
    assertThat(campaign.get("statusLabel")).isEqualTo("Đang chuẩn bị phát động");
    assertThat((List<?>) campaign.get("currentSteps")).hasSize(7);
    assertThat(as(DemoUsers.OFFICE).getForEntity("/api/campaigns/{id}", String.class, campaign.get("id")).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(as(DemoUsers.OFFICE).getForEntity("/api/campaigns/khong-co", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private void assertRefused(CampaignRequest request, String field, String message) {
    ResponseEntity<Map> response = as(DemoUsers.ORGANIZATION_BOARD_HEAD).postForEntity("/api/campaigns", request, Map.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    List<?> errors = (List<?>) response.getBody().get("errors");
    assertThat(errors).anySatisfy(error -> {
      assertThat(((Map<?, ?>) error).get("field")).isEqualTo(field);
      assertThat((String) ((Map<?, ?>) error).get("message")).contains(message);
    });
    assertThat(campaigns.existsByPlanNumber(request.planNumber())).isFalse();
  }

  private static CampaignRequest withTitle(CampaignRequest plan, String title) {
    return new CampaignRequest(plan.planNumber(), title, plan.theme(), plan.slogans(), plan.contentAreas(),
        plan.pledgeDeadline(), plan.phases(), plan.unitCodes(), plan.responseSpeechUnitCode());
  }

  private static CampaignRequest withPhases(CampaignRequest plan, List<PhaseRequest> phases) {
    return new CampaignRequest(plan.planNumber(), plan.title(), plan.theme(), plan.slogans(), plan.contentAreas(),
        plan.pledgeDeadline(), phases, plan.unitCodes(), plan.responseSpeechUnitCode());
  }

}
