package vn.thidua.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.thidua.support.CampaignFixtures.pledge;
import static vn.thidua.support.EngineSteps.at;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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
import vn.thidua.support.ProcessTest;
import vn.thidua.support.TestMailServer;

/**
 * Every path of {@code pledge-registration} and of the campaign's registration stage: units
 * register, Ban Tổ chức returns and accepts, reminders and urging follow the engine's clock, and
 * closing registration records the silent units so the campaign goes on.
 */
class PledgeRegistrationProcessTest extends ProcessTest {

  private static final String REGISTRATION = "SubProcess_Registration";
  private static final String CHAU_O = "don-vi-chau-o";
  private static final String BINH_CHANH = "don-vi-binh-chanh";
  private static final String BINH_THANH = "don-vi-binh-thanh";

  private CampaignView campaign;

  @BeforeEach
  void startRegistration() {
    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 1, 12)));
    campaign = CampaignFixtures.registering(campaigns, runtimeService);
    TestMailServer.clear();
  }

  @Test
  void afterTheCeremonyEveryUnitHasItsRegistrationTask_andTheCampaignSaysSo() {
    Assertions.assertThat(campaigns.get(campaign.id()).status()).isEqualTo(CampaignStatus.PLEDGE_REGISTRATION);
    for (String group : List.of(CHAU_O, BINH_CHANH, BINH_THANH)) {
      ProcessInstance registration = registration(group);
      assertThat(registration).isWaitingAtExactly(REGISTRATION, "Task_RegisterPledge");
      assertThat(registration).task().hasCandidateGroup(group).hasDueDate(at(LocalDate.of(2027, 2, 15)));
      Assertions.assertThat(taskService.createTaskQuery().processInstanceId(registration.getId()).singleResult()
          .getFollowUpDate()).isEqualTo(reminderDay());
    }
    TestMailServer.awaitRecipients("Việc mới: Đăng ký thi đua", "chauo.canbo@thidua.local", "binhchanh.canbo@thidua.local");
  }

  @Test
  void aReturnedRegistrationComesBackWithItsReason_thenItIsAcceptedAndTheUnitsProcessEnds() {
    ProcessInstance registration = registration(CHAU_O);
    long pledgeId = pledgeId(registration);
    save("chauo.canbo", pledgeId, 0, "Kết nạp đảng viên mới", "Chi bộ đạt trong sạch vững mạnh");
    engine.complete(registration, "Task_RegisterPledge", Map.of());
    assertThat(registration).isWaitingAtExactly(REGISTRATION, "Task_ReviewPledge").task().hasCandidateGroup("ban-to-chuc");

    engine.complete(registration, "Task_ReviewPledge", Map.of("pledgeDecision", "RETURN",
        "returnReason", "Chỉ tiêu kết nạp đảng viên cần ghi rõ số lượng theo quý"));

    assertThat(registration).hasPassed("Gateway_PledgeAccepted").isWaitingAtExactly(REGISTRATION, "Task_RegisterPledge");
    Assertions.assertThat(runtimeService.getVariable(registration.getId(), "pledgeReturnReason"))
        .isEqualTo("Chỉ tiêu kết nạp đảng viên cần ghi rõ số lượng theo quý");
    Assertions.assertThat(pledgeView(pledgeId).get("status")).isEqualTo("RETURNED");
    TestMailServer.awaitRecipients("Trả lại", "chauo.canbo@thidua.local");
    TestMailServer.awaitText("chauo.canbo@thidua.local", "Chỉ tiêu kết nạp đảng viên cần ghi rõ số lượng theo quý");

    save("chauo.canbo", pledgeId, versionOf(pledgeId), "Kết nạp 4 đảng viên mới, mỗi quý 1", "Chi bộ đạt trong sạch vững mạnh");
    engine.complete(registration, "Task_RegisterPledge", Map.of());
    engine.complete(registration, "Task_ReviewPledge", Map.of("pledgeDecision", "ACCEPT"));

    assertThat(registration).isEnded().hasPassed("EndEvent_PledgeAccepted").hasNotPassed("Task_UrgeLatePledge");
    Map<String, Object> accepted = pledgeView(pledgeId);
    Assertions.assertThat(accepted.get("status")).isEqualTo("ACCEPTED");
    Assertions.assertThat(accepted.get("returnReason")).isNull();
    Assertions.assertThat((List<?>) accepted.get("targets")).hasSize(2);
  }

  @Test
  void completingWithoutSavingTargetsIsRefused_theTaskStays() {
    ProcessInstance registration = registration(BINH_CHANH);
    Task task = engine.task(registration, "Task_RegisterPledge");

    assertThatThrownBy(() -> taskService.complete(task.getId()))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("chưa có chỉ tiêu");

    assertThat(registration).isWaitingAtExactly(REGISTRATION, "Task_RegisterPledge");
    Assertions.assertThat(pledgeView(pledgeId(registration)).get("status")).isEqualTo("DRAFT");
  }

  @Test
  void aReturnWithoutReasonIsRefused() {
    ProcessInstance registration = registration(CHAU_O);
    save("chauo.canbo", pledgeId(registration), 0, "Kết nạp đảng viên mới");
    engine.complete(registration, "Task_RegisterPledge", Map.of());
    Task review = engine.task(registration, "Task_ReviewPledge");

    assertThatThrownBy(() -> taskService.complete(review.getId(), Map.of("pledgeDecision", "RETURN")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("lý do");
    assertThat(registration).isWaitingAtExactly(REGISTRATION, "Task_ReviewPledge");
  }

  @Test
  void aForgedPledgeIdDoesNotLetTheBoardReturnAnotherUnitsRegistration_onlyThisProcessesOneGoesBack() {
    ProcessInstance chauO = registration(CHAU_O);
    ProcessInstance binhChanh = registration(BINH_CHANH);
    long chauOPledge = pledgeId(chauO);
    long binhChanhPledge = pledgeId(binhChanh);
    save("chauo.canbo", chauOPledge, 0, "Kết nạp đảng viên mới");
    engine.complete(chauO, "Task_RegisterPledge", Map.of());
    save("binhchanh.canbo", binhChanhPledge, 0, "Kết nạp đảng viên mới");
    engine.complete(binhChanh, "Task_RegisterPledge", Map.of());
    // Bình Chánh's review task pointed at Châu Ổ's registration; setVariable stands in for the forgery
    runtimeService.setVariable(binhChanh.getId(), "pledgeId", chauOPledge);

    engine.complete(binhChanh, "Task_ReviewPledge", Map.of("pledgeDecision", "RETURN",
        "returnReason", "Bổ sung chỉ tiêu về công tác dân vận"));

    Map<String, Object> untouched = pledgeView(chauOPledge);
    Assertions.assertThat(untouched.get("status")).isEqualTo("SUBMITTED");
    Assertions.assertThat(untouched.get("returnReason")).isNull();
    assertThat(chauO).isWaitingAtExactly(REGISTRATION, "Task_ReviewPledge");
    Map<String, Object> returned = pledgeView(binhChanhPledge);
    Assertions.assertThat(returned.get("status")).isEqualTo("RETURNED");
    Assertions.assertThat(returned.get("returnReason")).isEqualTo("Bổ sung chỉ tiêu về công tác dân vận");
    assertThat(binhChanh).isWaitingAtExactly(REGISTRATION, "Task_RegisterPledge");
  }

  @Test
  void aForgedUnitGroupDoesNotHandTheReturnedRegistrationToAnotherUnit() {
    ProcessInstance chauO = registration(CHAU_O);
    long pledgeId = pledgeId(chauO);
    save("chauo.canbo", pledgeId, 0, "Kết nạp đảng viên mới");
    engine.complete(chauO, "Task_RegisterPledge", Map.of());
    runtimeService.setVariable(chauO.getId(), "unitGroup", BINH_CHANH);

    engine.complete(chauO, "Task_ReviewPledge", Map.of("pledgeDecision", "RETURN", "returnReason", "Ghi rõ số lượng"));

    assertThat(engine.task(chauO, "Task_RegisterPledge")).hasCandidateGroup(CHAU_O);
    Assertions.assertThat(taskService.getIdentityLinksForTask(engine.task(chauO, "Task_RegisterPledge").getId()))
        .noneMatch(link -> BINH_CHANH.equals(link.getGroupId()));
  }

  @Test
  void daysBeforeTheDeadlineAUnitThatHasNotSubmittedIsReminded_oneThatHasIsNot() {
    ProcessInstance late = registration(CHAU_O);
    ProcessInstance done = registration(BINH_CHANH);
    save("binhchanh.canbo", pledgeId(done), 0, "Kết nạp đảng viên mới");
    engine.complete(done, "Task_RegisterPledge", Map.of());
    TestMailServer.clear();

    ClockUtil.setCurrentTime(new Date(reminderDay().getTime() + 60_000));
    engine.fireTimer(late, "Timer_PledgeReminder");
    engine.fireTimer(done, "Timer_PledgeReminder");

    assertThat(late).hasPassed("ServiceTask_RemindPledge", "EndEvent_Reminded").isWaitingAtExactly(REGISTRATION, "Task_RegisterPledge");
    assertThat(done).hasPassed("ServiceTask_RemindPledge").isWaitingAtExactly(REGISTRATION, "Task_ReviewPledge");
    List<String> reminded = TestMailServer.awaitRecipients("Nhắc hạn", "chauo.canbo@thidua.local");
    Assertions.assertThat(reminded).doesNotContain("binhchanh.canbo@thidua.local");
  }

  @Test
  void afterTheDeadlineInspectionUrgesTheLateUnit_andTheUrgingEndsWhenTheUnitIsAccepted() {
    ProcessInstance late = registration(CHAU_O);
    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 2, 16)));

    engine.fireTimer(late, "Timer_PledgeOverdue");

    assertThat(late).hasPassed("Gateway_PledgeStillMissing")
        .isWaitingAtExactly(REGISTRATION, "Task_RegisterPledge", "Task_UrgeLatePledge");
    Task urge = engine.task(late, "Task_UrgeLatePledge");
    Assertions.assertThat(urge.getName()).isEqualTo("Đôn đốc đơn vị chậm đăng ký: Đảng bộ thị trấn Châu Ổ");
    assertThat(urge).hasCandidateGroup("uy-ban-kiem-tra");
    TestMailServer.awaitRecipients("Quá hạn", "ubkt.canbo@thidua.local");

    save("chauo.canbo", pledgeId(late), 0, "Kết nạp đảng viên mới");
    engine.complete(late, "Task_RegisterPledge", Map.of());
    engine.complete(late, "Task_ReviewPledge", Map.of("pledgeDecision", "ACCEPT"));
    assertThat(late).isEnded().hasPassed("EndEvent_PledgeAccepted").hasNotPassed("EndEvent_Urged");
  }

  @Test
  void aUnitThatSubmittedBeforeTheDeadlineIsNotUrged() {
    ProcessInstance registration = registration(BINH_THANH);
    save("binhthanh.canbo", pledgeId(registration), 0, "Kết nạp đảng viên mới");
    engine.complete(registration, "Task_RegisterPledge", Map.of());
    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 2, 16)));

    engine.fireTimer(registration, "Timer_PledgeOverdue");

    assertThat(registration).hasPassed("EndEvent_NoUrgeNeeded").isWaitingAtExactly(REGISTRATION, "Task_ReviewPledge");
  }

  @Test
  void whenEveryUnitIsAcceptedTheCampaignRunsItsFirstPhase() {
    for (String group : List.of(CHAU_O, BINH_CHANH, BINH_THANH)) {
      acceptRegistration(group);
    }

    ProcessInstance campaignProcess = CampaignFixtures.campaignProcess(runtimeService, campaign);
    assertThat(campaignProcess).hasPassed("EndEvent_AllRegistered").hasNotPassed("ServiceTask_RecordMissingPledges")
        .isWaitingAt("Gateway_PhaseEndOrEarlyReview");
    CampaignView running = campaigns.get(campaign.id());
    Assertions.assertThat(running.status()).isEqualTo(CampaignStatus.IN_PROGRESS);
    Assertions.assertThat(running.statusLabel()).isEqualTo("Đang thi đua – Đợt 1");
    Job phaseEnd = managementService.createJobQuery().processInstanceId(campaignProcess.getId()).timers().singleResult();
    Assertions.assertThat(phaseEnd.getDuedate()).isEqualTo(at(LocalDate.of(2028, 1, 1)));
  }

  @Test
  void afterTheDeadlineTheBoardClosesRegistrationInTasklist_silentUnitsAreRecordedAndTheCampaignGoesOn() {
    acceptRegistration(CHAU_O);
    ProcessInstance submitted = registration(BINH_CHANH);
    save("binhchanh.canbo", pledgeId(submitted), 0, "Kết nạp đảng viên mới");
    engine.complete(submitted, "Task_RegisterPledge", Map.of());
    ProcessInstance silent = registration(BINH_THANH);
    ProcessInstance campaignProcess = CampaignFixtures.campaignProcess(runtimeService, campaign);
    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 2, 16)));

    engine.fireTimer(campaignProcess, "Timer_PledgeDeadlinePassed");
    assertThat(campaignProcess).isWaitingAt("Task_ClosePledgeRegistration", "CallActivity_PledgeRegistration");
    Task close = engine.task(campaignProcess, "Task_ClosePledgeRegistration");
    assertThat(close).hasCandidateGroup("ban-to-chuc");
    Assertions.assertThat(taskService.getVariableLocal(close.getId(), "registrationSummary"))
        .isEqualTo("Đã duyệt 1/3 đơn vị; chờ xem xét: 1.");

    assertThatThrownBy(() -> taskService.complete(close.getId(), Map.of("confirmClose", true)))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("chờ Ban Tổ chức xem xét");
    assertThatThrownBy(() -> taskService.complete(close.getId(), Map.of("confirmClose", false)))
        .isInstanceOf(FormValidationException.class);
    engine.complete(submitted, "Task_ReviewPledge", Map.of("pledgeDecision", "RETURN", "returnReason", "Bổ sung chỉ tiêu"));
    taskService.complete(close.getId(), Map.of("confirmClose", true));

    assertThat(campaignProcess).hasPassed("Event_RegistrationClosed", "ServiceTask_RecordMissingPledges")
        .isWaitingAt("Gateway_PhaseEndOrEarlyReview");
    assertThat(silent).isEnded();
    assertThat(submitted).isEnded();
    Assertions.assertThat(statusesByUnit()).containsEntry("CHAU-O", "ACCEPTED").containsEntry("BINH-CHANH", "MISSING")
        .containsEntry("BINH-THANH", "MISSING");
    Assertions.assertThat(runtimeService.getVariable(campaignProcess.getId(), "missingPledgeCount")).isEqualTo(2);
  }

  @Test
  void theBoardClosesRegistrationThroughTheApi_refusedWhileAReviewIsPendingAndForOthers() {
    ProcessInstance submitted = registration(CHAU_O);
    save("chauo.canbo", pledgeId(submitted), 0, "Kết nạp đảng viên mới");
    engine.complete(submitted, "Task_RegisterPledge", Map.of());
    String close = "/api/campaigns/" + campaign.id() + "/pledge-registration/close";

    Assertions.assertThat(as("chauo.canbo").postForEntity(close, null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> pending = as("btc.truong").postForEntity(close, null, String.class);
    Assertions.assertThat(pending.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    Assertions.assertThat(pending.getBody()).contains("chờ Ban Tổ chức xem xét");

    engine.complete(submitted, "Task_ReviewPledge", Map.of("pledgeDecision", "ACCEPT"));
    Assertions.assertThat(as("btc.truong").postForEntity(close, null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    ProcessInstance campaignProcess = CampaignFixtures.campaignProcess(runtimeService, campaign);
    assertThat(campaignProcess).hasPassed("Event_RegistrationCloseRequested", "ServiceTask_RecordMissingPledges")
        .isWaitingAt("Gateway_PhaseEndOrEarlyReview");
    Assertions.assertThat(statusesByUnit()).containsEntry("CHAU-O", "ACCEPTED").containsEntry("BINH-CHANH", "MISSING");
    Assertions.assertThat(as("btc.truong").postForEntity(close, null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  // --- steps as people take them

  private void acceptRegistration(String group) {
    ProcessInstance registration = registration(group);
    String officer = group.substring("don-vi-".length()).replace("-", "") + ".canbo";
    save(officer, pledgeId(registration), 0, "Kết nạp đảng viên mới");
    engine.complete(registration, "Task_RegisterPledge", Map.of());
    engine.complete(registration, "Task_ReviewPledge", Map.of("pledgeDecision", "ACCEPT"));
  }

  private void save(String user, long pledgeId, int version, String... targets) {
    ResponseEntity<String> saved = as(user).exchange("/api/pledges/" + pledgeId, HttpMethod.PUT,
        new HttpEntity<>(pledge(version, targets)), String.class);
    Assertions.assertThat(saved.getStatusCode()).as(saved.getBody()).isEqualTo(HttpStatus.OK);
  }

  private Map<String, Object> pledgeView(long pledgeId) {
    return as("btc.truong").exchange("/api/pledges/" + pledgeId, HttpMethod.GET, null,
        new ParameterizedTypeReference<Map<String, Object>>() { }).getBody();
  }

  private int versionOf(long pledgeId) {
    return (Integer) pledgeView(pledgeId).get("version");
  }

  private Map<String, String> statusesByUnit() {
    List<Map<String, Object>> pledges = as("btc.truong").exchange("/api/pledges?campaignId=" + campaign.id(),
        HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
    Map<String, String> statuses = new HashMap<>();
    pledges.forEach(pledge -> statuses.put((String) ((Map<?, ?>) pledge.get("unit")).get("code"), (String) pledge.get("status")));
    return statuses;
  }

  private ProcessInstance registration(String group) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("pledge-registration")
        .processInstanceBusinessKey(campaign.planNumber()).variableValueEquals("unitGroup", group).singleResult();
  }

  private long pledgeId(ProcessInstance registration) {
    return ((Number) runtimeService.getVariable(registration.getId(), "pledgeId")).longValue();
  }

  private static Date reminderDay() {
    return at(LocalDate.of(2027, 2, 12), 8, 0);
  }

}
