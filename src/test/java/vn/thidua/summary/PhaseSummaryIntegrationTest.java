package vn.thidua.summary;

import static vn.thidua.support.CampaignFixtures.PARTY_DOSSIER;
import static vn.thidua.support.CampaignFixtures.collectiveProposal;
import static vn.thidua.support.CampaignFixtures.pdf;
import static vn.thidua.support.CampaignFixtures.pledge;
import static vn.thidua.support.CampaignFixtures.results;
import static vn.thidua.support.CampaignFixtures.upload;
import static vn.thidua.support.EngineSteps.at;
import static vn.thidua.support.SummaryFixtures.conference;
import static vn.thidua.support.SummaryFixtures.pdfText;
import static vn.thidua.support.SummaryFixtures.startSummary;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.thidua.campaign.CampaignView;
import vn.thidua.catalogue.NomineeKind;
import vn.thidua.registry.AwardSource;
import vn.thidua.registry.NewAward;
import vn.thidua.registry.RewardRegistry;
import vn.thidua.report.ProposalService;
import vn.thidua.report.ProposalStatus;
import vn.thidua.support.CampaignFixtures;
import vn.thidua.support.ProcessTest;
import vn.thidua.support.ProposalStates;

/**
 * A small campaign's first phase, summarised: Châu Ổ and Bình Chánh registered and reported, Bình Thạnh
 * stayed silent; Châu Ổ's proposal was decided (an award in the registry), Bình Chánh's forwarded to the
 * province. The report says so unit by unit and in its totals; the campaign's status shows where each unit
 * stands; units see their own rows only.
 */
class PhaseSummaryIntegrationTest extends ProcessTest {

  private static final String CHAU_O = "don-vi-chau-o";
  private static final String BINH_CHANH = "don-vi-binh-chanh";
  private static final long MONEY = 4_680_000L;

  @Autowired
  ProposalService proposals;

  @Autowired
  RewardRegistry registry;

  @Autowired
  JdbcTemplate jdbc;

  private CampaignView campaign;
  private long chauOProposal;
  private long binhChanhProposal;

  @BeforeEach
  void aPhaseWithRegistrationsResultsProposalsAndAnAward() {
    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 1, 12)));
    campaign = CampaignFixtures.registering(campaigns, runtimeService);
    acceptRegistration(CHAU_O, "chauo.canbo");
    acceptRegistration(BINH_CHANH, "binhchanh.canbo");
    Assertions.assertThat(post("btc.truong", "/pledge-registration/close").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    Assertions.assertThat(post("btc.truong", "/phases/1/start-review").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    chauOProposal = reportWithProposal(CHAU_O, "chauo.canbo");
    binhChanhProposal = reportWithProposal(BINH_CHANH, "binhchanh.canbo");

    // what the vote and the decisions (built elsewhere) leave behind
    ProposalStates.leave(jdbc, chauOProposal, ProposalStatus.DECIDED);
    ProposalStates.leave(jdbc, binhChanhProposal, ProposalStatus.FORWARDED);
    long chauO = proposals.ofPhase(campaign.id(), 1).stream().filter(p -> p.id() == chauOProposal).findFirst()
        .orElseThrow().nomineeUnitId();
    LocalDate decided = LocalDate.now();
    registry.record(new NewAward(NomineeKind.COLLECTIVE, chauO, CampaignFixtures.COLLECTIVE_PARTY_FORM,
        decided.getYear(), "15-QĐ/HU", decided, "Ban Thường vụ Huyện ủy Bình Sơn", MONEY, AwardSource.DECIDED,
        campaign.id(), 1));

    ClockUtil.setCurrentTime(at(LocalDate.of(2028, 2, 20)));
    ProcessInstance summary = startSummary(runtimeService, campaign, 1);
    engine.complete(summary, "Task_OrganiseReviewConference", conference(LocalDate.of(2028, 2, 18)));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(summary.getId())
        .activityId("ServiceTask_GeneratePhaseReport").singleResult().getId());
  }

  @Test
  void theReportSetsEachUnitsPledgesAgainstItsResults_itsProposalsOutcomesAndAwards_andTheTotals() {
    Map<String, Object> report = summary("vp.canbo");

    Assertions.assertThat(report.get("title")).isEqualTo("Sơ kết đợt 1");
    Assertions.assertThat(report.get("statusLabel")).isEqualTo("Dự thảo báo cáo");
    Assertions.assertThat(map(report, "conference")).containsEntry("place", "Hội trường Huyện ủy Bình Sơn")
        .containsEntry("participantCount", 85).containsEntry("date", "2028-02-18");
    Map<String, Object> totals = map(report, "totals");
    Assertions.assertThat(totals).containsEntry("units", 3).containsEntry("registered", 2)
        .containsEntry("notRegistered", 1).containsEntry("reported", 2).containsEntry("notReported", 0)
        .containsEntry("proposals", 2).containsEntry("awards", 1).containsEntry("money", (int) MONEY)
        .containsEntry("forwarded", 1);
    Assertions.assertThat(list(totals, "proposalsByOutcome")).extracting(row -> row.get("label") + ": " + row.get("count"))
        .containsExactly("Đã có quyết định khen thưởng: 1", "Đã trình cấp trên khen thưởng: 1");
    Assertions.assertThat(list(totals, "awardsByForm")).singleElement()
        .satisfies(form -> Assertions.assertThat(form).containsEntry("count", 1).containsEntry("money", (int) MONEY));

    Map<String, Object> chauO = unit(report, "CHAU-O");
    Assertions.assertThat(chauO).containsEntry("registrationLabel", "Đã duyệt").containsEntry("reportLabel", "Đã nộp");
    Assertions.assertThat(list(chauO, "targets")).extracting(t -> t.get("target") + " " + t.get("pledged") + "→"
        + t.get("achieved") + " " + t.get("selfAssessment"))
        .containsExactly("Kết nạp đảng viên mới 10.0→12.0 Vượt chỉ tiêu", "Chi bộ đạt trong sạch vững mạnh 20.0→24.0 Vượt chỉ tiêu");
    Assertions.assertThat(list(chauO, "proposals")).singleElement().satisfies(proposal -> Assertions.assertThat(proposal)
        .containsEntry("statusLabel", "Đã có quyết định khen thưởng").containsEntry("nomineeName", "Đảng bộ thị trấn Châu Ổ"));
    Assertions.assertThat(list(chauO, "awards")).singleElement().satisfies(award -> Assertions.assertThat(award)
        .containsEntry("decisionNumber", "15-QĐ/HU").containsEntry("money", (int) MONEY));
    Assertions.assertThat(list(unit(report, "BINH-CHANH"), "proposals")).extracting(p -> p.get("statusLabel"))
        .containsExactly("Đã trình cấp trên khen thưởng");
    Map<String, Object> silent = unit(report, "BINH-THANH");
    Assertions.assertThat(silent).containsEntry("registrationLabel", "Không đăng ký")
        .containsEntry("reportLabel", "Chưa có báo cáo");
    Assertions.assertThat(list(silent, "targets")).isEmpty();

    ResponseEntity<byte[]> pdf = as("bithu").getForEntity(url("/summary.pdf"), byte[].class);
    Assertions.assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    Assertions.assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
    Assertions.assertThat(pdfText(pdf.getBody())).contains("HUYỆN ỦY BÌNH SƠN").contains("Đảng bộ xã Bình Thạnh")
        .contains("Kết nạp đảng viên mới").contains("Số 15-QĐ/HU").contains("4.680.000 đồng")
        .contains("Đã trình cấp trên khen thưởng").contains("Không đăng ký");
  }

  @Test
  void aUnitReadsTheTotalsAndItsOwnRowOnly_notThePdf_andOtherBodiesNothing() {
    Map<String, Object> own = summary("chauo.canbo");
    Assertions.assertThat(list(own, "units")).extracting(row -> row.get("unitCode")).containsExactly("CHAU-O");
    Assertions.assertThat(map(own, "totals")).containsEntry("units", 3);
    Assertions.assertThat(as("chauo.canbo").getForEntity(url("/summary.pdf"), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    Assertions.assertThat(list(summary("binhthanh.canbo"), "units")).extracting(row -> row.get("unitCode"))
        .containsExactly("BINH-THANH");

    ResponseEntity<String> outsider = as("btg.canbo").getForEntity(url("/summary"), String.class);
    Assertions.assertThat(outsider.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    Assertions.assertThat(outsider.getBody()).contains("không có quyền xem báo cáo sơ kết");
    Assertions.assertThat(anonymous.getForEntity(url("/summary"), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    Assertions.assertThat(as("vp.canbo").getForEntity(url("/summary").replace("/phases/1/", "/phases/2/"),
        String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    Assertions.assertThat(as("vp.canbo").getForEntity(url("/summary").replace("/phases/1/", "/phases/9/"),
        String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theCampaignShowsEveryUnitsRegistrationReportProposalsAndDecisionsPerPhase_toTheBodiesAll_toAUnitItsOwn() {
    List<Map<String, Object>> phases = progress("btc.truong");
    Assertions.assertThat(phases).extracting(phase -> phase.get("number")).containsExactly(1, 2);
    Assertions.assertThat(phases.get(0)).containsEntry("summaryLabel", "Dự thảo báo cáo");
    List<Map<String, Object>> firstPhase = list(phases.get(0), "units");
    Assertions.assertThat(firstPhase).extracting(row -> row.get("unitCode") + " " + row.get("registrationLabel") + " / "
        + row.get("reportLabel")).containsExactlyInAnyOrder("CHAU-O Đã duyệt / Đã nộp", "BINH-CHANH Đã duyệt / Đã nộp",
            "BINH-THANH Không đăng ký / Chưa có báo cáo");
    Map<String, Object> decided = list(unitRow(firstPhase, "CHAU-O"), "proposals").get(0);
    Assertions.assertThat(decided).containsEntry("id", (int) chauOProposal)
        .containsEntry("statusLabel", "Đã có quyết định khen thưởng").containsEntry("formName", "Giấy khen của Ban Thường vụ cấp ủy tặng tổ chức đảng");
    Assertions.assertThat(list(decided, "decisions")).extracting(d -> d.get("decisionNumber"))
        .containsExactly("15-QĐ/HU");
    Assertions.assertThat(list(list(unitRow(firstPhase, "BINH-CHANH"), "proposals").get(0), "decisions")).isEmpty();
    Assertions.assertThat(list(phases.get(1), "units")).extracting(row -> row.get("reportLabel"))
        .containsOnly("Chưa có báo cáo");

    Assertions.assertThat(list(progress("chauo.canbo").get(0), "units")).extracting(row -> row.get("unitCode"))
        .containsExactly("CHAU-O");
    Assertions.assertThat(list(progress("btg.canbo").get(0), "units")).isEmpty();
  }

  // --- steps as people take them

  private void acceptRegistration(String group, String officer) {
    ProcessInstance registration = runtimeService.createProcessInstanceQuery().processDefinitionKey("pledge-registration")
        .processInstanceBusinessKey(campaign.planNumber()).variableValueEquals("unitGroup", group).singleResult();
    long pledgeId = ((Number) runtimeService.getVariable(registration.getId(), "pledgeId")).longValue();
    ResponseEntity<String> saved = as(officer).exchange("/api/pledges/" + pledgeId, HttpMethod.PUT,
        new HttpEntity<>(pledge(0, "Kết nạp đảng viên mới", "Chi bộ đạt trong sạch vững mạnh")), String.class);
    Assertions.assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(HttpStatus.OK);
    engine.complete(registration, "Task_RegisterPledge", Map.of());
    engine.complete(registration, "Task_ReviewPledge", Map.of("pledgeDecision", "ACCEPT"));
  }

  /** The unit reports its results with one proposal of itself and its dossier; the head confirms. */
  private long reportWithProposal(String group, String officer) {
    ProcessInstance submission = runtimeService.createProcessInstanceQuery().processDefinitionKey("results-submission")
        .processInstanceBusinessKey(campaign.planNumber()).variableValueEquals("unitGroup", group).singleResult();
    long reportId = ((Number) runtimeService.getVariable(submission.getId(), "reportId")).longValue();
    Map<String, Object> report = get(officer, "/api/reports/" + reportId);
    ResponseEntity<String> saved = as(officer).exchange("/api/reports/" + reportId, HttpMethod.PUT,
        new HttpEntity<>(results((Integer) report.get("version"), 2)), String.class);
    Assertions.assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(HttpStatus.OK);
    long unitId = ((Number) map(report, "unit").get("id")).longValue();
    ResponseEntity<Map<String, Object>> created = as(officer).exchange("/api/reports/" + reportId + "/proposals",
        HttpMethod.POST, new HttpEntity<>(collectiveProposal(unitId)), new ParameterizedTypeReference<>() { });
    Assertions.assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    long proposalId = ((Number) created.getBody().get("id")).longValue();
    for (String kind : PARTY_DOSSIER) {
      ResponseEntity<String> stored = as(officer).postForEntity("/api/proposals/" + proposalId + "/documents",
          upload(kind, kind.toLowerCase() + ".pdf", pdf(kind)), String.class);
      Assertions.assertThat(stored.getStatusCode()).as(stored.getBody()).isEqualTo(HttpStatus.CREATED);
    }
    engine.complete(submission, "Task_SubmitResults", Map.of());
    engine.complete(submission, "Task_ConfirmResults", Map.of("confirmationDecision", "CONFIRM"));
    return proposalId;
  }

  private ResponseEntity<String> post(String user, String path) {
    return as(user).postForEntity("/api/campaigns/" + campaign.id() + path, null, String.class);
  }

  private String url(String path) {
    return "/api/campaigns/" + campaign.id() + "/phases/1" + path;
  }

  private Map<String, Object> summary(String user) {
    ResponseEntity<Map<String, Object>> answer = as(user).exchange(url("/summary"), HttpMethod.GET, null,
        new ParameterizedTypeReference<>() { });
    Assertions.assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private List<Map<String, Object>> progress(String user) {
    return list(map(get(user, "/api/campaigns/" + campaign.id()), "progress"), "phases");
  }

  private Map<String, Object> get(String user, String path) {
    ResponseEntity<Map<String, Object>> answer = as(user).exchange(path, HttpMethod.GET, null,
        new ParameterizedTypeReference<>() { });
    Assertions.assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private static Map<String, Object> unit(Map<String, Object> report, String code) {
    return unitRow(list(report, "units"), code);
  }

  private static Map<String, Object> unitRow(List<Map<String, Object>> rows, String code) {
    return rows.stream().filter(row -> code.equals(row.get("unitCode"))).findFirst().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> parent, String key) {
    return (Map<String, Object>) parent.get(key);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
    Object value = parent.get(key);
    return value == null ? List.of() : (List<Map<String, Object>>) value;
  }
}
