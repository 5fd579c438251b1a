package vn.thidua.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.thidua.support.CampaignFixtures.PARTY_DOSSIER;
import static vn.thidua.support.CampaignFixtures.collectiveProposal;
import static vn.thidua.support.CampaignFixtures.pdf;
import static vn.thidua.support.CampaignFixtures.pledge;
import static vn.thidua.support.CampaignFixtures.results;
import static vn.thidua.support.CampaignFixtures.upload;
import static vn.thidua.support.EngineSteps.at;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.thidua.campaign.CampaignStatus;
import vn.thidua.campaign.CampaignView;
import vn.thidua.form.FormValidationException;
import vn.thidua.support.CampaignFixtures;
import vn.thidua.support.PhaseSteps;
import vn.thidua.support.ProcessTest;
import vn.thidua.support.TestMailServer;

/**
 * Every path of the phases: the campaign waits for a phase's end or an early start, then
 * {@code phase-review} collects every registered unit's results through {@code results-submission},
 * with the head's confirmation, reminders, urging and closing; the last phase finishes the campaign.
 */
class PhaseReviewProcessTest extends ProcessTest {

  private static final String SUBMISSION = "SubProcess_Submission";
  private static final String CHAU_O = "don-vi-chau-o";
  private static final String BINH_CHANH = "don-vi-binh-chanh";

  private CampaignView campaign;
  private ProcessInstance campaignProcess;

  /** Châu Ổ and Bình Chánh registered; Bình Thạnh stayed silent and registration was closed. */
  @BeforeEach
  void runTheFirstPhase() {
    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 1, 12)));
    campaign = CampaignFixtures.registering(campaigns, runtimeService);
    campaignProcess = CampaignFixtures.campaignProcess(runtimeService, campaign);
    acceptRegistration(CHAU_O, "chauo.canbo");
    acceptRegistration(BINH_CHANH, "binhchanh.canbo");
    Assertions.assertThat(post("btc.truong", "/pledge-registration/close").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    TestMailServer.clear();
  }

  @Test
  void theDayAfterThePhaseEndsItsReviewStarts_forTheRegisteredUnitsOnly() {
    ClockUtil.setCurrentTime(at(LocalDate.of(2028, 1, 1)));

    engine.fireTimer(campaignProcess, "Timer_PhaseEnded");

    assertThat(campaignProcess).hasPassed("Timer_PhaseEnded").isWaitingAt("CallActivity_PhaseReview");
    CampaignView reviewing = campaigns.get(campaign.id());
    Assertions.assertThat(reviewing.status()).isEqualTo(CampaignStatus.PHASE_REVIEW);
    Assertions.assertThat(reviewing.statusLabel()).isEqualTo("Đang sơ kết, tổng kết – Đợt 1");
    Assertions.assertThat(submissions()).hasSize(2);
    assertThat(submission(CHAU_O)).isWaitingAtExactly(SUBMISSION, "Task_SubmitResults").task().hasCandidateGroup(CHAU_O)
        .hasDueDate(at(LocalDate.of(2028, 1, 15)));
    TestMailServer.awaitRecipients("Việc mới: Báo cáo kết quả", "chauo.canbo@thidua.local", "binhchanh.canbo@thidua.local");
  }

  @Test
  void theBoardStartsTheReviewEarly_onlyTheRunningPhaseOnlyOnceAndOnlyTheBoard() {
    Assertions.assertThat(post("chauo.canbo", "/phases/1/start-review").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    Assertions.assertThat(post("btc.truong", "/phases/2/start-review").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    Assertions.assertThat(post("btc.truong", "/phases/7/start-review").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    Assertions.assertThat(post("btc.truong", "/phases/1/start-review").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

    assertThat(campaignProcess).hasPassed("Event_EarlyReviewRequested").hasNotPassed("Timer_PhaseEnded")
        .isWaitingAt("CallActivity_PhaseReview");
    Assertions.assertThat(submissions()).hasSize(2);
    ResponseEntity<String> again = post("btc.truong", "/phases/1/start-review");
    Assertions.assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    Assertions.assertThat(again.getBody()).contains("Đang sơ kết, tổng kết – Đợt 1");
  }

  @Test
  void registrationClosedBeforeTheFirstPhaseBegins_thePhaseIsAwaitedAndCannotBeReviewedUntilItsStartDate() {
    ClockUtil.setCurrentTime(at(LocalDate.of(2026, 12, 28)));

    CampaignView waiting = campaigns.get(campaign.id());
    Assertions.assertThat(waiting.status()).isEqualTo(CampaignStatus.AWAITING_PHASE);
    Assertions.assertThat(waiting.statusLabel()).isEqualTo("Chờ bắt đầu – Đợt 1");
    ResponseEntity<String> tooEarly = post("btc.truong", "/phases/1/start-review");
    Assertions.assertThat(tooEarly.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    Assertions.assertThat(tooEarly.getBody())
        .contains("Đợt 1 chưa bắt đầu (bắt đầu từ ngày 01/01/2027), chưa thể sơ kết, tổng kết đợt này.");
    assertThat(campaignProcess).isWaitingAt("Gateway_PhaseEndOrEarlyReview").hasNotPassed("Event_EarlyReviewRequested");
    Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("phase-review")
        .variableValueEquals("campaignId", campaign.id()).count()).isZero();
    Assertions.assertThat(submissions()).isEmpty();

    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 1, 1)));

    CampaignView running = campaigns.get(campaign.id());
    Assertions.assertThat(running.status()).isEqualTo(CampaignStatus.IN_PROGRESS);
    Assertions.assertThat(running.statusLabel()).isEqualTo("Đang thi đua – Đợt 1");
    startReviewEarly();
    assertThat(campaignProcess).isWaitingAt("CallActivity_PhaseReview");
  }

  @Test
  void theUnitReportsWithAProposalAndItsDossier_theHeadReturnsItOnceThenConfirms_andAppraisalBegins() {
    startReviewEarly();
    ProcessInstance chauO = submission(CHAU_O);
    long reportId = reportId(chauO);
    Task first = engine.task(chauO, "Task_SubmitResults");
    assertThatThrownBy(() -> taskService.complete(first.getId()))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("chưa nhập kết quả");

    saveResults("chauo.canbo", reportId);
    long proposalId = propose("chauo.canbo", reportId);
    assertThatThrownBy(() -> taskService.complete(first.getId()))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("còn thiếu Tờ trình");
    attachDossier("chauo.canbo", proposalId);
    engine.complete(chauO, "Task_SubmitResults", Map.of());

    assertThat(chauO).isWaitingAtExactly(SUBMISSION, "Task_ConfirmResults").task().isAssignedTo("chauo.truong");
    Assertions.assertThat(taskService.getIdentityLinksForTask(engine.task(chauO, "Task_ConfirmResults").getId()))
        .noneMatch(link -> CHAU_O.equals(link.getGroupId()));
    Assertions.assertThat(report("chauo.canbo", reportId).get("status")).isEqualTo("AWAITING_CONFIRMATION");
    engine.complete(chauO, "Task_ConfirmResults", Map.of("confirmationDecision", "RETURN",
        "confirmationRemarks", "Bổ sung số liệu quý IV vào báo cáo tóm tắt"));

    assertThat(chauO).hasPassed("Gateway_ReportConfirmed").isWaitingAtExactly(SUBMISSION, "Task_SubmitResults");
    Assertions.assertThat(runtimeService.getVariable(chauO.getId(), "headRemarks"))
        .isEqualTo("Bổ sung số liệu quý IV vào báo cáo tóm tắt");
    TestMailServer.awaitText("chauo.canbo@thidua.local", "Bổ sung số liệu quý IV vào báo cáo tóm tắt");
    engine.complete(chauO, "Task_SubmitResults", Map.of());
    engine.complete(chauO, "Task_ConfirmResults", Map.of("confirmationDecision", "CONFIRM"));

    assertThat(chauO).isEnded().hasPassed("EndEvent_ReportSubmitted").hasNotPassed("Task_UrgeLateResults");
    Map<String, Object> submitted = report("btc.truong", reportId);
    Assertions.assertThat(submitted.get("status")).isEqualTo("SUBMITTED");
    Assertions.assertThat(submitted.get("confirmedBy")).isEqualTo("chauo.truong");
    Assertions.assertThat((List<Map<String, Object>>) submitted.get("proposals"))
        .extracting(proposal -> proposal.get("status")).containsExactly("SUBMITTED");

    ProcessInstance binhChanh = submission(BINH_CHANH);
    saveResults("binhchanh.canbo", reportId(binhChanh));
    engine.complete(binhChanh, "Task_SubmitResults", Map.of());
    engine.complete(binhChanh, "Task_ConfirmResults", Map.of("confirmationDecision", "CONFIRM"));

    assertThat(phaseReview()).hasPassed("ServiceTask_RecordMassOrgProposals").isWaitingAt("CallActivity_Appraisal")
        .calledProcessInstance("appraisal").isWaitingAt("Task_VerifyNominees");
    Assertions.assertThat(campaigns.get(campaign.id()).statusLabel())
        .isEqualTo("Đang thẩm định hồ sơ khen thưởng – Đợt 1");
  }

  @Test
  void aForgedUnitHeadDoesNotLetTheOfficerConfirm_theTaskStillGoesToTheRealHead() {
    startReviewEarly();
    ProcessInstance chauO = submission(CHAU_O);
    saveResults("chauo.canbo", reportId(chauO));
    // what the officer tried through his task's variables; setVariable stands in for the forgery
    runtimeService.setVariable(chauO.getId(), "unitHead", "chauo.canbo");

    engine.complete(chauO, "Task_SubmitResults", Map.of());

    Task confirm = engine.task(chauO, "Task_ConfirmResults");
    assertThat(confirm).isAssignedTo("chauo.truong");
    Assertions.assertThat(taskService.getIdentityLinksForTask(confirm.getId()))
        .noneMatch(link -> "chauo.canbo".equals(link.getUserId()) || CHAU_O.equals(link.getGroupId()));
  }

  @Test
  void aForgedReportIdDoesNotLetAHeadReturnAnotherUnitsReport_onlyHisOwnGoesBack() {
    startReviewEarly();
    ProcessInstance chauO = submission(CHAU_O);
    ProcessInstance binhChanh = submission(BINH_CHANH);
    long chauOReport = reportId(chauO);
    long binhChanhReport = reportId(binhChanh);
    saveResults("chauo.canbo", chauOReport);
    engine.complete(chauO, "Task_SubmitResults", Map.of());
    saveResults("binhchanh.canbo", binhChanhReport);
    engine.complete(binhChanh, "Task_SubmitResults", Map.of());
    // Bình Chánh's head points his own confirmation task at Châu Ổ's report
    runtimeService.setVariable(binhChanh.getId(), "reportId", chauOReport);

    engine.complete(binhChanh, "Task_ConfirmResults", Map.of("confirmationDecision", "RETURN",
        "confirmationRemarks", "Làm lại toàn bộ báo cáo"));

    Map<String, Object> untouched = report("btc.truong", chauOReport);
    Assertions.assertThat(untouched.get("status")).isEqualTo("AWAITING_CONFIRMATION");
    Assertions.assertThat(untouched.get("headRemarks")).isNull();
    assertThat(chauO).isWaitingAtExactly(SUBMISSION, "Task_ConfirmResults");
    Map<String, Object> returned = report("btc.truong", binhChanhReport);
    Assertions.assertThat(returned.get("status")).isEqualTo("DRAFT");
    Assertions.assertThat(returned.get("headRemarks")).isEqualTo("Làm lại toàn bộ báo cáo");
    assertThat(binhChanh).isWaitingAtExactly(SUBMISSION, "Task_SubmitResults");
  }

  @Test
  void beforeTheResultsDeadlineTheUnitIsReminded_afterItInspectionUrgesIt() {
    startReviewEarly();
    ProcessInstance binhChanh = submission(BINH_CHANH);

    ClockUtil.setCurrentTime(at(LocalDate.of(2028, 1, 12), 8, 1));
    engine.fireTimer(binhChanh, "Timer_ResultsReminder");
    assertThat(binhChanh).hasPassed("ServiceTask_RemindResults").isWaitingAtExactly(SUBMISSION, "Task_SubmitResults");
    TestMailServer.awaitRecipients("Nhắc hạn", "binhchanh.canbo@thidua.local");

    ClockUtil.setCurrentTime(at(LocalDate.of(2028, 1, 16)));
    engine.fireTimer(binhChanh, "Timer_ResultsOverdue");
    assertThat(binhChanh).hasPassed("Timer_ResultsOverdue").isWaitingAtExactly(SUBMISSION, "Task_SubmitResults", "Task_UrgeLateResults");
    Task urge = engine.task(binhChanh, "Task_UrgeLateResults");
    Assertions.assertThat(urge.getName()).isEqualTo("Đôn đốc đơn vị chậm nộp báo cáo: Đảng bộ xã Bình Chánh");
    assertThat(urge).hasCandidateGroup("uy-ban-kiem-tra");
    taskService.complete(urge.getId(), Map.of("urgeResult", "Đã gọi điện cho Bí thư Đảng ủy xã"));
    assertThat(binhChanh).hasPassed("EndEvent_Urged").isWaitingAtExactly(SUBMISSION, "Task_SubmitResults");
  }

  @Test
  void aReportStillWaitingForItsHeadAtTheDeadlineIsLate_andUrgedToo() {
    startReviewEarly();
    ProcessInstance binhChanh = submission(BINH_CHANH);
    saveResults("binhchanh.canbo", reportId(binhChanh));
    engine.complete(binhChanh, "Task_SubmitResults", Map.of());
    ClockUtil.setCurrentTime(at(LocalDate.of(2028, 1, 16)));

    engine.fireTimer(binhChanh, "Timer_ResultsOverdue");

    assertThat(binhChanh).isWaitingAtExactly(SUBMISSION, "Task_ConfirmResults", "Task_UrgeLateResults");
  }

  @Test
  void afterTheDeadlineTheBoardClosesSubmissionInTasklist_unitsNotSubmittedAreRecorded() {
    startReviewEarly();
    ProcessInstance review = phaseReview();
    ProcessInstance chauO = submission(CHAU_O);
    saveResults("chauo.canbo", reportId(chauO));
    engine.complete(chauO, "Task_SubmitResults", Map.of());
    engine.complete(chauO, "Task_ConfirmResults", Map.of("confirmationDecision", "CONFIRM"));
    long binhChanhReport = reportId(submission(BINH_CHANH));
    ClockUtil.setCurrentTime(at(LocalDate.of(2028, 1, 16)));

    engine.fireTimer(review, "Timer_ResultsDeadlinePassed");
    Task close = engine.task(review, "Task_CloseResultsSubmission");
    assertThat(close).hasCandidateGroup("ban-to-chuc");
    Assertions.assertThat((String) taskService.getVariableLocal(close.getId(), "unitsNotSubmitted"))
        .contains("Đảng bộ xã Bình Chánh").doesNotContain("Châu Ổ");
    taskService.complete(close.getId(), Map.of("confirmClose", true));

    assertThat(review).hasPassed("Event_SubmissionClosed", "ServiceTask_RecordMissingReports")
        .isWaitingAt("CallActivity_PhaseSummary");
    Assertions.assertThat(report("btc.truong", binhChanhReport).get("status")).isEqualTo("MISSING");
    Assertions.assertThat(report("btc.truong", binhChanhReport).get("statusLabel")).isEqualTo("Không nộp báo cáo");
    phaseSteps().summarise();
    assertThat(review).isEnded().hasPassed("EndEvent_PhaseSummarised", "EndEvent_NothingForwarded");
    assertThat(campaignProcess).isWaitingAt("Gateway_PhaseEndOrEarlyReview");
  }

  @Test
  void theLastPhaseClosedThroughTheApiFinishesTheCampaign() {
    startReviewEarly();
    String close = "/phases/1/results-submission/close";
    Assertions.assertThat(post("chauo.canbo", close).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    Assertions.assertThat(post("btc.truong", close).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Assertions.assertThat(post("btc.truong", close).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    phaseSteps().summarise();
    assertThat(campaignProcess).isWaitingAt("Gateway_PhaseEndOrEarlyReview");
    Assertions.assertThat(campaigns.get(campaign.id()).statusLabel()).isEqualTo("Chờ bắt đầu – Đợt 2");
    Assertions.assertThat(post("btc.truong", "/phases/2/start-review").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    ClockUtil.setCurrentTime(at(LocalDate.of(2028, 1, 2)));
    Assertions.assertThat(post("btc.truong", "/phases/2/start-review").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    Assertions.assertThat(submissions()).hasSize(2);
    Assertions.assertThat(post("btc.truong", "/phases/2/results-submission/close").getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    ClockUtil.setCurrentTime(at(LocalDate.of(2028, 1, 12)));
    phaseSteps().summarise();

    assertThat(campaignProcess).isEnded().hasPassed("EndEvent_CampaignFinished");
    Assertions.assertThat(campaigns.get(campaign.id()).status()).isEqualTo(CampaignStatus.SUMMARISED);
    Assertions.assertThat(campaigns.get(campaign.id()).statusLabel()).isEqualTo("Đã tổng kết");
  }

  // --- steps as people take them

  private PhaseSteps phaseSteps() {
    return new PhaseSteps(this::as, runtimeService, managementService, campaign);
  }

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

  private void startReviewEarly() {
    Assertions.assertThat(post("btc.truong", "/phases/1/start-review").getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
  }

  private void saveResults(String officer, long reportId) {
    int version = (Integer) report(officer, reportId).get("version");
    ResponseEntity<String> saved = as(officer).exchange("/api/reports/" + reportId, HttpMethod.PUT,
        new HttpEntity<>(results(version, 2)), String.class);
    Assertions.assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(HttpStatus.OK);
  }

  private long propose(String officer, long reportId) {
    long unitId = ((Number) ((Map<?, ?>) report(officer, reportId).get("unit")).get("id")).longValue();
    ResponseEntity<Map<String, Object>> created = as(officer).exchange("/api/reports/" + reportId + "/proposals",
        HttpMethod.POST, new HttpEntity<>(collectiveProposal(unitId)), new ParameterizedTypeReference<>() { });
    Assertions.assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    return ((Number) created.getBody().get("id")).longValue();
  }

  private void attachDossier(String officer, long proposalId) {
    for (String kind : PARTY_DOSSIER) {
      ResponseEntity<String> stored = as(officer).postForEntity("/api/proposals/" + proposalId + "/documents",
          upload(kind, kind.toLowerCase() + ".pdf", pdf(kind)), String.class);
      Assertions.assertThat(stored.getStatusCode()).as(stored.getBody()).isEqualTo(HttpStatus.CREATED);
    }
  }

  private Map<String, Object> report(String user, long reportId) {
    return as(user).exchange("/api/reports/" + reportId, HttpMethod.GET, null,
        new ParameterizedTypeReference<Map<String, Object>>() { }).getBody();
  }

  private ResponseEntity<String> post(String user, String path) {
    return as(user).postForEntity("/api/campaigns/" + campaign.id() + path, null, String.class);
  }

  private ProcessInstance phaseReview() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("phase-review")
        .processInstanceBusinessKey(campaign.planNumber()).singleResult();
  }

  private List<ProcessInstance> submissions() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("results-submission")
        .processInstanceBusinessKey(campaign.planNumber()).list();
  }

  private ProcessInstance submission(String group) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("results-submission")
        .processInstanceBusinessKey(campaign.planNumber()).variableValueEquals("unitGroup", group).singleResult();
  }

  private long reportId(ProcessInstance submission) {
    return ((Number) runtimeService.getVariable(submission.getId(), "reportId")).longValue();
  }

}
