package vn.thidua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.support.DemoUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.RawClient;

/**
 * A person's mistake – a broken upload, a wrong content type, a task someone else already completed or claimed –
 * is answered 4xx with a Vietnamese message, on the app's API and on Camunda's (as Tasklist calls it), and
 * changes nothing.
 */
class BadInputIntegrationTest extends IntegrationTest {

  private static final String DEMO_PLAN = "123-KH/HU";
  private static final String UNKNOWN_TASK = "00000000-0000-0000-0000-000000000000";
  /** A letter only Vietnamese writes: the message is for a Vietnamese reader, not the engine's English. */
  static final Pattern VIETNAMESE = Pattern.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  @Autowired
  TaskService taskService;

  @Autowired
  JdbcTemplate jdbc;

  private RawClient client(String username) {
    return new RawClient(baseUrl(), username);
  }

  static String messageOf(HttpResponse<String> response) throws Exception {
    JsonNode body = new ObjectMapper().readTree(response.body());
    return body.path("message").asText();
  }

  private static void assertRefused(HttpResponse<String> response, int status, String message) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(messageOf(response)).isEqualTo(message);
  }

  private static void assertRefusedInVietnamese(HttpResponse<String> response, int status) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(messageOf(response)).containsPattern(VIETNAMESE).doesNotContain("Exception");
  }

  private String officeTask() {
    return taskService.createTaskQuery().processInstanceBusinessKey(DEMO_PLAN)
        .taskDefinitionKey("Task_IssueInvitations").singleResult().getId();
  }

  // --- the app's API

  @Test
  void anUploadWithoutMultipartBoundaryIsRefused400() throws Exception {
    int documents = jdbc.queryForObject("select count(*) from document", Integer.class);

    HttpResponse<String> response = client(DemoUsers.CHAU_O_OFFICER).send("POST", "/api/proposals/1/documents?kind=TO_TRINH",
        "multipart/form-data", "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF");

    assertRefused(response, 400, ApiExceptionHandler.MULTIPART_UNREADABLE);
    assertThat(jdbc.queryForObject("select count(*) from document", Integer.class)).isEqualTo(documents);
  }

  @Test
  void aTruncatedMultipartImportIsRefused400() throws Exception {
    int members = jdbc.queryForObject("select count(*) from member", Integer.class);

    HttpResponse<String> response = client(DemoUsers.ORGANIZATION_BOARD_HEAD).send("POST", "/api/members/import",
        "multipart/form-data; boundary=cut", "--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"m.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\nhoTen,donVi\r\nNguyễn Văn A,CHAU_O");

    assertRefused(response, 400, ApiExceptionHandler.MULTIPART_UNREADABLE);
    assertThat(jdbc.queryForObject("select count(*) from member", Integer.class)).isEqualTo(members);
  }

  @Test
  void multipartWithoutBoundaryToAJsonEndpointIsRefused() throws Exception {
    HttpResponse<String> response = client(DemoUsers.ORGANIZATION_BOARD_HEAD).send("POST", "/api/units",
        "multipart/form-data", "{\"code\":\"X\"}");

    assertThat(response.statusCode()).as(response.body()).isIn(400, 415);
    assertThat(messageOf(response)).containsPattern(VIETNAMESE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"*/*", "text/plain", "application/octet-stream", "multipart/form-data; boundary=", "application/json; charset=nope"})
  void anOddContentTypeIsRefused4xxInVietnamese(String contentType) throws Exception {
    int units = jdbc.queryForObject("select count(*) from unit", Integer.class);

    HttpResponse<String> response = client(DemoUsers.ORGANIZATION_BOARD_HEAD).send("POST", "/api/units", contentType,
        "{\"code\":\"LA\",\"name\":\"Đơn vị lạ\",\"kind\":\"CHI_BO\"}");

    assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
    assertThat(messageOf(response)).containsPattern(VIETNAMESE);
    assertThat(jdbc.queryForObject("select count(*) from unit", Integer.class)).isEqualTo(units);
  }

  @Test
  void anAnswerTheClientDoesNotAcceptIsRefused4xx() throws Exception {
    HttpResponse<String> response = client(DemoUsers.ORGANIZATION_BOARD_HEAD).send("POST", "/api/units",
        "application/json", "{}".getBytes(), "image/png");

    assertThat(response.statusCode()).isBetween(400, 499);
  }

  // --- Camunda's REST API, directly and as Tasklist calls it

  @ParameterizedTest
  @ValueSource(strings = {"/engine-rest", RawClient.TASKLIST_ENGINE})
  void completingATaskThatNoLongerExistsIsAnswered404(String engine) throws Exception {
    HttpResponse<String> response = client(DemoUsers.OFFICE).send("POST", engine + "/task/" + UNKNOWN_TASK + "/complete",
        "application/json", "{\"variables\":{}}");

    assertRefused(response, 404, EngineRestErrors.TASK_NOT_FOUND);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/engine-rest", RawClient.TASKLIST_ENGINE})
  void claimingATaskThatNoLongerExistsIsAnswered404(String engine) throws Exception {
    HttpResponse<String> response = client(DemoUsers.OFFICE).send("POST", engine + "/task/" + UNKNOWN_TASK + "/claim",
        "application/json", "{\"userId\":\"" + DemoUsers.OFFICE + "\"}");

    assertRefused(response, 404, EngineRestErrors.TASK_NOT_FOUND);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/engine-rest", RawClient.TASKLIST_ENGINE})
  void claimingATaskAnotherOfficerHoldsIsAnswered409(String engine) throws Exception {
    String task = officeTask();
    taskService.setAssignee(task, DemoUsers.ADMIN);
    try {
      HttpResponse<String> response = client(DemoUsers.OFFICE).send("POST", engine + "/task/" + task + "/claim",
          "application/json", "{\"userId\":\"" + DemoUsers.OFFICE + "\"}");

      assertRefused(response, 409, EngineRestErrors.TASK_CLAIMED);
      assertThat(taskService.createTaskQuery().taskId(task).singleResult().getAssignee()).isEqualTo(DemoUsers.ADMIN);
    } finally {
      taskService.setAssignee(task, null);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/engine-rest", RawClient.TASKLIST_ENGINE})
  void brokenJsonToATaskIsAnswered400(String engine) throws Exception {
    HttpResponse<String> response = client(DemoUsers.OFFICE).send("POST", engine + "/task/" + officeTask() + "/complete",
        "application/json", "{\"variables\": {\"guestList\": ");

    assertRefused(response, 400, EngineRestErrors.JSON_UNREADABLE);
    assertThat(taskService.createTaskQuery().taskId(officeTask()).count()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/engine-rest", RawClient.TASKLIST_ENGINE})
  void aNumberTooLargeForItsVariableIsAnswered400(String engine) throws Exception {
    HttpResponse<String> response = client(DemoUsers.OFFICE).send("POST", engine + "/task/" + officeTask() + "/complete",
        "application/json", "{\"variables\": {\"guestList\": {\"value\": 1" + "0".repeat(40) + ", \"type\": \"Long\"}}}");

    assertRefusedInVietnamese(response, 400);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/engine-rest", RawClient.TASKLIST_ENGINE})
  void aWrongContentTypeToATaskIsAnswered415(String engine) throws Exception {
    for (String contentType : new String[] {"text/plain", "*/*", "multipart/form-data"}) {
      HttpResponse<String> response = client(DemoUsers.OFFICE).send("POST", engine + "/task/" + officeTask() + "/complete",
          contentType, "{\"variables\":{}}");

      assertThat(response.statusCode()).as(contentType + ": " + response.body()).isBetween(400, 499);
      assertThat(messageOf(response)).as(contentType).containsPattern(VIETNAMESE);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/engine-rest", RawClient.TASKLIST_ENGINE})
  void completingAnotherBodysTaskIsAnswered403WithoutEngineText(String engine) throws Exception {
    HttpResponse<String> response = client(DemoUsers.PROPAGANDA).send("POST", engine + "/task/" + officeTask() + "/complete",
        "application/json", "{\"variables\":{\"guestList\":{\"value\":\"Khách mời\",\"type\":\"String\"}}}");

    assertThat(response.statusCode()).isIn(403, 404);
    assertThat(messageOf(response)).isIn(EngineRestErrors.FORBIDDEN, EngineRestErrors.TASK_NOT_FOUND)
        .doesNotContain(officeTask());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/engine-rest", RawClient.TASKLIST_ENGINE})
  void aFormTheAppRefusesKeepsItsVietnameseMessage(String engine) throws Exception {
    String task = officeTask();

    HttpResponse<String> response = client(DemoUsers.OFFICE).send("POST", engine + "/task/" + task + "/complete",
        "application/json", "{\"variables\":{\"guestList\":{\"value\":\"Khách mời\",\"type\":\"String\"}}}");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(messageOf(response)).contains("Chưa nhập ngày phát hành giấy mời").doesNotContain(task);
    Task stillOpen = taskService.createTaskQuery().taskId(task).singleResult();
    assertThat(stillOpen).isNotNull();
  }
}
