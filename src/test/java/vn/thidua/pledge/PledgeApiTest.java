package vn.thidua.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.CampaignFixtures.pledge;
import static vn.thidua.support.CampaignFixtures.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignView;
import vn.thidua.support.CampaignFixtures;
import vn.thidua.support.EngineRest;
import vn.thidua.support.IntegrationTest;

/** A unit works on its own registration only, and whatever it gets wrong is refused and changes nothing. */
class PledgeApiTest extends IntegrationTest {

  private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
  };
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
  };

  @Autowired
  CampaignService campaigns;

  @Autowired
  RuntimeService runtimeService;

  private CampaignView campaign;
  private long chauO;
  private long binhChanh;

  @BeforeEach
  void unitsAreRegistering() {
    campaign = CampaignFixtures.registering(campaigns, runtimeService);
    chauO = pledgeIdOf("chauo.canbo");
    binhChanh = pledgeIdOf("binhchanh.canbo");
  }

  @Test
  void aUnitSavesItsRegistrationAndSeesItsOwnOnly_theBoardSeesEveryUnit() {
    ResponseEntity<Map<String, Object>> saved = put("chauo.canbo", chauO, pledge(0, "Kết nạp 4 đảng viên", "100% đảng viên học tập nghị quyết"));

    assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(saved.getBody()).containsEntry("status", "DRAFT").containsEntry("editable", true)
        .containsEntry("signerName", "Nguyễn Văn An – Bí thư Chi bộ");
    assertThat((List<Map<String, Object>>) saved.getBody().get("targets"))
        .extracting(row -> row.get("target") + " / " + row.get("contentAreaTitle"))
        .containsExactly("Kết nạp 4 đảng viên / Hoàn thành chỉ tiêu nghị quyết đại hội",
            "100% đảng viên học tập nghị quyết / Hoàn thành chỉ tiêu nghị quyết đại hội");
    assertThat(list("chauo.canbo")).extracting(pledge -> (Object) ((Map<?, ?>) pledge.get("unit")).get("code"))
        .containsExactly("CHAU-O");
    assertThat(list("btc.truong")).hasSize(3);
    assertThat(list("ubkt.canbo")).hasSize(3);
    String registrationProcess = (String) runtimeService.createProcessInstanceQuery()
        .variableValueEquals("pledgeId", chauO).singleResult().getId();
    assertThat(runtimeService.getVariable(registrationProcess, "pledgeTargetCount")).isEqualTo(2);
  }

  @Test
  void anotherUnitCanNeitherReadNorChangeIt() {
    put("chauo.canbo", chauO, pledge(0, "Kết nạp 4 đảng viên"));

    assertThat(as("binhchanh.canbo").getForEntity("/api/pledges/" + chauO, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> changed = put("binhchanh.canbo", chauO, pledge(1, "Chỉ tiêu của người khác"));

    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(view("chauo.canbo", chauO).get("targets").toString()).contains("Kết nạp 4 đảng viên")
        .doesNotContain("Chỉ tiêu của người khác");
    assertThat(as("btc.truong").exchange("/api/pledges/" + chauO, HttpMethod.PUT, new HttpEntity<>(pledge(1, "x")),
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void throughTheEngineRestApiAUnitReachesOnlyItsOwnTaskAndVariables() {
    EngineRest chauOOfficer = new EngineRest(as("chauo.canbo"), "chauo.canbo");
    String ownTask = chauOOfficer.taskId(campaign.planNumber(), "Task_RegisterPledge");
    String otherTask = new EngineRest(as("binhchanh.canbo"), "binhchanh.canbo")
        .taskId(campaign.planNumber(), "Task_RegisterPledge");
    String otherProcess = runtimeService.createProcessInstanceQuery().variableValueEquals("pledgeId", binhChanh)
        .singleResult().getId();

    assertThat(chauOOfficer.tasks(campaign.planNumber())).hasSize(1);
    assertThat(as("chauo.canbo").getForEntity("/engine-rest/task/" + ownTask + "/variables", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(as("chauo.canbo").getForEntity("/engine-rest/task/" + otherTask + "/variables", String.class)
        .getStatusCode().is4xxClientError()).isTrue();
    assertThat(as("chauo.canbo").getForEntity("/engine-rest/task/" + otherTask, String.class)
        .getStatusCode().is4xxClientError()).isTrue();
    assertThat(as("chauo.canbo").getForEntity("/engine-rest/process-instance/" + otherProcess + "/variables", String.class)
        .getStatusCode().is4xxClientError()).isTrue();
    ResponseEntity<String> history = as("chauo.canbo").getForEntity(
        "/engine-rest/history/variable-instance?processInstanceId=" + otherProcess, String.class);
    assertThat(history.getStatusCode()).as("officers read no variable history at all").isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> modify = as("chauo.canbo").postForEntity("/engine-rest/task/" + otherTask + "/variables",
        Map.of("modifications", Map.of("signerName", Map.of("value", "x", "type", "String"))), String.class);
    assertThat(modify.getStatusCode().is4xxClientError()).isTrue();
  }

  @Test
  void badInputIsRefusedFieldByFieldAndChangesNothing() {
    put("chauo.canbo", chauO, pledge(0, "Kết nạp 4 đảng viên"));
    int version = (Integer) view("chauo.canbo", chauO).get("version");

    Map<String, Object> noTargets = pledge(version);
    assertRefused(noTargets, "targets", "Cần ít nhất một chỉ tiêu thi đua");
    Map<String, Object> negative = pledge(version);
    negative.put("targets", List.of(target("ND1", "Kết nạp đảng viên", -3, "đảng viên")));
    assertRefused(negative, "targets[0].quantity", "Số lượng không được âm");
    Map<String, Object> notANumber = pledge(version);
    notANumber.put("targets", List.of(target("ND1", "Kết nạp đảng viên", "bốn", "đảng viên")));
    assertRefused(notANumber, "targets[0].quantity", "số");
    Map<String, Object> unknownArea = pledge(version);
    unknownArea.put("targets", List.of(target("ND9", "Kết nạp đảng viên", 4, "đảng viên")));
    assertRefused(unknownArea, "targets[0].contentAreaCode", "Nội dung thi đua \"ND9\" không có trong phong trào");
    Map<String, Object> individualTitle = pledge(version, "Kết nạp đảng viên");
    individualTitle.put("titleCodes", List.of("LAO_DONG_TIEN_TIEN"));
    assertRefused(individualTitle, "titleCodes[0]", "không dành cho tập thể");
    Map<String, Object> blanks = pledge(version, "Kết nạp đảng viên");
    blanks.put("signerName", " ");
    blanks.put("responsePlanSummary", null);
    ResponseEntity<Map<String, Object>> both = put("chauo.canbo", chauO, blanks);
    assertThat(both.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(both)).contains("signerName", "responsePlanSummary");

    ResponseEntity<Map<String, Object>> stale = put("chauo.canbo", chauO, pledge(version - 1, "Bản cũ"));
    assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    Map<String, Object> unchanged = view("chauo.canbo", chauO);
    assertThat(unchanged.get("version")).isEqualTo(version);
    assertThat(unchanged.get("targets").toString()).contains("Kết nạp 4 đảng viên").doesNotContain("Bản cũ");
  }

  @Test
  void twoOfficersSavingAtTheSameMoment_oneWinsWholeAndTheOtherIsToldToReload() throws Exception {
    int version = (Integer) put("chauo.canbo", chauO, pledge(0, "Bản đầu")).getBody().get("version");
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService officers = Executors.newFixedThreadPool(2);
    List<Future<ResponseEntity<Map<String, Object>>>> answers = new ArrayList<>();
    for (String target : List.of("Bản của cán bộ A", "Bản của trưởng đơn vị B")) {
      answers.add(officers.submit(() -> {
        start.await();
        return put(target.endsWith("A") ? "chauo.canbo" : "chauo.truong", chauO, pledge(version, target, target + " (2)"));
      }));
    }
    start.countDown();
    List<HttpStatus> statuses = new ArrayList<>();
    for (var answer : answers) {
      statuses.add(HttpStatus.valueOf(answer.get().getStatusCode().value()));
    }
    officers.shutdown();

    assertThat(statuses).containsExactlyInAnyOrder(HttpStatus.OK, HttpStatus.CONFLICT);
    List<Map<String, Object>> targets = (List<Map<String, Object>>) view("chauo.canbo", chauO).get("targets");
    assertThat(targets).hasSize(2);
    String winner = (String) targets.get(0).get("target");
    assertThat(targets.get(1).get("target")).isEqualTo(winner + " (2)");
    assertThat(view("chauo.canbo", chauO).get("version")).isEqualTo(version + 1);
  }

  @Test
  void aSubmittedRegistrationCannotBeChangedFromThePage() {
    put("chauo.canbo", chauO, pledge(0, "Kết nạp 4 đảng viên"));
    EngineRest officer = new EngineRest(as("chauo.canbo"), "chauo.canbo");
    officer.work(campaign.planNumber(), "Task_RegisterPledge", Map.of());

    ResponseEntity<Map<String, Object>> late = put("chauo.canbo", chauO,
        pledge((Integer) view("chauo.canbo", chauO).get("version"), "Sửa sau khi gửi"));

    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(late.getBody().get("message").toString()).contains("Chờ duyệt");
    assertThat(view("btc.truong", chauO)).containsEntry("status", "SUBMITTED").containsEntry("editable", false);
  }

  @Test
  void completingTheTaskInTasklistBeforeSavingAnswersOneClearMessage() {
    EngineRest officer = new EngineRest(as("binhchanh.canbo"), "binhchanh.canbo");
    String task = officer.taskId(campaign.planNumber(), "Task_RegisterPledge");
    officer.claim(task);

    ResponseEntity<String> refused = officer.complete(task, Map.of());

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("Bản đăng ký chưa có chỉ tiêu nào");
    assertThat(officer.taskId(campaign.planNumber(), "Task_RegisterPledge")).isEqualTo(task);
  }

  private void assertRefused(Map<String, Object> body, String field, String message) {
    ResponseEntity<Map<String, Object>> refused = put("chauo.canbo", chauO, body);
    assertThat(refused.getStatusCode()).as(field).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, Object>>) refused.getBody().get("errors")).as(field)
        .anySatisfy(error -> {
          assertThat(error.get("field")).isEqualTo(field);
          assertThat(error.get("message").toString()).contains(message);
        });
  }

  private static List<Object> fields(ResponseEntity<Map<String, Object>> answer) {
    return ((List<Map<String, Object>>) answer.getBody().get("errors")).stream().map(error -> error.get("field")).toList();
  }

  private ResponseEntity<Map<String, Object>> put(String user, long id, Map<String, Object> body) {
    return as(user).exchange("/api/pledges/" + id, HttpMethod.PUT, new HttpEntity<>(body), OBJECT);
  }

  private Map<String, Object> view(String user, long id) {
    return as(user).exchange("/api/pledges/" + id, HttpMethod.GET, null, OBJECT).getBody();
  }

  private List<Map<String, Object>> list(String user) {
    return as(user).exchange("/api/pledges?campaignId=" + campaign.id(), HttpMethod.GET, null, LIST).getBody();
  }

  private long pledgeIdOf(String officer) {
    return ((Number) list(officer).get(0).get("id")).longValue();
  }
}
