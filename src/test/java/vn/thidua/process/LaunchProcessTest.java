package vn.thidua.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static vn.thidua.support.LaunchFixtures.*;

import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.campaign.CampaignView;
import vn.thidua.form.FormValidationException;
import vn.thidua.support.DemoUsers;
import vn.thidua.support.IntegrationTest;

/**
 * Every path of the processes {@code campaign} and {@code campaign-launch}, on the running engine:
 * each body works its task as in Tasklist (claim, then complete with the form's variables).
 */
class LaunchProcessTest extends IntegrationTest {

  /** A body's Camunda group and one of its demo users. */
  private record Body(String group, String user) {
  }

  private static final Body ORGANIZATION_BOARD = new Body("ban-to-chuc", DemoUsers.ORGANIZATION_BOARD);
  private static final Body OFFICE = new Body("van-phong", DemoUsers.OFFICE);
  private static final Body PEOPLES_COMMITTEE = new Body("ubnd", DemoUsers.PEOPLES_COMMITTEE);
  private static final Body STANDING_OFFICE = new Body("thuong-truc", DemoUsers.SECRETARY);
  private static final Body SPEAKER_UNIT_BODY = new Body(SPEAKER_UNIT_GROUP, DemoUsers.CHAU_O_OFFICER);
  private static final Body PROPAGANDA = new Body("ban-tuyen-giao", DemoUsers.PROPAGANDA);
  private static final Body MASS_MOBILIZATION = new Body("ban-dan-van", DemoUsers.MASS_MOBILIZATION);

  private static final String[] APPROVALS = {"Task_ApproveByStandingOffice", "Task_ApproveByPeoplesCommittee"};

  @Autowired
  ProcessEngine processEngine;

  @Autowired
  CampaignService campaigns;

  private String planNumber;
  private CampaignView campaign;
  private ProcessInstance campaignProcess;
  private ProcessInstance launch;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void resetAssertions() {
    BpmnAwareTests.reset();
  }

  @Test
  void bodiesPrepareBothApproveAndTheCeremonyIsHeld_unitsStartRegisteringWhileTheBudgetIsSettled() {
    givenANewCampaign();

    whenEveryBodyPrepares();
    assertThat(launch).hasPassed("Gateway_PreparationDone").isWaitingAtExactly(APPROVALS);
    work(STANDING_OFFICE, "Task_ApproveByStandingOffice", standingOfficeApproves());
    work(PEOPLES_COMMITTEE, "Task_ApproveByPeoplesCommittee", peoplesCommitteeApproves());
    assertThat(launch).hasPassed("ServiceTask_SummarizeApprovals").isWaitingAtExactly("Task_RecordCeremony");
    work(OFFICE, "Task_RecordCeremony", ceremony(List.of("CHAU-O", "BINH-CHANH")));

    assertThat(launch).hasPassed("Event_CeremonyHeld").isWaitingAtExactly("Task_SettleBudget");
    assertThat(campaignProcess).hasPassed("Event_CeremonyHeld").isWaitingAt("CallActivity_Launch",
        "CallActivity_PledgeRegistration");
    Assertions.assertThat(campaigns.get(campaign.id()).status()).isEqualTo(CampaignStatus.PLEDGE_REGISTRATION);
    work(OFFICE, "Task_SettleBudget", settlement(24_000_000L, 3_500_000L));

    assertThat(launch).isEnded().hasPassed("Task_RecordCeremony", "Task_SettleBudget", "EndEvent_LaunchCompleted")
        .hasNotPassed("Gateway_WhatReturned");
    assertThat(campaignProcess).hasPassed("EndEvent_LaunchSettled").isWaitingAt("CallActivity_PledgeRegistration");
    CampaignView launched = campaigns.get(campaign.id());
    Assertions.assertThat(launched.status()).isEqualTo(CampaignStatus.PLEDGE_REGISTRATION);
    Assertions.assertThat(launched.launchedAt()).isNotNull();
    Assertions.assertThat(launched.launch().speechStatus()).isEqualTo("ACCEPTED");
    Assertions.assertThat(launched.launch().signedUnits()).extracting(CampaignView.UnitRef::code)
        .containsExactlyInAnyOrder("CHAU-O", "BINH-CHANH");
  }

  @Test
  void officeReturnsTheSpeechOnce_organizationBoardRevisesItAndTheOfficeAcceptsIt() {
    givenANewCampaign();

    work(ORGANIZATION_BOARD, "Task_PrepareCeremonyDocuments", ceremonyDocuments());
    work(OFFICE, "Task_ReviewSpeech", speechReturned("Bổ sung kết quả nổi bật năm 2026"));

    assertThat(launch).hasPassed("Task_ReviewSpeech", "Gateway_SpeechAccepted")
        .isWaitingAt("Task_PrepareCeremonyDocuments").isNotWaitingAt("Task_ReviewSpeech");
    Assertions.assertThat(campaigns.get(campaign.id()).launch().speechStatus()).isEqualTo("RETURNED");

    work(ORGANIZATION_BOARD, "Task_PrepareCeremonyDocuments", ceremonyDocuments());
    assertThat(launch).isWaitingAt("Task_ReviewSpeech").variables().doesNotContainKeys("speechDecision", "speechRemarks");
    work(OFFICE, "Task_ReviewSpeech", speechAccepted());

    assertThat(launch).isNotWaitingAt("Task_PrepareCeremonyDocuments", "Task_ReviewSpeech")
        .isWaitingAt("Task_IssueInvitations", "Task_PrepareBudgetEstimate", "Task_AssignPresenter",
            "Task_SubmitResponseSpeech", "Task_SubmitCommunicationPlan", "Task_SubmitMobilizationPlan",
            "Gateway_PreparationDone")
        .hasNotPassed("Gateway_ToApproval");
    Assertions.assertThat(passes("Gateway_SpeechRevision")).isEqualTo(2);
    Assertions.assertThat(passes("Task_ReviewSpeech")).isEqualTo(2);
    Assertions.assertThat(campaigns.get(campaign.id()).launch().speechStatus()).isEqualTo("ACCEPTED");
  }

  @Test
  void standingOfficeReturnsOnlyTheBudget_officeRevisesItAndBothApproveAgain() {
    givenTheLaunchAwaitingApproval();

    work(STANDING_OFFICE, "Task_ApproveByStandingOffice", standingOfficeReturns("BUDGET", "Giảm chi phí thuê hội trường"));
    work(PEOPLES_COMMITTEE, "Task_ApproveByPeoplesCommittee", peoplesCommitteeApproves());

    assertThat(launch).hasPassed("Gateway_WhatReturned").isWaitingAtExactly("Task_ReviseBudget");
    work(OFFICE, "Task_ReviseBudget", budgetEstimate(15_000_000L));

    assertThat(launch).hasPassed("Gateway_RevisionsDone").isWaitingAtExactly(APPROVALS);
    Assertions.assertThat(runtimeService().getVariable(launch.getId(), "budgetTotal")).isEqualTo(18_500_000L);
    bothApprove();
    assertThat(launch).isWaitingAtExactly("Task_RecordCeremony")
        .hasNotPassed("Task_ReviseProgramme", "Task_ReviseBudgetWithProgramme", "Task_ReviseProgrammeWithBudget");
  }

  @Test
  void peoplesCommitteeReturnsOnlyTheProgramme_organizationBoardRevisesItAndBothApproveAgain() {
    givenTheLaunchAwaitingApproval();

    work(STANDING_OFFICE, "Task_ApproveByStandingOffice", standingOfficeApproves());
    work(PEOPLES_COMMITTEE, "Task_ApproveByPeoplesCommittee",
        peoplesCommitteeReturns("PROGRAMME", "Rút gọn chương trình còn 90 phút"));

    assertThat(launch).hasPassed("Gateway_WhatReturned").isWaitingAtExactly("Task_ReviseProgramme");
    work(ORGANIZATION_BOARD, "Task_ReviseProgramme", ceremonyDocuments());

    assertThat(launch).hasPassed("Gateway_RevisionsDone").isWaitingAtExactly(APPROVALS);
    bothApprove();
    assertThat(launch).isWaitingAtExactly("Task_RecordCeremony")
        .hasNotPassed("Task_ReviseBudget", "Task_ReviseBudgetWithProgramme", "Task_ReviseProgrammeWithBudget");
  }

  @Test
  void budgetAndProgrammeReturned_bothAreRevisedInParallelBeforeTheApprovalsComeRoundAgain() {
    givenTheLaunchAwaitingApproval();

    work(STANDING_OFFICE, "Task_ApproveByStandingOffice", standingOfficeReturns("BUDGET", "Giảm chi phí pano"));
    work(PEOPLES_COMMITTEE, "Task_ApproveByPeoplesCommittee",
        peoplesCommitteeReturns("PROGRAMME", "Bổ sung phần biểu dương điển hình"));

    assertThat(launch).hasPassed("Gateway_ReviseBoth")
        .isWaitingAtExactly("Task_ReviseBudgetWithProgramme", "Task_ReviseProgrammeWithBudget");
    work(OFFICE, "Task_ReviseBudgetWithProgramme", budgetEstimate(20_000_000L));
    assertThat(launch).isWaitingAt("Task_ReviseProgrammeWithBudget", "Gateway_BothRevised").isNotWaitingAt(APPROVALS);
    work(ORGANIZATION_BOARD, "Task_ReviseProgrammeWithBudget", ceremonyDocuments());

    assertThat(launch).hasPassed("Gateway_BothRevised", "Gateway_RevisionsDone").isWaitingAtExactly(APPROVALS);
    bothApprove();
    assertThat(launch).isWaitingAtExactly("Task_RecordCeremony").hasNotPassed("Task_ReviseBudget", "Task_ReviseProgramme");
  }

  @Test
  void anApprovalThatComesRoundAgainShowsNoPreviousDecision_earlierRoundsStayRecorded() {
    givenTheLaunchAwaitingApproval();
    work(STANDING_OFFICE, "Task_ApproveByStandingOffice", standingOfficeReturns("BUDGET", "Giảm chi phí thuê hội trường"));
    work(PEOPLES_COMMITTEE, "Task_ApproveByPeoplesCommittee", peoplesCommitteeApproves());

    work(OFFICE, "Task_ReviseBudget", budgetEstimate(15_000_000L));

    assertThat(launch).isWaitingAtExactly(APPROVALS).variables().doesNotContainKeys(
        "standingOfficeDecision", "standingOfficeReturnTarget", "standingOfficeReason", "peoplesCommitteeDecision");
    Assertions.assertThat(campaigns.get(campaign.id()).launch().approvals())
        .extracting(CampaignView.ApprovalView::decision).containsExactly("RETURN", "APPROVE");
  }

  @Test
  void aReturnWithoutReasonIsRefused_theApprovalTaskStaysAndNothingIsStored() {
    givenTheLaunchAwaitingApproval();
    Task approval = claim(task("Task_ApproveByStandingOffice", launch), STANDING_OFFICE.user());

    assertRefused(() -> complete(approval,
        withVariables("standingOfficeDecision", "RETURN", "standingOfficeReturnTarget", "BUDGET")), "ghi lý do");

    assertTaskStays(approval);
    Assertions.assertThat(runtimeService().getVariable(launch.getId(), "standingOfficeDecision")).isNull();
    Assertions.assertThat(campaigns.get(campaign.id()).launch()).isNull();
  }

  @Test
  void ceremonyDocumentsWithoutTheSpeechAreRefused_theTaskStays() {
    givenANewCampaign();
    Task documents = claim(task("Task_PrepareCeremonyDocuments", launch), ORGANIZATION_BOARD.user());

    assertRefused(() -> complete(documents, withVariables("ceremonyScript", "Kịch bản", "commitmentText", "Cam kết",
        "speechText", "   ")), "Chưa nhập bài diễn văn phát động");

    assertTaskStays(documents);
    assertThat(launch).hasNotPassed("Task_PrepareCeremonyDocuments").isNotWaitingAt("Task_ReviewSpeech");
  }

  @Test
  void aSpeechReturnedWithoutRemarksIsRefused_theReviewStays() {
    givenANewCampaign();
    work(ORGANIZATION_BOARD, "Task_PrepareCeremonyDocuments", ceremonyDocuments());
    Task review = claim(task("Task_ReviewSpeech", launch), OFFICE.user());

    assertRefused(() -> complete(review, withVariables("speechDecision", "RETURN")), "ý kiến chỉnh sửa");

    assertTaskStays(review);
  }

  @Test
  void aUnitOutsideTheCampaignCannotSignTheCommitment_theCeremonyTaskStays() {
    givenANewCampaign();
    givenTheLaunchMovedTo("Task_RecordCeremony");
    Task record = claim(task("Task_RecordCeremony", launch), OFFICE.user());

    assertRefused(() -> complete(record, ceremony(List.of("CHAU-O", "BINH-AN"))), "BINH-AN");

    assertTaskStays(record);
    Assertions.assertThat(campaigns.get(campaign.id()).status()).isEqualTo(CampaignStatus.LAUNCH_PREPARATION);
  }

  @Test
  void creatingACampaignCallsItsLaunch_theLaunchPathEndsWithTheSettlement() {
    givenANewCampaign();

    assertThat(campaignProcess).isWaitingAt("CallActivity_Launch").calledProcessInstance("campaign-launch")
        .hasBusinessKey(planNumber).hasVariables("campaignId", "planNumber", "campaignTitle", "responseSpeechUnitGroup");
    Assertions.assertThat(runtimeService().getVariable(launch.getId(), "campaignId")).isEqualTo(campaign.id());
    assertThat(launch).isWaitingAtExactly(PREPARATION_GROUPS.keySet().toArray(String[]::new));
    PREPARATION_GROUPS.forEach((activity, group) -> assertThat(task(activity, launch)).hasCandidateGroup(group));

    // the stages before are covered above; here only the end of the launch matters
    givenTheLaunchMovedTo("Task_SettleBudget");
    assertThat(campaignProcess).isWaitingAt("CallActivity_Launch");
    work(OFFICE, "Task_SettleBudget", settlement());

    assertThat(launch).isEnded().hasPassed("EndEvent_LaunchCompleted");
    assertThat(campaignProcess).hasPassed("CallActivity_Launch", "EndEvent_LaunchSettled");
  }

  // --- given ---

  /** A campaign created as the Ban Tổ chức does; its process calls the launch at once. */
  private void givenANewCampaign() {
    planNumber = uniquePlanNumber();
    campaign = campaigns.create(plan(planNumber), DemoUsers.ORGANIZATION_BOARD_HEAD);
    campaignProcess = processInstanceQuery().processDefinitionKey("campaign").processInstanceBusinessKey(planNumber)
        .singleResult();
    launch = processInstanceQuery().processDefinitionKey("campaign-launch").processInstanceBusinessKey(planNumber)
        .singleResult();
    Assertions.assertThat(campaignProcess).as("process campaign of %s", planNumber).isNotNull();
    Assertions.assertThat(launch).as("process campaign-launch of %s", planNumber).isNotNull();
  }

  /** The approval stage alone: the launch skips preparation and goes round from Gateway_ToApproval. */
  private void givenTheLaunchAwaitingApproval() {
    givenANewCampaign();
    givenTheLaunchMovedTo("Gateway_ToApproval");
    assertThat(launch).isWaitingAtExactly(APPROVALS);
    assertThat(task("Task_ApproveByStandingOffice", launch)).hasCandidateGroup(STANDING_OFFICE.group());
    assertThat(task("Task_ApproveByPeoplesCommittee", launch)).hasCandidateGroup(PEOPLES_COMMITTEE.group());
  }

  /** Starts the launch before the activity and cancels what it was waiting at (started first, so it never ends). */
  private void givenTheLaunchMovedTo(String activityId) {
    List<String> waiting = taskService().createTaskQuery().processInstanceId(launch.getId()).list().stream()
        .map(Task::getTaskDefinitionKey).distinct().toList();
    ProcessInstanceModificationBuilder modification = runtimeService()
        .createProcessInstanceModification(launch.getId()).startBeforeActivity(activityId);
    for (String activity : waiting) {
      modification = modification.cancelAllForActivity(activity);
    }
    modification.execute();
  }

  // --- when ---

  private void whenEveryBodyPrepares() {
    work(ORGANIZATION_BOARD, "Task_PrepareCeremonyDocuments", ceremonyDocuments());
    work(OFFICE, "Task_ReviewSpeech", speechAccepted());
    work(OFFICE, "Task_IssueInvitations", invitations());
    work(OFFICE, "Task_PrepareBudgetEstimate", budgetEstimate(25_000_000L));
    work(PEOPLES_COMMITTEE, "Task_AssignPresenter", presenter());
    work(SPEAKER_UNIT_BODY, "Task_SubmitResponseSpeech", responseSpeech());
    work(PROPAGANDA, "Task_SubmitCommunicationPlan", communicationPlan());
    work(MASS_MOBILIZATION, "Task_SubmitMobilizationPlan", mobilizationPlan());
  }

  private void bothApprove() {
    work(STANDING_OFFICE, "Task_ApproveByStandingOffice", standingOfficeApproves());
    work(PEOPLES_COMMITTEE, "Task_ApproveByPeoplesCommittee", peoplesCommitteeApproves());
  }

  /** The body finds the task in its group's list, claims it and completes it with the form's variables. */
  private void work(Body body, String activityId, Map<String, Object> variables) {
    assertThat(launch).isWaitingAt(activityId);
    Task task = task(activityId, launch);
    assertThat(task).hasCandidateGroup(body.group());
    complete(claim(task, body.user()), variables);
    Assertions.assertThat(taskService().createTaskQuery().taskId(task.getId()).count()).as("%s done", activityId).isZero();
  }

  // --- then ---

  private static void assertRefused(ThrowingCallable completion, String message) {
    assertThatThrownBy(completion).isInstanceOf(FormValidationException.class).hasMessageContaining(message);
  }

  private void assertTaskStays(Task task) {
    assertThat(launch).isWaitingAt(task.getTaskDefinitionKey());
    Assertions.assertThat(taskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
  }

  private long passes(String activityId) {
    return historyService().createHistoricActivityInstanceQuery().processInstanceId(launch.getId())
        .activityId(activityId).finished().count();
  }
}
