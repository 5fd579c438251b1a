package vn.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The engine API an officer reaches is the same through /engine-rest and through Tasklist's paths. */
class EngineApiAllowListTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "GET, /task, true",
      "POST, /task, true",
      "GET, /task/count, true",
      "GET, /task/abc-1, true",
      "GET, /task/abc-1/form-variables, true",
      "GET, /task/abc-1/deployed-form, true",
      "GET, /task/abc-1/variables/reportId, true",
      "POST, /task/abc-1/claim, true",
      "POST, /task/abc-1/unclaim, true",
      "POST, /task/abc-1/complete, true",
      "POST, /task/abc-1/submit-form, true",
      "GET, /filter, true",
      "POST, /filter/f1/list, true",
      "GET, /process-definition/p1/xml, true",
      "GET, /history/user-operation, true",
      "GET, /engine, true",
      "OPTIONS, /filter, true",
      "OPTIONS, /filter/f1, true",
      "OPTIONS, /task/abc-1, false",
      "PUT, /task/abc-1/variables/unitHead, false",
      "POST, /task/abc-1/variables, false",
      "POST, /task/abc-1/localVariables, false",
      "PUT, /task/abc-1, false",
      "POST, /task/abc-1/assignee, false",
      "POST, /task/abc-1/delegate, false",
      "POST, /task/abc-1/identity-links, false",
      "POST, /process-instance/p1/variables, false",
      "PUT, /execution/e1/localVariables/x, false",
      "POST, /process-instance/p1/modification, false",
      "POST, /message, false",
      "POST, /signal, false",
      "GET, /metrics, false",
      "GET, /deployment, false",
      "POST, /deployment/create, false",
      "GET, /job, false",
      "GET, /incident, false",
      "GET, /batch, false",
      "GET, /external-task, false",
      "GET, /user, false",
      "GET, /authorization, false",
      "DELETE, /task/abc-1, false",
      "POST, /engine, false",
      "PUT, /user/chauo.canbo/credentials, true",
      "PUT, /user/admin/credentials, false",
      "PUT, /user/chauo.canbo/profile, false",
      "POST, /user/create, false"})
  void officersMayCallOnlyWhatTasklistNeeds(String method, String path, boolean allowed) {
    for (String root : new String[] {"/engine-rest", "/engine-rest/engine/default", "/camunda/api/engine/engine/default"}) {
      String enginePath = EngineApiAllowList.enginePath(root + path).orElseThrow();
      assertThat(EngineApiAllowList.allows(method, enginePath, "chauo.canbo")).as("%s %s%s", method, root, path)
          .isEqualTo(allowed);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"/api/tasks", "/camunda/app/tasklist/", "/camunda/api/admin/auth/user/default", "/engine-restless/task"})
  void otherPathsAreNotTheEngineApi(String path) {
    assertThat(EngineApiAllowList.enginePath(path)).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"POST, /task/t1/complete, t1", "POST, /task/t2/submit-form, t2"})
  void completionsAreRecognisedForTheFormCheck(String method, String path, String taskId) {
    assertThat(EngineApiAllowList.completedTask(method, path)).contains(taskId);
    assertThat(EngineApiAllowList.completedTask("GET", path)).isEmpty();
  }
}
