package vn.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.thidua.support.DemoUsers;
import vn.thidua.support.EngineRest;
import vn.thidua.support.IntegrationTest;

/** Each body sees and works only its own tasks; nothing answers without a login; Cockpit is for administrators. */
class AuthorizationIntegrationTest extends IntegrationTest {

  private static final String DEMO_PLAN = "123-KH/HU";

  @Autowired
  TaskService taskService;

  @Autowired
  RuntimeService runtimeService;

  @Test
  void propagandaBoardNeitherSeesNorCompletesTheOfficesTask() {
    String officeTask = taskService.createTaskQuery().processInstanceBusinessKey(DEMO_PLAN)
        .taskDefinitionKey("Task_IssueInvitations").singleResult().getId();
    EngineRest propaganda = new EngineRest(as(DemoUsers.PROPAGANDA), DemoUsers.PROPAGANDA);

    assertThat(propaganda.tasks(DEMO_PLAN)).extracting(task -> task.get("taskDefinitionKey"))
        .containsExactly("Task_SubmitCommunicationPlan");
    assertThat(as(DemoUsers.PROPAGANDA).getForEntity("/engine-rest/task/{id}", String.class, officeTask).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    ResponseEntity<String> completed = propaganda.complete(officeTask, Map.of("guestList", "Khách mời"));
    assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(officeTask).count()).isEqualTo(1);
  }

  @Test
  void officeSeesItsOwnLaunchTasks() {
    EngineRest office = new EngineRest(as(DemoUsers.OFFICE), DemoUsers.OFFICE);

    assertThat(office.tasks(DEMO_PLAN)).extracting(task -> task.get("taskDefinitionKey"))
        .contains("Task_IssueInvitations")
        .doesNotContain("Task_SubmitCommunicationPlan", "Task_AssignPresenter");
  }

  @Test
  void requestsWithoutCredentialsAreRefusedWith401() {
    assertThat(anonymous.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getForEntity("/api/units", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getForEntity("/api/campaigns", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.withBasicAuth(DemoUsers.OFFICE, "wrong").getForEntity("/api/campaigns", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aPersonWithoutLoginIsSentToTheLoginPage() {
    // the client follows the redirect, as a browser does
    ResponseEntity<String> tasklist = anonymous.getForEntity("/camunda/app/tasklist/default/", String.class);

    assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasklist.getBody()).contains("Đăng nhập", "Tên đăng nhập", "Mật khẩu").doesNotContain("ng-app");
  }

  @Test
  void onlyAdministratorsOpenCockpit() {
    assertThat(as(DemoUsers.OFFICE).getForEntity("/camunda/app/cockpit/default/", String.class).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.UNAUTHORIZED);
    assertThat(as(DemoUsers.OFFICE).getForEntity("/camunda/api/cockpit/plugin/base/default/process-definition/statistics",
        String.class).getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.UNAUTHORIZED);
    assertThat(as(DemoUsers.ADMIN).getForEntity("/camunda/app/cockpit/default/", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void officersOpenTasklist() {
    assertThat(as(DemoUsers.OFFICE).getForEntity("/camunda/app/tasklist/default/", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void onlyTheStandingOfficeOrOrganizationBoardCreatesCampaigns() {
    assertThat(as(DemoUsers.PROPAGANDA).postForEntity("/api/campaigns", Map.of("title", "x"), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }
}
