package vn.thidua.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.PostingFixtures.objection;
import static vn.thidua.support.PostingFixtures.send;
import static vn.thidua.support.PostingFixtures.uniqueAddress;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.campaign.CampaignService;
import vn.thidua.support.EngineRest;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.PostingFixtures;
import vn.thidua.support.PostingFixtures.Posted;
import vn.thidua.support.TestMailServer;

/**
 * A phase's agreed list is posted; signed-in people read it and object to one proposal or to the list;
 * each objection becomes Ban Tổ chức's task, handled by keeping, withdrawing or answering; bad input,
 * floods and late objections change nothing.
 */
class PostingIntegrationTest extends IntegrationTest {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
  };

  @Autowired
  CampaignService campaigns;

  @Autowired
  PostingService postings;

  @Autowired
  TaskService taskService;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  HistoryService historyService;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  ObjectMapper json;

  private Posted posting;
  private String address;

  @BeforeEach
  void aListIsPosted() {
    posting = PostingFixtures.open(campaigns, postings);
    address = uniqueAddress();
  }

  @Test
  void aSignedInPersonReadsTheOpenPostingWithItsNumberedEntries() {
    ResponseEntity<List<Map<String, Object>>> answer = as("chauo.canbo").exchange("/api/public/postings",
        HttpMethod.GET, null, LIST);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> listed = mine(answer.getBody());
    assertThat(listed.get("title")).isEqualTo(PostingFixtures.TITLE);
    assertThat(listed.get("planNumber")).isEqualTo(posting.campaign().planNumber());
    assertThat(listed.get("phaseName")).isEqualTo("Đợt 1");
    assertThat(listed.get("startsOn")).isEqualTo(LocalDate.now().toString());
    assertThat(listed.get("endsOn")).isNotNull();
    List<Map<String, Object>> entries = entries(listed);
    assertThat(entries).extracting(entry -> entry.get("number") + ". " + entry.get("nomineeName"))
        .containsExactly("1. Đảng bộ thị trấn Châu Ổ", "2. Nguyễn Văn An", "3. Chi bộ thôn Phước Hòa");
    assertThat(entries.get(1)).containsEntry("nomineeKindLabel", "Cá nhân")
        .containsEntry("rewardFormName", "Giấy khen của Ban Thường vụ Huyện ủy")
        .containsEntry("achievements", "5 năm liền hoàn thành xuất sắc nhiệm vụ");
  }

  @Test
  void anObjectionAboutAnEntryBecomesATaskForBanToChucWithItsText() {
    String content = "Đồng chí Nguyễn Văn An năm 2025 bị nhắc nhở vì vắng họp chi bộ nhiều lần.";
    ResponseEntity<String> sent = send(as("chauo.canbo"), posting.id(), objection(posting.entry(1).proposalId(), content),
        address);

    assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(read(sent).get("message").asText()).startsWith("Đã nhận phản ánh");
    Task task = handlingTask(read(sent).get("id").asLong());
    assertThat(task.getName()).isEqualTo("Xử lý phản ánh");
    assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
        .contains("ban-to-chuc");
    Map<String, Object> variables = taskService.getVariables(task.getId());
    assertThat(variables).containsEntry("objectionContent", content)
        .containsEntry("objectionKind", "ENTRY")
        .containsEntry("senderText", "Trần Văn Bình · liên hệ: 0905 123 456");
    assertThat((String) variables.get("objectionSubject")).startsWith("Số 2: Nguyễn Văn An (Cá nhân)");
    ProcessInstance instance = runtimeService.createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult();
    assertThat(instance.getBusinessKey()).isEqualTo(posting.campaign().planNumber());
    assertThat(TestMailServer.awaitMails(mail -> mail.body().contains(task.getId())
        && mail.to().equals("btc.truong@thidua.local"), 1))
        .singleElement().satisfies(mail -> assertThat(mail.subject()).isEqualTo("[Thi đua] Việc mới: Xử lý phản ánh"));
    assertThat(postings.objectionsPending(posting.id())).isTrue();
  }

  @Test
  void banToChucKeepsOneWithdrawsAnotherAndAnswersTheGeneralObjection_nothingIsLeftPending() {
    long kept = objectionId(send(as("chauo.canbo"), posting.id(),
        objection(posting.entry(0).proposalId(), "Đảng bộ có đồng chí bị kỷ luật trong năm."), address));
    long withdrawn = objectionId(send(as("chauo.canbo"), posting.id(),
        objection(posting.entry(1).proposalId(), "Đồng chí An đang bị xem xét đơn tố cáo."), address));
    long general = objectionId(send(as("chauo.canbo"), posting.id(),
        objection(null, "Danh sách thiếu các chi bộ khối doanh nghiệp."), address));
    EngineRest board = new EngineRest(as("btc.canbo"), "btc.canbo");

    work(board, kept, Map.of("objectionDecision", "KEEP",
        "objectionAnswer", "Đã xác minh: kỷ luật thuộc năm 2023, không ảnh hưởng đến năm xét khen."));
    work(board, withdrawn, Map.of("objectionDecision", "WITHDRAW",
        "withdrawReason", "Đang xác minh đơn tố cáo; theo quy định chưa xét khen thưởng."));
    assertThat(postings.objectionsPending(posting.id())).isTrue();
    work(board, general, Map.of("objectionDecision", "ANSWER",
        "objectionAnswer", "Các chi bộ khối doanh nghiệp không có đề nghị đủ điều kiện trong đợt này."));

    assertThat(postings.objectionsPending(posting.id())).isFalse();
    assertThat(postings.withdrawn(posting.id())).containsExactly(posting.entry(1));
    List<Map<String, Object>> recorded = as("btc.truong").exchange("/api/postings/{id}/objections", HttpMethod.GET, null,
        LIST, posting.id()).getBody();
    assertThat(recorded).extracting(objection -> objection.get("outcome") + " " + objection.get("handledBy"))
        .containsExactly("KEEP btc.canbo", "WITHDRAW btc.canbo", "ANSWER btc.canbo");
    assertThat(recorded.get(1)).containsEntry("outcomeLabel", "Rút đề nghị khỏi danh sách")
        .containsEntry("answer", "Đang xác minh đơn tố cáo; theo quy định chưa xét khen thưởng.");
    assertThat((String) recorded.get(1).get("about")).startsWith("Số 2: Nguyễn Văn An");
    assertThat(recorded.get(2)).containsEntry("about", "Cả danh sách (phản ánh chung)");
    assertThat(entries(mine(as("chauo.canbo").exchange("/api/public/postings", HttpMethod.GET, null, LIST).getBody())))
        .extracting(entry -> entry.get("number") + ". " + entry.get("nomineeName"))
        .containsExactly("1. Đảng bộ thị trấn Châu Ổ", "2. Chi bộ thôn Phước Hòa");
    ResponseEntity<String> late = send(as("chauo.canbo"), posting.id(),
        objection(posting.entry(1).proposalId(), "Đề nghị giữ lại đồng chí An."), uniqueAddress());
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(late.getBody()).contains("đã được rút khỏi danh sách");
  }

  @Test
  void anObjectionIdForgedOntoOneHandlingProcess_banToChucHandlesOnlyThatProcesssOwnObjection() {
    long first = objectionId(send(as("chauo.canbo"), posting.id(),
        objection(posting.entry(0).proposalId(), "Đảng bộ có đồng chí bị kỷ luật trong năm."), address));
    long second = objectionId(send(as("chauo.canbo"), posting.id(),
        objection(posting.entry(1).proposalId(), "Đồng chí An đang bị xem xét đơn tố cáo."), address));
    Task firstTask = handlingTask(first);
    // the forgery: the first objection's process now names the second objection
    runtimeService.setVariable(firstTask.getProcessInstanceId(), "objectionId", second);
    EngineRest board = new EngineRest(as("btc.canbo"), "btc.canbo");

    assertThat(board.claim(firstTask.getId()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(board.complete(firstTask.getId(), Map.of("objectionDecision", "WITHDRAW",
        "withdrawReason", "Đang xem xét kỷ luật; chưa xét khen thưởng.")).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(postings.withdrawn(posting.id())).containsExactly(posting.entry(0));
    List<Map<String, Object>> recorded = as("btc.truong").exchange("/api/postings/{id}/objections", HttpMethod.GET, null,
        LIST, posting.id()).getBody();
    assertThat(recorded).extracting(objection -> ((Number) objection.get("id")).longValue() + " " + objection.get("outcome"))
        .containsExactly(first + " WITHDRAW", second + " null");
    assertThat(postings.objectionsPending(posting.id())).isTrue();
  }

  @Test
  void aChoiceThatDoesNotFitTheObjectionIsRefusedAndChangesNothing() {
    long aboutEntry = objectionId(send(as("chauo.canbo"), posting.id(),
        objection(posting.entry(0).proposalId(), "Thành tích nêu chưa đúng thực tế."), address));
    long aboutList = objectionId(send(as("chauo.canbo"), posting.id(), objection(null, "Danh sách công khai quá muộn."),
        address));
    EngineRest board = new EngineRest(as("btc.canbo"), "btc.canbo");

    assertRefused(board, aboutEntry, Map.of("objectionDecision", "WITHDRAW", "withdrawReason", "  "),
        "Khi rút đề nghị khỏi danh sách, cần ghi rõ lý do.");
    assertRefused(board, aboutEntry, Map.of("objectionDecision", "KEEP"), "Nhập nội dung trả lời phản ánh.");
    assertRefused(board, aboutEntry, Map.of("objectionDecision", "ANSWER", "objectionAnswer", "Đã xem xét."),
        "Phản ánh về một đề nghị");
    assertRefused(board, aboutList, Map.of("objectionDecision", "WITHDRAW", "withdrawReason", "Không phù hợp."),
        "Phản ánh chung về cả danh sách chỉ có thể trả lời");
    assertRefused(board, aboutList, Map.of("objectionDecision", "LATER", "objectionAnswer", "x"),
        "Hướng xử lý \"LATER\" không hợp lệ.");

    assertThat(postings.objectionsPending(posting.id())).isTrue();
    assertThat(postings.withdrawn(posting.id())).isEmpty();
    assertThat(as("btc.truong").exchange("/api/postings/{id}/objections", HttpMethod.GET, null, LIST, posting.id())
        .getBody()).extracting(objection -> objection.get("outcomeLabel")).containsOnly("Chờ xử lý");
  }

  @Test
  void theProcessWaitingForThePostingGoesOnWhenTheLastObjectionIsHandled() {
    repositoryService.createDeployment().name("posting-wait-test").enableDuplicateFiltering(true)
        .addModelInstance("posting-wait-test.bpmn", Bpmn.createExecutableProcess("posting-wait-test")
            .camundaHistoryTimeToLive(1)
            .startEvent().intermediateCatchEvent("Wait_ObjectionsHandled").message("PostingObjectionsHandled")
            .endEvent().done())
        .deploy();
    long first = objectionId(send(as("chauo.canbo"), posting.id(), objection(null, "Phản ánh thứ nhất."), address));
    long second = objectionId(send(as("chauo.canbo"), posting.id(), objection(null, "Phản ánh thứ hai."), address));
    ProcessInstance waiting = runtimeService.startProcessInstanceByKey("posting-wait-test",
        Map.of("postingId", posting.id()));
    ProcessInstance otherPosting = runtimeService.startProcessInstanceByKey("posting-wait-test",
        Map.of("postingId", posting.id() + 100_000));
    EngineRest board = new EngineRest(as("btc.canbo"), "btc.canbo");

    work(board, first, Map.of("objectionDecision", "ANSWER", "objectionAnswer", "Đã tiếp thu."));
    assertThat(ended(waiting)).as("still waiting while one objection is pending").isFalse();
    work(board, second, Map.of("objectionDecision", "ANSWER", "objectionAnswer", "Đã tiếp thu."));

    assertThat(ended(waiting)).isTrue();
    assertThat(ended(otherPosting)).isFalse();
    runtimeService.deleteProcessInstance(otherPosting.getId(), "test over");
  }

  @Test
  void contentBeyondTwoThousandCharactersIsRefusedAndNothingIsStored() {
    ResponseEntity<String> tooLong = send(as("chauo.canbo"), posting.id(), objection(null, "a".repeat(2001)), address);
    ResponseEntity<String> blank = send(as("chauo.canbo"), posting.id(), objection(null, " \n "), address);
    Map<String, Object> longName = objection(null, "Nội dung hợp lệ");
    longName.put("name", "N".repeat(201));

    assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(read(tooLong).get("errors").get(0).get("field").asText()).isEqualTo("content");
    assertThat(read(tooLong).get("errors").get(0).get("message").asText())
        .isEqualTo("Nội dung phản ánh tối đa 2.000 ký tự (đang có 2.001 ký tự)");
    assertThat(read(blank).get("errors").get(0).get("message").asText()).isEqualTo("Nhập nội dung phản ánh");
    assertThat(read(send(as("chauo.canbo"), posting.id(), longName, address)).get("errors").get(0).get("field").asText())
        .isEqualTo("name");
    assertThat(stored()).isZero();
    // Vietnamese typed as letters plus combining marks counts as the letters: 2,000 of them fit
    String decomposed = Normalizer.normalize("ệ", Normalizer.Form.NFD).repeat(2000);
    assertThat(send(as("chauo.canbo"), posting.id(), objection(null, decomposed), address).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(stored()).isEqualTo(1);
  }

  @Test
  void markupIsStoredAndReturnedAsPlainText() {
    String markup = "<script>alert(1)</script><b>Thành tích</b> <img src=x onerror=alert(2)> & \"trích dẫn\"";
    long id = objectionId(send(as("chauo.canbo"), posting.id(), objection(posting.entry(0).proposalId(), markup), address));

    ResponseEntity<String> listed = as("btc.truong").getForEntity("/api/postings/{id}/objections", String.class,
        posting.id());
    assertThat(listed.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
    assertThat(read(listed).get(0).get("content").asText()).isEqualTo(markup);
    assertThat(jdbc.queryForObject("select content from posting_objection where id = ?", String.class, id))
        .isEqualTo(markup);
    assertThat(taskService.getVariable(handlingTask(id).getId(), "objectionContent")).isEqualTo(markup);
  }

  @Test
  void theSixthObjectionWithinAnHourFromOneAddressIsRefusedAndNotStored() {
    for (int i = 1; i <= 5; i++) {
      assertThat(send(as("chauo.canbo"), posting.id(), objection(null, "Phản ánh số " + i), address).getStatusCode())
          .as("objection %s", i).isEqualTo(HttpStatus.CREATED);
    }

    ResponseEntity<String> sixth = send(as("chauo.canbo"), posting.id(), objection(null, "Phản ánh số 6"), address);

    assertThat(sixth.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(read(sixth).get("message").asText()).contains("tối đa 5 phản ánh trong một giờ");
    assertThat(stored()).isEqualTo(5);
    assertThat(send(as("chauo.canbo"), posting.id(), objection(null, "Từ nơi khác"), uniqueAddress()).getStatusCode())
        .as("another client is not held back").isEqualTo(HttpStatus.CREATED);
    List<String> hashes = jdbc.queryForList("select distinct address_hash from posting_objection where posting_id = ?",
        String.class, posting.id());
    assertThat(hashes).hasSize(2).allMatch(hash -> hash.matches("[0-9a-f]{64}"))
        .noneMatch(hash -> hash.contains(address));
  }

  @Test
  void aClosedPostingTakesNoMoreObjectionsAndIsNoLongerListed() {
    postings.close(posting.id());

    ResponseEntity<String> late = send(as("chauo.canbo"), posting.id(), objection(null, "Gửi sau khi đóng"), address);

    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(read(late).get("message").asText()).contains("đã kết thúc; không nhận thêm phản ánh");
    assertThat(stored()).isZero();
    assertThat(as("chauo.canbo").exchange("/api/public/postings", HttpMethod.GET, null, LIST).getBody())
        .noneMatch(listed -> ((Number) listed.get("id")).longValue() == posting.id());
  }

  @Test
  void aPostingWhosePeriodHasEndedTakesNoObjection() throws InterruptedException {
    Posted shortOne = PostingFixtures.open(campaigns, postings);
    long ending = postings.open(shortOne.campaign().id(), 1, 2, "Công khai bổ sung", shortOne.entries(),
        Instant.now().plus(Duration.ofMillis(1500)));
    Thread.sleep(1600);

    assertThat(send(as("chauo.canbo"), ending, objection(null, "Sau hạn"), address).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void anUnknownPostingOrAProposalNotListedIsRefused() {
    ResponseEntity<String> unknown = send(as("chauo.canbo"), 987_654_321L, objection(null, "Không có danh sách này"),
        address);
    ResponseEntity<String> notListed = send(as("chauo.canbo"), posting.id(), objection(123L, "Đề nghị không công khai"),
        address);

    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(read(unknown).get("message").asText()).isEqualTo("Không tìm thấy danh sách công khai số 987654321");
    assertThat(notListed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(read(notListed).get("errors").get(0).get("field").asText()).isEqualTo("proposalId");
    assertThat(stored()).isZero();
  }

  @Test
  void openingTheSamePostingAgainReturnsTheSamePosting() {
    long again = postings.open(posting.campaign().id(), 1, 1, "Tiêu đề khác", posting.entries(),
        Instant.now().plus(Duration.ofDays(3)));

    assertThat(again).isEqualTo(posting.id());
    assertThat(as("btc.truong").exchange("/api/postings?campaignId={id}", HttpMethod.GET, null, LIST,
        posting.campaign().id()).getBody()).singleElement()
        .satisfies(summary -> assertThat(summary).containsEntry("title", PostingFixtures.TITLE)
            .containsEntry("entryCount", 3).containsEntry("acceptingObjections", true));
  }

  @Test
  void withoutPublicAccessAnonymousVisitorsMustSignIn() throws Exception {
    assertThat(anonymous.getForEntity("/api/public/postings", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // a client that does not follow redirects, to see where the page sends an anonymous visitor
    HttpResponse<String> page = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(baseUrl() + "/congkhai")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(HttpStatus.FOUND.value());
    assertThat(page.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    // refused before anything is read: CSRF (no session token) or sign-in
    assertThat(send(anonymous, posting.id(), objection(null, "Khách vãng lai"), address).getStatusCode())
        .isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
    assertThat(stored()).isZero();
  }

  @Test
  void theSignedInPageIsServedWithAPolicyAgainstForeignScripts() {
    ResponseEntity<String> page = as("chauo.canbo").getForEntity("/congkhai", String.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Công khai danh sách đề nghị khen thưởng");
    assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("script-src 'self'");
  }

  @Test
  void onlyBanToChucAndTheAdministratorReadTheObjections() {
    assertThat(as("chauo.canbo").getForEntity("/api/postings/{id}/objections", String.class, posting.id())
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("admin").getForEntity("/api/postings/{id}/objections", String.class, posting.id()).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(as("btc.truong").getForEntity("/api/postings/{id}/objections", String.class, 987_654_321L)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void onlyJsonIsAccepted() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.TEXT_PLAIN);
    ResponseEntity<String> plain = as("chauo.canbo").postForEntity("/api/public/postings/{id}/objections",
        new HttpEntity<>("{\"content\":\"form giả mạo\"}", headers), String.class, posting.id());

    assertThat(plain.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(stored()).isZero();
  }

  private void work(EngineRest board, long objectionId, Map<String, Object> decision) {
    String taskId = handlingTask(objectionId).getId();
    assertThat(board.claim(taskId).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<String> completed = board.complete(taskId, decision);
    assertThat(completed.getStatusCode()).as("completed: %s", completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private void assertRefused(EngineRest board, long objectionId, Map<String, Object> decision, String message) {
    String taskId = handlingTask(objectionId).getId();
    board.claim(taskId);
    ResponseEntity<String> refused = board.complete(taskId, decision);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(read(refused).get("message").asText()).contains(message);
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).as("the task stays open").isEqualTo(1);
  }

  private Task handlingTask(long objectionId) {
    Task task = taskService.createTaskQuery().processDefinitionKey("objection-handling")
        .processVariableValueEquals("objectionId", objectionId).singleResult();
    assertThat(task).as("task of objection %s", objectionId).isNotNull();
    assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_HandleObjection");
    return task;
  }

  private boolean ended(ProcessInstance instance) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0
        && historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).finished()
        .count() == 1;
  }

  private long stored() {
    return jdbc.queryForObject("select count(*) from posting_objection where posting_id = ?", Long.class, posting.id());
  }

  private long objectionId(ResponseEntity<String> sent) {
    assertThat(sent.getStatusCode()).as("sent: %s", sent.getBody()).isEqualTo(HttpStatus.CREATED);
    return read(sent).get("id").asLong();
  }

  private Map<String, Object> mine(List<Map<String, Object>> listed) {
    return listed.stream().filter(found -> ((Number) found.get("id")).longValue() == posting.id()).findFirst()
        .orElseThrow(() -> new AssertionError("posting " + posting.id() + " not listed: " + listed));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> entries(Map<String, Object> listed) {
    return (List<Map<String, Object>>) listed.get("entries");
  }

  private JsonNode read(ResponseEntity<String> answer) {
    try {
      return json.readTree(answer.getBody());
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + answer.getBody(), e);
    }
  }
}
