package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.CampaignFixtures.pdf;
import static vn.thidua.support.CampaignFixtures.pledge;
import static vn.thidua.support.CampaignFixtures.results;
import static vn.thidua.support.CampaignFixtures.upload;
import static vn.thidua.support.EngineSteps.at;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignView;
import vn.thidua.support.CampaignFixtures;
import vn.thidua.support.EngineSteps;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TasklistBrowser;

/**
 * The appraisal in a real browser, as the people do it in Tasklist: Ủy ban Kiểm tra verifies
 * Châu Ổ's nominees, Ban Tổ chức appraises the Party dossier and asks for a supplement to one
 * proposal, the unit uploads the missing file and says so, Ban Tổ chức agrees to both and submits
 * the list to Ban Thường vụ, which puts the campaign into public posting.
 */
class AppraisalBrowserTest extends IntegrationTest {

  private static final String SUPPLEMENT_NOTE = "Bổ sung biên bản họp xét có chữ ký của chủ trì";
  private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
  };
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
  };

  @Autowired
  CampaignService campaigns;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  @Autowired
  ManagementService managementService;

  private EngineSteps engine;
  private CampaignView campaign;
  private long report;
  private TasklistBrowser person;
  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void chauOHasSubmittedTwoPartyProposals() {
    engine = new EngineSteps(taskService, managementService);
    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 6, 14), 9, 0));
    campaign = CampaignFixtures.registering(campaigns, runtimeService);
    register("chauo.canbo");
    assertStatus(as("btc.truong").postForEntity("/api/campaigns/" + campaign.id() + "/pledge-registration/close", null,
        String.class), HttpStatus.NO_CONTENT);
    assertStatus(as("btc.truong").postForEntity("/api/campaigns/" + campaign.id() + "/phases/1/start-review", null,
        String.class), HttpStatus.ACCEPTED);

    report = ((Number) as("chauo.canbo").exchange("/api/reports?campaignId=" + campaign.id() + "&phase=1",
        HttpMethod.GET, null, LIST).getBody().get(0).get("id")).longValue();
    Map<String, Object> draft = get("chauo.canbo", "/api/reports/" + report);
    long unit = ((Number) ((Map<?, ?>) draft.get("unit")).get("id")).longValue();
    long member = ((Number) ((List<Map<String, Object>>) ((Map<?, ?>) draft.get("nominees")).get("members")).get(0)
        .get("id")).longValue();
    recordRating(Map.of("year", 2027, "nomineeKind", "COLLECTIVE", "unitCode", "CHAU-O", "rating", "HTXSNV"));
    for (int year = 2023; year <= 2027; year++) {
      recordRating(Map.of("year", year, "nomineeKind", "INDIVIDUAL", "memberId", member, "rating", "HTXSNV"));
    }
    assertStatus(as("chauo.canbo").exchange("/api/reports/" + report, HttpMethod.PUT,
        new HttpEntity<>(results((Integer) draft.get("version"), 2)), String.class), HttpStatus.OK);
    propose(CampaignFixtures.collectiveProposal(unit));
    propose(CampaignFixtures.memberProposal(member));
    ProcessInstance submission = runtimeService.createProcessInstanceQuery().processDefinitionKey("results-submission")
        .processInstanceBusinessKey(campaign.planNumber()).variableValueEquals("unitGroup", "don-vi-chau-o")
        .singleResult();
    engine.complete(submission, "Task_SubmitResults", Map.of());
    engine.complete(submission, "Task_ConfirmResults", Map.of("confirmationDecision", "CONFIRM"));
  }

  @AfterEach
  void closeBrowserAndResetClock() {
    if (person != null) {
      person.close();
    }
    ClockUtil.reset();
  }

  @Test
  void nomineesVerified_dossierAppraised_oneProposalSupplemented_thenBothAgreedAndTheListSubmitted() throws Exception {
    ProcessInstance party = appraisal();
    long appraisalId = ((Number) runtimeService.getVariable(party.getId(), "appraisalId")).longValue();
    person = TasklistBrowser.start(baseUrl(), taskService);
    browser = person.driver();
    wait = person.waiting();

    // 1. Ủy ban Kiểm tra: nobody is under discipline, investigation or complaint
    person.signIn("ubkt.canbo");
    Task verify = engine.task(party, "Task_VerifyNominees");
    person.openAndClaim(verify);
    person.followLink("Mở trang xác minh");
    List<WebElement> disciplines = wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".discipline"), 2));
    for (int row = 0; row < 2; row++) {
      new Select(disciplines.get(row)).selectByValue("false");
      new Select(browser.findElements(By.cssSelector(".investigation")).get(row)).selectByValue("false");
      new Select(browser.findElements(By.cssSelector(".complaint")).get(row)).selectByValue("false");
    }
    browser.findElements(By.cssSelector(".inspection-note")).get(0).sendKeys("Không có đơn thư đến ngày 14/06/2027");
    person.screenshot("appraisal-1-verify-page");
    person.backTo(verify, "saveAndBack");
    person.completeUntilDone(verify);
    assertThat(items(appraisalId)).allSatisfy(item -> assertThat(item)
        .containsEntry("disciplinePending", false).containsEntry("investigationPending", false)
        .containsEntry("complaintPending", false));
    assertThat(items(appraisalId).get(0)).containsEntry("inspectionNote", "Không có đơn thư đến ngày 14/06/2027");

    // 2. Ban Tổ chức sees the rules' result and asks for a supplement to the first proposal
    person.switchTo("btc.canbo");
    Task appraise = awaitTask(party, "Task_AppraiseDossier");
    person.openAndClaim(appraise);
    person.followLink("Mở trang thẩm định");
    List<WebElement> conclusions = wait.until(driver -> {
      List<WebElement> found = driver.findElements(By.cssSelector(".conclusion"));
      return found.size() == 2 && found.get(0).isEnabled() ? found : null;
    });
    List<Map<String, Object>> appraised = items(appraisalId);
    List<WebElement> rows = browser.findElements(By.cssSelector("#items tr"));
    for (int row = 0; row < 2; row++) {
      Map<String, Object> item = appraised.get(row);
      assertThat(item.get("eligible")).isNotNull();
      assertThat(rows.get(row).findElement(By.cssSelector("td:nth-child(6)")).getText())
          .isEqualTo((Boolean.TRUE.equals(item.get("eligible")) ? "Đủ điều kiện" : "Chưa đủ điều kiện") + ": "
              + item.get("eligibilityReason"));
    }
    new Select(conclusions.get(0)).selectByValue("SUPPLEMENT");
    browser.findElements(By.cssSelector(".conclusion-note")).get(0).sendKeys(SUPPLEMENT_NOTE);
    new Select(conclusions.get(1)).selectByValue("AGREE");
    person.screenshot("appraisal-2-appraise-page");
    person.backTo(appraise, "saveAndBack");
    person.completeUntilDone(appraise);
    assertThat(items(appraisalId)).extracting(item -> item.get("conclusion")).containsExactly("SUPPLEMENT", "AGREE");
    assertThat(proposalStatuses()).containsExactly("SUPPLEMENT_REQUESTED", "IN_APPRAISAL");

    // 3. The unit uploads what was asked for and says it has supplemented the dossier
    person.switchTo("chauo.canbo");
    Task supplement = awaitTask(party, "Task_SupplementDossier");
    person.openAndClaim(supplement);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("body"), SUPPLEMENT_NOTE));
    person.screenshot("appraisal-3-supplement-task");
    person.followLink("Mở trang báo cáo và hồ sơ");
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".proposal"), 2));
    assertThat(browser.findElements(By.cssSelector(".proposal")).get(1).findElements(By.cssSelector("button.upload")))
        .as("only the proposal asked for a supplement is open to the unit").isEmpty();
    person.uploadFile(0, "BIEN_BAN_HOP_XET", "Biên bản họp xét có chữ ký");
    person.screenshot("appraisal-4-supplement-uploaded");
    // the report page leads back to the supplement task itself
    person.backTo(supplement, "backButton");
    person.choose("Đơn vị đã bổ sung hồ sơ theo yêu cầu");
    person.screenshot("appraisal-5-supplement-done");
    person.completeUntilDone(supplement);
    Map<String, Object> first = proposals().get(0);
    assertThat((List<Map<String, Object>>) first.get("documents"))
        .extracting(document -> document.get("kind")).filteredOn("BIEN_BAN_HOP_XET"::equals).hasSize(2);

    // 4. Ban Tổ chức agrees to both and submits the list to Ban Thường vụ
    person.switchTo("btc.canbo");
    Task again = awaitTask(party, "Task_AppraiseDossier");
    person.openAndClaim(again);
    person.followLink("Mở trang thẩm định");
    List<WebElement> secondRound = wait.until(driver -> {
      List<WebElement> found = driver.findElements(By.cssSelector(".conclusion"));
      return found.size() == 2 && found.get(0).isEnabled() ? found : null;
    });
    assertThat(new Select(secondRound.get(1)).getFirstSelectedOption().getAttribute("value"))
        .as("the proposal already agreed keeps its conclusion").isEqualTo("AGREE");
    new Select(secondRound.get(0)).selectByValue("AGREE");
    new Select(secondRound.get(1)).selectByValue("AGREE");
    person.screenshot("appraisal-6-appraise-again");
    person.backTo(again, "saveAndBack");
    person.completeUntilDone(again);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(party.getId()).count()).isZero();
    assertThat(proposalStatuses()).containsExactly("AGREED", "AGREED");

    ProcessInstance review = runtimeService.createProcessInstanceQuery().processDefinitionKey("phase-review")
        .processInstanceBusinessKey(campaign.planNumber()).singleResult();
    Task prepare = awaitTask(review, "Task_PrepareSubmission");
    person.openAndClaim(prepare);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("body"), "Tổng cộng: 2 đề nghị"));
    person.choose("Tôi đã kiểm tra tờ trình");
    person.screenshot("appraisal-7-prepare-submission");
    person.completeUntilDone(prepare);

    assertThat(proposalStatuses()).containsExactly("AGREED", "AGREED");
    assertThat(campaigns.get(campaign.id()).statusLabel()).isEqualTo("Đang công khai danh sách đề nghị khen thưởng – Đợt 1");
  }

  // --- browser steps










  private Task awaitTask(ProcessInstance instance, String activityId) {
    return wait.until(driver -> engine.task(instance, activityId));
  }


  // --- set-up and checks through the API and the engine

  private void register(String officer) {
    long pledge = ((Number) as(officer).exchange("/api/pledges?campaignId=" + campaign.id(), HttpMethod.GET, null, LIST)
        .getBody().get(0).get("id")).longValue();
    assertStatus(as(officer).exchange("/api/pledges/" + pledge, HttpMethod.PUT,
        new HttpEntity<>(pledge(0, "Kết nạp đảng viên mới", "Chi bộ đạt trong sạch vững mạnh")), String.class), HttpStatus.OK);
    ProcessInstance registration = runtimeService.createProcessInstanceQuery().variableValueEquals("pledgeId", pledge)
        .singleResult();
    engine.complete(registration, "Task_RegisterPledge", Map.of());
    engine.complete(registration, "Task_ReviewPledge", Map.of("pledgeDecision", "ACCEPT"));
  }

  private void recordRating(Map<String, Object> rating) {
    // the shared database may already hold it from another test
    assertThat(as("btc.truong").postForEntity("/api/ratings", rating, String.class).getStatusCode().value())
        .isIn(HttpStatus.CREATED.value(), HttpStatus.CONFLICT.value());
  }

  private void propose(Map<String, Object> body) {
    ResponseEntity<Map<String, Object>> created = as("chauo.canbo").exchange("/api/reports/" + report + "/proposals",
        HttpMethod.POST, new HttpEntity<>(body), OBJECT);
    assertStatus(created, HttpStatus.CREATED);
    for (Map<String, Object> required : (List<Map<String, Object>>) created.getBody().get("requiredDocuments")) {
      String kind = (String) required.get("kind");
      assertStatus(as("chauo.canbo").postForEntity("/api/proposals/" + created.getBody().get("id") + "/documents",
          upload(kind, kind.toLowerCase() + ".pdf", pdf(kind)), String.class), HttpStatus.CREATED);
    }
  }

  private ProcessInstance appraisal() {
    List<ProcessInstance> appraisals = runtimeService.createProcessInstanceQuery().processDefinitionKey("appraisal")
        .processInstanceBusinessKey(campaign.planNumber()).list();
    assertThat(appraisals).hasSize(1);
    assertThat(runtimeService.getVariable(appraisals.get(0).getId(), "track")).isEqualTo("PARTY");
    return appraisals.get(0);
  }

  private List<Map<String, Object>> items(long appraisalId) {
    return (List<Map<String, Object>>) get("btc.truong", "/api/appraisals/" + appraisalId).get("items");
  }

  private List<Map<String, Object>> proposals() {
    return (List<Map<String, Object>>) get("btc.truong", "/api/reports/" + report).get("proposals");
  }

  private List<String> proposalStatuses() {
    return proposals().stream().map(proposal -> (String) proposal.get("status")).toList();
  }

  private Map<String, Object> get(String user, String path) {
    return as(user).exchange(path, HttpMethod.GET, null, OBJECT).getBody();
  }

  private static void assertStatus(ResponseEntity<?> answer, HttpStatus status) {
    assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(status);
  }
}
