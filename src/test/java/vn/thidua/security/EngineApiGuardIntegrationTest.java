package vn.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.campaign.CampaignService;
import vn.thidua.support.CampaignFixtures;
import vn.thidua.support.EngineRest;
import vn.thidua.support.EngineSteps;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.PhaseSteps;
import vn.thidua.support.RawClient;

/**
 * No officer steers a process beyond their own form: for every open task of a campaign in its results
 * stage (and of the demo campaign's launch), the task's own owner tries to write variables through the
 * task, the process instance and the execution, to modify the instance, to correlate a message or
 * send a signal with variables, and to complete with a variable outside the form – through /engine-rest
 * and through Tasklist's own engine paths. Every attempt is refused and no variable changes. The two attacks first seen on the engine API are named below.
 */
class EngineApiGuardIntegrationTest extends IntegrationTest {

  private static final String DEMO_PLAN = "123-KH/HU";

  @Autowired
  CampaignService campaigns;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  ManagementService managementService;

  @Autowired
  TaskService taskService;

  @Autowired
  IdentityService identityService;

  @Autowired
  ObjectMapper json;

  private PhaseSteps steps;

  @BeforeEach
  void twoUnitsAreReportingOnTheirFirstPhase() {
    ClockUtil.setCurrentTime(EngineSteps.at(LocalDate.of(2027, 1, 12))); // the first phase has begun
    steps = new PhaseSteps(this::as, runtimeService, managementService,
        CampaignFixtures.registering(campaigns, runtimeService));
    steps.register("chauo.canbo");
    steps.register("binhchanh.canbo");
    steps.closeRegistration();
    steps.startReview(1);
  }

  @Test
  void anOfficerCannotMakeHimselfTheHeadWhoConfirmsHisReport() {
    long report = steps.reportOf("chauo.canbo", 1);
    steps.saveResults("chauo.canbo", report);
    EngineRest officer = steps.tasklist("chauo.canbo");
    String task = officer.taskId(steps.campaign().planNumber(), "Task_SubmitResults");
    assertThat(officer.claim(task).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    ResponseEntity<String> forged = as("chauo.canbo").exchange("/engine-rest/task/{id}/variables/unitHead",
        HttpMethod.PUT, new HttpEntity<>(Map.of("value", "chauo.canbo", "type", "String")), String.class, task);
    ResponseEntity<String> smuggled = officer.complete(task, Map.of("unitHead", "chauo.canbo"));

    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(forged.getBody()).contains("Bạn không có quyền");
    assertThat(smuggled.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(smuggled.getBody()).contains("Việc này không nhận dữ liệu gửi kèm", "unitHead");
    assertThat(taskService.createTaskQuery().taskId(task).count()).as("the task stays open").isEqualTo(1);

    assertThat(officer.complete(task, Map.of()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    Task confirmation = taskService.createTaskQuery().processInstanceBusinessKey(steps.campaign().planNumber())
        .taskDefinitionKey("Task_ConfirmResults").singleResult();
    assertThat(confirmation.getAssignee()).isEqualTo("chauo.truong");
  }

  @Test
  void aHeadCannotReturnAnotherUnitsReportThroughHisOwnTask() {
    long chauO = steps.reportOf("chauo.canbo", 1);
    long binhChanh = steps.reportOf("binhchanh.canbo", 1);
    steps.saveResults("chauo.canbo", chauO);
    steps.submit("chauo.canbo", "chauo.truong", chauO);
    steps.saveResults("binhchanh.canbo", binhChanh);
    steps.tasklist("binhchanh.canbo").work(steps.campaign().planNumber(), "Task_SubmitResults",
        steps.processOf("results-submission", "reportId", binhChanh), Map.of());
    EngineRest head = steps.tasklist("binhchanh.truong");
    String task = head.taskId(steps.campaign().planNumber(), "Task_ConfirmResults");

    ResponseEntity<String> forged = as("binhchanh.truong").exchange("/engine-rest/task/{id}/variables/reportId",
        HttpMethod.PUT, new HttpEntity<>(Map.of("value", chauO, "type", "Long")), String.class, task);
    ResponseEntity<String> smuggled = head.complete(task, Map.of("confirmationDecision", "RETURN",
        "confirmationRemarks", "Sửa lại", "reportId", chauO));

    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(smuggled.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(smuggled.getBody()).contains("Biểu mẫu của việc này không có trường reportId");
    assertThat(steps.report("chauo.canbo", chauO).get("status")).isEqualTo("SUBMITTED");

    assertThat(head.complete(task, Map.of("confirmationDecision", "RETURN", "confirmationRemarks", "Sửa lại"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(steps.report("chauo.canbo", chauO).get("status")).isEqualTo("SUBMITTED");
    assertThat(steps.report("binhchanh.canbo", binhChanh).get("status")).isEqualTo("DRAFT");
  }

  @Test
  void everyOpenTaskRefusesEveryWayOfWritingVariablesToItsOwnOwner() throws Exception {
    long binhChanh = steps.reportOf("binhchanh.canbo", 1);
    steps.saveResults("binhchanh.canbo", binhChanh);
    steps.tasklist("binhchanh.canbo").work(steps.campaign().planNumber(), "Task_SubmitResults",
        steps.processOf("results-submission", "reportId", binhChanh), Map.of());
    List<Task> open = new ArrayList<>();
    open.addAll(taskService.createTaskQuery().processInstanceBusinessKey(steps.campaign().planNumber()).list());
    open.addAll(taskService.createTaskQuery().processInstanceBusinessKey(DEMO_PLAN).list());
    assertThat(open).extracting(Task::getTaskDefinitionKey)
        .contains("Task_SubmitResults", "Task_ConfirmResults", "Task_PrepareCeremonyDocuments", "Task_IssueInvitations");

    int attempts = 0;
    for (Task task : open) {
      String owner = ownerOf(task);
      RawClient client = new RawClient(baseUrl(), owner);
      Map<String, String> before = variablesOf(task);
      for (String root : List.of("/engine-rest", RawClient.TASKLIST_ENGINE)) {
        for (Attempt attempt : attemptsOn(task)) {
          HttpResponse<String> answer = client.send(attempt.method().name(), root + attempt.path(),
              "application/json", attempt.body() == null ? null : json.writeValueAsString(attempt.body()));
          assertThat(answer.statusCode()).as("%s: %s %s%s as %s", task.getTaskDefinitionKey(), attempt.method(), root,
              attempt.path(), owner).isIn(403, 400);
          attempts++;
        }
      }
      assertThat(variablesOf(task)).as(task.getTaskDefinitionKey()).isEqualTo(before);
      assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }
    System.out.printf("Engine API guard: %d open tasks x 2 roots x %d attempts = %d refused%n", open.size(),
        attempts / open.size() / 2, attempts);
  }

  @Test
  void officersReachOnlyWhatTasklistNeeds() {
    Map<String, List<String>> refusedForOfficers = Map.of(
        "GET", List.of("/engine-rest/metrics", "/engine-rest/deployment", "/engine-rest/job", "/engine-rest/incident",
            "/engine-rest/batch", "/engine-rest/external-task", "/engine-rest/user", "/engine-rest/authorization",
            "/engine-rest/process-instance", "/engine-rest/history/process-instance", "/engine-rest/variable-instance",
            "/engine-rest/history/variable-instance", "/engine-rest/execution", "/engine-rest/group"),
        "POST", List.of("/engine-rest/message", "/engine-rest/signal", "/engine-rest/process-instance/delete",
            "/engine-rest/job/suspended", "/engine-rest/deployment/create"));
    List<String> allowedForOfficers = List.of("/engine-rest/task", "/engine-rest/task/count", "/engine-rest/filter",
        "/engine-rest/process-definition", "/engine-rest/engine");

    for (String person : List.of("chauo.canbo", "chauo.truong", "btv.hdnd", "bithu")) {
      refusedForOfficers.forEach((method, paths) -> paths.forEach(path -> {
        ResponseEntity<String> answer = as(person).exchange(path, HttpMethod.valueOf(method),
            new HttpEntity<>(Map.of()), String.class);
        assertThat(answer.getStatusCode()).as("%s %s as %s", method, path, person).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(answer.getBody()).contains("Bạn không có quyền");
      }));
      allowedForOfficers.forEach(path -> assertThat(as(person).getForEntity(path, String.class).getStatusCode())
          .as("GET %s as %s", path, person).isEqualTo(HttpStatus.OK));
    }
    refusedForOfficers.get("GET").forEach(path -> assertThat(as("admin").getForEntity(path, String.class)
        .getStatusCode()).as("GET %s as admin", path).isEqualTo(HttpStatus.OK));
    assertThat(as("chauo.canbo").getForEntity("/camunda/api/engine/engine/default/metrics", String.class)
        .getStatusCode()).as("Tasklist's own path").isEqualTo(HttpStatus.FORBIDDEN);
  }

  /** The variables the task sees, as text: Json values compare by their content. */
  private Map<String, String> variablesOf(Task task) {
    Map<String, String> values = new TreeMap<>();
    taskService.getVariables(task.getId()).forEach((name, value) -> values.put(name, String.valueOf(value)));
    return values;
  }

  private String ownerOf(Task task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    String group = taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).findFirst().orElseThrow();
    return identityService.createUserQuery().memberOfGroup(group).orderByUserId().asc().list().get(0).getId();
  }

  private record Attempt(HttpMethod method, String path, Object body) {
  }

  /** Each way the engine API offers to write what the steps read, aimed at this task's own process (paths below a root). */
  private List<Attempt> attemptsOn(Task task) {
    String taskPath = "/task/" + task.getId();
    String instance = task.getProcessInstanceId();
    Map<String, Object> forged = Map.of("value", "forged", "type", "String");
    Map<String, Object> modifications = Map.of("modifications", Map.of("campaignId", forged, "unitGroup", forged));
    Map<String, Object> form = new HashMap<>();
    form.put("variables", Map.of("campaignId", forged));
    return List.of(
        new Attempt(HttpMethod.PUT, taskPath + "/variables/campaignId", forged),
        new Attempt(HttpMethod.POST, taskPath + "/variables", modifications),
        new Attempt(HttpMethod.PUT, taskPath + "/localVariables/unitGroup", forged),
        new Attempt(HttpMethod.POST, taskPath + "/localVariables", modifications),
        new Attempt(HttpMethod.DELETE, taskPath + "/variables/campaignId", null),
        new Attempt(HttpMethod.PUT, "/process-instance/" + instance + "/variables/campaignId", forged),
        new Attempt(HttpMethod.POST, "/process-instance/" + instance + "/variables", modifications),
        new Attempt(HttpMethod.PUT, "/execution/" + task.getExecutionId() + "/localVariables/campaignId",
            forged),
        new Attempt(HttpMethod.POST, "/execution/" + task.getExecutionId() + "/localVariables",
            modifications),
        new Attempt(HttpMethod.POST, "/process-instance/" + instance + "/modification",
            Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId",
                task.getTaskDefinitionKey(), "variables", Map.of("campaignId", forged))))),
        new Attempt(HttpMethod.POST, "/message", Map.of("messageName", "PhaseReviewStartedEarly",
            "processInstanceId", instance, "processVariables", Map.of("campaignId", forged))),
        new Attempt(HttpMethod.POST, "/signal", Map.of("name", "any", "variables",
            Map.of("campaignId", forged))),
        new Attempt(HttpMethod.PUT, taskPath, Map.of("name", task.getName(), "assignee", "someone")),
        new Attempt(HttpMethod.POST, taskPath + "/complete", form),
        new Attempt(HttpMethod.POST, taskPath + "/submit-form", form));
  }
}
