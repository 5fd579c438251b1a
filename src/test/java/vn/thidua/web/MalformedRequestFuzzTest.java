package vn.thidua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.thidua.support.DemoUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.RawClient;

/**
 * Thousands of malformed requests – broken or oddly typed JSON, huge numbers, stray Unicode, empty bodies, odd
 * content types, broken multipart, unknown ids, junk in the path – to every write endpoint of the app's API and to
 * the engine calls Tasklist makes, as signed-in officers: none is answered 5xx, and none changes anything.
 * The seed is fixed, so a failure can be replayed; the answers per status class are written to the log.
 */
class MalformedRequestFuzzTest extends IntegrationTest {

  private static final long SEED = 20251206L;
  private static final int REQUESTS = 2400;
  private static final Logger log = LoggerFactory.getLogger(MalformedRequestFuzzTest.class);

  /** Every write endpoint of the app's API ({id} and {n} get unknown or junk values). */
  private static final List<String> API_ENDPOINTS = List.of(
      "POST /api/campaigns",
      "POST /api/campaigns/{id}/phases/{n}/start-review",
      "POST /api/campaigns/{id}/phases/{n}/results-submission/close",
      "POST /api/campaigns/{id}/pledge-registration/close",
      "PUT /api/appraisals/{id}/inspection",
      "PUT /api/appraisals/{id}/conclusions",
      "PUT /api/appraisals/{id}/council",
      "POST /api/public/postings/{id}/objections",
      "PUT /api/votes/{id}/ballots",
      "PUT /api/votes/{id}/send-backs",
      "PUT /api/reports/{id}",
      "POST /api/reports/{id}/proposals",
      "PUT /api/proposals/{id}",
      "DELETE /api/proposals/{id}",
      "POST /api/proposals/{id}/documents",
      "DELETE /api/proposals/{id}/documents/{id}",
      "POST /api/ratings",
      "PUT /api/ratings/{id}",
      "POST /api/ratings/import",
      "POST /api/decisions/{id}/documents",
      "POST /api/rewards/{id}/revocation",
      "POST /api/rewards/import",
      "POST /api/reward-forms",
      "PUT /api/reward-forms/{id}",
      "POST /api/units",
      "PUT /api/units/{id}",
      "POST /api/members",
      "PUT /api/members/{id}",
      "POST /api/members/import",
      "PUT /api/pledges/{id}");

  /** The engine calls a person makes on a task, on /engine-rest and on Tasklist's engine API. */
  private static final List<String> ENGINE_ENDPOINTS = List.of(
      "POST {engine}/task/{task}/complete",
      "POST {engine}/task/{task}/submit-form",
      "POST {engine}/task/{unknownTask}/claim",
      "POST {engine}/task/{unknownTask}/unclaim",
      "PUT {engine}/task/{unknownTask}/variables/{id}",
      "POST {engine}/task/{unknownTask}/variables",
      "POST {engine}/process-instance/{unknownTask}/variables");

  private static final List<String> USERS = List.of(DemoUsers.ORGANIZATION_BOARD_HEAD, DemoUsers.OFFICE,
      DemoUsers.CHAU_O_OFFICER, DemoUsers.PROPAGANDA);

  private static final List<String> IDS = List.of("999999", "0", "-1", "abc", "9".repeat(30), "1.5", "%20",
      "%E1%BB%87", "..%2F..%2Fadmin", "null", "1;drop", "%F0%9F%98%80");

  private static final List<String> CONTENT_TYPES = new ArrayList<>(List.of("application/json",
      "application/json; charset=UTF-8", "*/*", "multipart/form-data", "multipart/form-data; boundary=",
      "multipart/form-data; boundary=fuzz", "text/plain", "text/csv", "application/x-www-form-urlencoded",
      "application/xml", "garbage", "application/json; charset=nope", "image/png", "application/*"));

  private static final List<String> ACCEPTS = new ArrayList<>(List.of("application/json", "*/*", "image/png",
      "text/html", "application/xml"));

  /** The tables a refused request must leave as they were. */
  private static final List<String> TABLES = List.of("campaign", "campaign_phase", "unit", "member", "pledge",
      "results_report", "proposal", "document", "quality_rating", "award", "reward_form", "appraisal", "vote",
      "ballot", "reward_decision", "posting_objection");

  static {
    CONTENT_TYPES.add(null);
    ACCEPTS.add(null);
  }

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  TaskService taskService;

  @Autowired
  RuntimeService runtimeService;

  private final Random random = new Random(SEED);

  @Test
  void noMalformedRequestIsAnsweredWithAServerErrorNorChangesAnything() {
    String officeTask = taskService.createTaskQuery().processInstanceBusinessKey("123-KH/HU")
        .taskDefinitionKey("Task_IssueInvitations").singleResult().getId();
    Map<String, Long> before = counts();
    Map<String, RawClient> clients = new LinkedHashMap<>();
    USERS.forEach(user -> clients.put(user, new RawClient(baseUrl(), user)));

    Map<String, Integer> perClass = new TreeMap<>();
    Map<Integer, Integer> perStatus = new TreeMap<>();
    List<String> serverErrors = new ArrayList<>();
    List<String> accepted = new ArrayList<>();
    long started = System.nanoTime();
    for (int i = 0; i < REQUESTS; i++) {
      boolean engine = random.nextInt(3) == 0;
      String endpoint = engine ? pick(ENGINE_ENDPOINTS) : pick(API_ENDPOINTS);
      String method = endpoint.substring(0, endpoint.indexOf(' '));
      String path = path(endpoint.substring(endpoint.indexOf(' ') + 1), officeTask);
      byte[] body = body();
      String contentType = pick(CONTENT_TYPES);
      String accept = random.nextInt(4) == 0 ? pick(ACCEPTS) : null;

      HttpResponse<String> response = clients.get(pick(USERS)).send(method, path, contentType, body, accept);

      int status = response.statusCode();
      perStatus.merge(status, 1, Integer::sum);
      perClass.merge(status / 100 + "xx", 1, Integer::sum);
      String request = "#" + i + " " + method + " " + path + " [" + contentType + "] " + preview(body);
      if (status >= 500) {
        serverErrors.add(request + " -> " + status + " " + response.body());
      } else if (status < 300) {
        accepted.add(request + " -> " + status);
      }
    }
    log.info("{} malformed requests in {} s, per status class {}, per status {}", REQUESTS,
        (System.nanoTime() - started) / 1_000_000_000, perClass, perStatus);
    accepted.forEach(request -> log.info("Accepted: {}", request));

    assertThat(serverErrors).as("requests answered 5xx").isEmpty();
    assertThat(counts()).as("rows and engine state after the refused requests").isEqualTo(before);
    assertThat(taskService.createTaskQuery().taskId(officeTask).singleResult().getAssignee()).isNull();
  }

  private Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    TABLES.forEach(table -> counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class)));
    counts.put("process instances", runtimeService.createProcessInstanceQuery().count());
    counts.put("tasks", taskService.createTaskQuery().count());
    counts.put("variables", runtimeService.createVariableInstanceQuery().count());
    return counts;
  }

  private String path(String template, String officeTask) {
    String path = template
        .replace("{engine}", random.nextBoolean() ? "/engine-rest" : RawClient.TASKLIST_ENGINE)
        // a real task only where nothing but a complete, valid form could change it
        .replace("{task}", random.nextInt(3) == 0 ? officeTask : pick(List.of("00000000-0000-0000-0000-000000000000",
            "abc", "%20", "9".repeat(40))))
        .replace("{unknownTask}", pick(List.of("00000000-0000-0000-0000-000000000000", "abc", "x%2Fy")))
        .replace("{n}", pick(List.of("1", "2", "0", "99", "-1", "x")));
    while (path.contains("{id}")) {
      path = path.replaceFirst("\\{id\\}", pick(IDS));
    }
    return switch (random.nextInt(8)) {
      case 0 -> path + "/";
      case 1 -> path + "?" + pick(List.of("kind=%25ZZ", "kind=TO_TRINH", "x=" + "y".repeat(2000), "kind=&kind=",
          "%E1%BB=1"));
      case 2 -> path + pick(List.of(";jsessionid=x", "/%2e%2e", "/extra", "//"));
      default -> path;
    };
  }

  /** One malformed body of a random kind; null sends none. */
  private byte[] body() {
    return switch (random.nextInt(9)) {
      case 0 -> utf8(pick(List.of("{", "{\"name\":}", "[1,2", "nul", "{\"variables\": {\"x\": ", "}{", "{'a': 1}",
          "{\"a\":1,}", "\u0000")));
      case 1 -> utf8(pick(List.of("[]", "\"text\"", "123", "true", "{\"variables\": \"x\"}", "{\"userId\": {}}",
          "{\"name\": 5, \"code\": [1], \"kind\": {\"x\": 1}}", "{\"variables\": {\"guestList\": {\"value\": [1],"
              + " \"type\": \"Long\"}}}", "{\"targets\": \"many\", \"year\": \"last\"}", "{\"items\": [null]}")));
      case 2 -> utf8(pick(List.of("{\"id\": 1e999999}", "{\"quantity\": 99999999999999999999999999999}",
          "{\"year\": -1e400}", "{\"variables\": {\"x\": {\"value\": 1e400, \"type\": \"Double\"}}}",
          "{\"variables\": {\"x\": {\"value\": 999999999999999999999999, \"type\": \"Integer\"}}}",
          "{\"year\": " + "9".repeat(5000) + "}")));
      case 3 -> unicode();
      case 4 -> new byte[0];
      case 5 -> brokenMultipart();
      case 6 -> utf8("[".repeat(3000) + "]".repeat(3000));
      case 7 -> utf8("{\"name\": \"" + "Ư".repeat(100_000) + "\"}");
      default -> null;
    };
  }

  private byte[] unicode() {
    return switch (random.nextInt(4)) {
      case 0 -> utf8("{\"name\": \"\\uD800\\u0000 \u202Eabc\", \"code\": \"😀\"}");
      case 1 -> new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'};
      case 2 -> utf8("{\"variables\": {\"t\u0000\u0301\": {\"value\": \"\uFEFF\", \"type\": \"String\"}}}");
      default -> utf8("\uFEFF{\"name\": \"Đơn vị\"}");
    };
  }

  private byte[] brokenMultipart() {
    ByteArrayOutputStream multipart = new ByteArrayOutputStream();
    String part = "Content-Disposition: form-data; name=\"file\"; filename=\"tờ trình.pdf\"\r\n"
        + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 cut";
    String text = switch (random.nextInt(4)) {
      case 0 -> "--fuzz\r\n" + part;
      case 1 -> "--other\r\n" + part + "\r\n--other--\r\n";
      case 2 -> "--fuzz\r\nContent-Disposition: form-data\r\n\r\n\r\n--fuzz--";
      default -> "--fuzz--\r\n";
    };
    multipart.writeBytes(utf8(text));
    return multipart.toByteArray();
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String preview(byte[] body) {
    if (body == null) {
      return "(no body)";
    }
    String text = new String(body, StandardCharsets.UTF_8);
    return text.length() > 80 ? text.substring(0, 80) + "…" : text;
  }
}
