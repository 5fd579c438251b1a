package vn.thidua.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.core.ParameterizedTypeReference;

/** Works on tasks through /engine-rest as a signed-in person would through Tasklist. */
public final class EngineRest {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> TASK_LIST = new ParameterizedTypeReference<>() {
  };

  private final TestRestTemplate client;
  private final String username;

  public EngineRest(TestRestTemplate client, String username) {
    this.client = client;
    this.username = username;
  }

  /** The open tasks of a campaign (by plan number) that this person can see. */
  public List<Map<String, Object>> tasks(String planNumber) {
    ResponseEntity<List<Map<String, Object>>> response = client.exchange(
        "/engine-rest/task?processInstanceBusinessKey={key}", HttpMethod.GET, null, TASK_LIST, planNumber);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  /** The id of the one open task at that activity, which this person must be able to see. */
  public String taskId(String planNumber, String activityId) {
    return taskId(planNumber, activityId, null);
  }

  /** The same, in one process instance of the campaign when there are several (null: any). */
  public String taskId(String planNumber, String activityId, String processInstanceId) {
    List<Map<String, Object>> found = tasks(planNumber).stream()
        .filter(task -> activityId.equals(task.get("taskDefinitionKey")))
        .filter(task -> processInstanceId == null || processInstanceId.equals(task.get("processInstanceId")))
        .toList();
    assertThat(found).as("%s sees one open task %s", username, activityId).hasSize(1);
    return (String) found.get(0).get("id");
  }

  public ResponseEntity<String> claim(String taskId) {
    return client.postForEntity("/engine-rest/task/{id}/claim", Map.of("userId", username), String.class, taskId);
  }

  public ResponseEntity<String> complete(String taskId, Map<String, Object> variables) {
    return client.postForEntity("/engine-rest/task/{id}/complete", new HttpEntity<>(Map.of("variables", typed(variables))),
        String.class, taskId);
  }

  /** Claims and completes the task at that activity, as Tasklist does, and expects success. */
  public void work(String planNumber, String activityId, Map<String, Object> variables) {
    work(planNumber, activityId, null, variables);
  }

  /** The same, in one process instance of the campaign (null: the only one with such a task). */
  public void work(String planNumber, String activityId, String processInstanceId, Map<String, Object> variables) {
    String taskId = taskId(planNumber, activityId, processInstanceId);
    assertThat(claim(taskId).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<String> completed = complete(taskId, variables);
    assertThat(completed.getStatusCode()).as("%s completes %s: %s", username, activityId, completed.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** Variables in the engine REST format; lists go as Json, as Camunda Forms send them. */
  static Map<String, Object> typed(Map<String, Object> variables) {
    Map<String, Object> typed = new LinkedHashMap<>();
    variables.forEach((name, value) -> {
      if (value instanceof List<?> list) {
        typed.put(name, Map.of("value", json(list), "type", "Json"));
      } else if (value instanceof Boolean) {
        typed.put(name, Map.of("value", value, "type", "Boolean"));
      } else if (value instanceof Number) {
        typed.put(name, Map.of("value", value, "type", "Long"));
      } else {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("value", value);
        entry.put("type", "String");
        typed.put(name, entry);
      }
    });
    return typed;
  }

  private static String json(List<?> list) {
    return list.stream().map(item -> "\"" + item + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
  }
}
