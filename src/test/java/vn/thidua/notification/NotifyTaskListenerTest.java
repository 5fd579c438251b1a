package vn.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.support.TestMailServer.awaitMailsMentioning;
import static vn.thidua.support.TestMailServer.mailsMentioning;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import vn.thidua.ThiDuaApplication;
import vn.thidua.support.EngineRest;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TestMailServer.ReceivedMail;

/**
 * A process whose user tasks carry {@code ${notifyTaskListener}} on their create event: the unit, then
 * Ban Tổ chức, then the Secretary each get a mail when the work reaches them.
 */
class NotifyTaskListenerTest extends IntegrationTest {

  private static final String PROCESS_KEY = "notificationTestPledge";
  private static final String CAMPAIGN_TITLE = "Phát động thi đua cao điểm chào mừng đại hội đảng bộ các cấp";
  private static final LocalDate DUE = LocalDate.of(2027, 2, 15);

  @Autowired
  private RepositoryService repositoryService;

  @Autowired
  private RuntimeService runtimeService;

  @Autowired
  private TaskService taskService;

  @Autowired
  private IdentityService identityService;

  private String deploymentId;

  @BeforeEach
  void deployATinyPledgeProcess() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS_KEY).name("Đăng ký thi đua")
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("Task_SubmitPledge").name("Lập bản đăng ký thi đua")
          .camundaCandidateGroups("don-vi-chau-o").camundaDueDate("${pledgeDue}")
          .camundaTaskListenerDelegateExpression(TaskListener.EVENTNAME_CREATE, "${notifyTaskListener}")
        .userTask("Task_ReviewPledge").name("Xem xét bản đăng ký thi đua")
          .camundaCandidateGroups("ban-to-chuc")
          .camundaTaskListenerDelegateExpression(TaskListener.EVENTNAME_CREATE, "${notifyTaskListener}")
        .userTask("Task_Countersign").name("Ký xác nhận bản đăng ký")
          .camundaAssignee("bithu")
          .camundaTaskListenerDelegateExpression(TaskListener.EVENTNAME_CREATE, "${notifyTaskListener}")
          .camundaTaskListenerClass(TaskListener.EVENTNAME_CREATE, FailWhenAsked.class)
        .endEvent()
        .done();
    deploymentId = repositoryService.createDeployment().name("notification test")
        .addModelInstance("notification-test.bpmn", model).deploy().getId();
  }

  @AfterEach
  void undeploy() {
    repositoryService.deleteDeployment(deploymentId, true);
  }

  @Test
  void eachTaskMailsTheBodyOrPersonItReachesWithALinkToIt() {
    String planNumber = "P" + UUID.randomUUID().toString().substring(0, 8) + "-KH/HU";
    String processInstanceId = start(Map.of(
        "unitName", "Đảng bộ thị trấn Châu Ổ", "campaignTitle", CAMPAIGN_TITLE, "planNumber", planNumber));

    // the unit's officers: the task goes to the unit's group
    String submitTask = openTask(processInstanceId).getId();
    List<ReceivedMail> toUnit = awaitMailsMentioning(submitTask, 2);
    assertThat(toUnit).extracting(ReceivedMail::to)
        .containsExactlyInAnyOrder("chauo.truong@thidua.local", "chauo.canbo@thidua.local");
    assertThat(toUnit).allSatisfy(mail -> {
      assertThat(mail.subject()).isEqualTo("[Thi đua] Việc mới: Lập bản đăng ký thi đua");
      assertThat(mail.body()).contains(
          "Nội dung: Đăng ký thi đua – Đảng bộ thị trấn Châu Ổ – " + CAMPAIGN_TITLE + " – Kế hoạch " + planNumber,
          "Hạn xử lý: 15/02/2027",
          "http://localhost:8080/camunda/app/tasklist/default/#/?task=" + submitTask);
    });

    // the unit's officer completes it in Tasklist: every member of Ban Tổ chức hears of the review
    EngineRest unitOfficer = new EngineRest(as("chauo.canbo"), "chauo.canbo");
    assertThat(unitOfficer.complete(submitTask, Map.of()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    String reviewTask = openTask(processInstanceId).getId();
    Set<String> organizationBoard = identityService.createUserQuery().memberOfGroup("ban-to-chuc").list().stream()
        .map(User::getEmail).collect(Collectors.toSet());
    List<ReceivedMail> toBoard = awaitMailsMentioning(reviewTask, organizationBoard.size());
    assertThat(toBoard).extracting(ReceivedMail::to).containsExactlyInAnyOrderElementsOf(organizationBoard)
        .contains("btc.truong@thidua.local", "btc.canbo@thidua.local");
    assertThat(toBoard).allSatisfy(mail -> assertThat(mail.subject())
        .isEqualTo("[Thi đua] Việc mới: Xem xét bản đăng ký thi đua"));

    // Ban Tổ chức completes the review: the task assigned to the Secretary reaches only him
    EngineRest board = new EngineRest(as("btc.canbo"), "btc.canbo");
    assertThat(board.complete(reviewTask, Map.of()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    String countersignTask = openTask(processInstanceId).getId();
    List<ReceivedMail> toSecretary = awaitMailsMentioning(countersignTask, 1);
    assertThat(toSecretary).extracting(ReceivedMail::to).containsExactly("bithu@thidua.local");
    assertThat(toSecretary.get(0).body()).startsWith("Kính gửi đồng chí Lê Minh Khang,");
  }

  @Test
  void aStepThatFailsAfterCreatingTheTaskMailsNobody() {
    String unitName = "Đơn vị thử nghiệm " + UUID.randomUUID();
    String processInstanceId = start(Map.of("unitName", unitName, "failOnCountersign", true));
    taskService.complete(openTask(processInstanceId).getId());
    String reviewTask = openTask(processInstanceId).getId();

    assertThatThrownBy(() -> taskService.complete(reviewTask)).hasMessageContaining("refused by the test");

    assertThat(openTask(processInstanceId).getId()).as("the review is still open").isEqualTo(reviewTask);
    // mails leave one by one in order: once a later process's mails arrived, the failed step's would have too
    String later = "Đơn vị gửi sau " + UUID.randomUUID();
    start(Map.of("unitName", later));
    awaitMailsMentioning(later, 2);
    assertThat(mailsMentioning(unitName)).extracting(ReceivedMail::subject)
        .contains("[Thi đua] Việc mới: Xem xét bản đăng ký thi đua")
        .doesNotContain("[Thi đua] Việc mới: Ký xác nhận bản đăng ký");
  }

  private String start(Map<String, Object> variables) {
    Map<String, Object> all = new HashMap<>(variables);
    all.put("pledgeDue", Date.from(DUE.atStartOfDay(ZoneId.of(ThiDuaApplication.TIME_ZONE)).toInstant()));
    return runtimeService.startProcessInstanceByKey(PROCESS_KEY, all).getId();
  }

  private Task openTask(String processInstanceId) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();
  }

  /** Refuses the task's creation when the process asks it to, as a failing later listener would. */
  public static class FailWhenAsked implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      if (Boolean.TRUE.equals(task.getVariable("failOnCountersign"))) {
        throw new IllegalStateException("Task creation refused by the test");
      }
    }
  }
}
