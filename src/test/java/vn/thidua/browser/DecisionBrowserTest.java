package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.EngineSteps.at;
import static vn.thidua.support.PhaseSteps.STANDING_COMMITTEE;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignView;
import vn.thidua.support.CampaignFixtures;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.PhaseSteps;
import vn.thidua.support.TasklistBrowser;

/**
 * Issue 5's "done when", in a real browser against the running application: after Châu Ổ's Party proposal
 * was agreed and posted, a member of the Standing Committee votes on the vote page from Tasklist (the other
 * twelve through the API), Thường trực reads the tally and concludes, the Secretary signs the drafted
 * decision, Văn phòng issues it with the next number, the unit finds its award in the reward registry, and
 * Văn phòng records the review conference and finalises the phase report.
 */
class DecisionBrowserTest extends IntegrationTest {

  private static final String BROWSER_VOTER = "btv.hdnd";
  private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @Autowired
  CampaignService campaigns;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  @Autowired
  ManagementService managementService;

  @Autowired
  HistoryService historyService;

  private PhaseSteps steps;
  private CampaignView campaign;
  private long collective;
  private String unitName;
  private LocalDate today;
  private TasklistBrowser person;
  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void chauOsPartyProposalIsPosted_andThePostingHasEnded() {
    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 6, 14), 9, 0));
    campaign = CampaignFixtures.registering(campaigns, runtimeService);
    steps = new PhaseSteps(this::as, runtimeService, managementService, campaign);
    steps.register("chauo.canbo");
    steps.closeRegistration();
    steps.startReview(1);
    long report = steps.reportOf("chauo.canbo", 1);
    long unit = steps.unitIdOf("chauo.canbo", report);
    unitName = (String) ((Map<?, ?>) steps.report("chauo.canbo", report).get("unit")).get("name");
    steps.recordRating(Map.of("year", 2027, "nomineeKind", "COLLECTIVE", "unitCode", "CHAU-O", "rating", "HTXSNV"));
    steps.saveResults("chauo.canbo", report);
    collective = steps.propose("chauo.canbo", report, CampaignFixtures.collectiveProposal(unit));
    steps.submit("chauo.canbo", "chauo.truong", report);
    steps.appraisalIds(1).forEach(appraisal -> steps.appraise(appraisal, Map.of()));
    steps.submitToStandingCommittee();

    // the posting ends by the engine's clock, which the application and its forms follow
    Job postingEnds = managementService.createJobQuery().processInstanceId(steps.phaseReview(1).getId())
        .activityId("Timer_PostingEnds").singleResult();
    assertThat(postingEnds).as("the posting's timer").isNotNull();
    ClockUtil.setCurrentTime(postingEnds.getDuedate());
    today = postingEnds.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    managementService.executeJob(postingEnds.getId());
    steps.runDueJobs();
    assertThat(proposalStatus()).isEqualTo("AGREED");
  }

  @AfterEach
  void closeBrowserAndResetClock() {
    if (person != null) {
      person.close();
    }
    ClockUtil.reset();
  }

  @Test
  @SuppressWarnings("unchecked")
  void aMemberVotes_thuongTrucConcludes_theSecretarySigns_theOfficeIssues_theUnitFindsItsAward_theReportIsFinal()
      throws Exception {
    person = TasklistBrowser.start(baseUrl(), taskService);
    browser = person.driver();
    wait = person.waiting();

    // 1. A member of the Standing Committee votes on the vote page from the task assigned to them
    person.signIn(BROWSER_VOTER);
    Task ballot = awaitTask(tasks("Task_CastBallots").taskAssignee(BROWSER_VOTER));
    long voteId = ((Number) runtimeService.getVariable(ballot.getExecutionId(), "voteId")).longValue();
    person.open(ballot);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("body"), "Biểu quyết đề nghị khen thưởng"));
    person.screenshot("decision-1-ballot-task");
    person.followLink("Mở trang biểu quyết");
    WebElement agree = wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("tr[data-proposal='" + collective + "'] input[type=radio][value=AGREE]")));
    assertThat(browser.findElement(By.cssSelector("tr[data-proposal='" + collective + "']")).getText()).contains(unitName);
    assertThat(browser.findElement(By.cssSelector("tr[data-proposal='" + collective + "'] td:nth-child(6)")).getText())
        .as("nobody sees the count before the vote closes").isEqualTo("Công bố sau khi biểu quyết kết thúc");
    agree.click();
    person.screenshot("decision-2-vote-page");
    person.backTo(ballot, "saveAndBack");
    person.completeUntilDone(ballot);
    assertThat(myChoice(BROWSER_VOTER, voteId)).isEqualTo("AGREE");

    // the other twelve members vote through the API
    STANDING_COMMITTEE.stream().filter(member -> !member.equals(BROWSER_VOTER))
        .forEach(member -> steps.vote(member, Map.of()));

    // 2. Thường trực reads the tally on the conclusion page and confirms it
    person.switchTo("bithu");
    Task conclude = awaitTask(tasks("Task_ConcludeVote"));
    person.openAndClaim(conclude);
    person.followLink("Mở trang kết luận");
    WebElement tally = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("tr[data-proposal='" + collective + "'] td:nth-child(6)")));
    assertThat(tally.getText()).startsWith("13 đồng ý · 0 không đồng ý · 0 không biểu quyết / 13 thành viên")
        .endsWith("Được thông qua");
    assertThat(browser.findElement(By.cssSelector("tr[data-proposal='" + collective + "'] .send-back")).isSelected())
        .isFalse();
    person.screenshot("decision-3-tally");
    person.backTo(conclude, "saveAndBack");
    person.choose("Tôi xác nhận kết luận xét duyệt");
    person.screenshot("decision-4-conclude-task");
    person.completeUntilDone(conclude);
    assertThat(proposalStatus()).isEqualTo("APPROVED");

    // 3. The draft decision is generated; the Secretary reads it and signs
    steps.runDueJobs();
    String decisionProcess = steps.processOf("reward-decision", "authority", "PARTY_COMMITTEE");
    long decisionId = ((Number) runtimeService.getVariable(decisionProcess, "decisionId")).longValue();
    Task sign = awaitTask(tasks("Task_SignDecision").processInstanceId(decisionProcess));
    person.openAndClaim(sign);
    person.followLink("Mở trang quyết định");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("title"), "Chờ ký"));
    assertThat(browser.findElement(By.id("items")).getText()).contains(unitName);
    assertThat(browser.findElement(By.id("registry")).isDisplayed()).as("nothing is in the registry yet").isFalse();
    person.screenshot("decision-5-draft");
    person.backTo(sign, "back");
    person.choose("Ký quyết định");
    person.screenshot("decision-6-sign-task");
    person.completeUntilDone(sign);
    assertThat(steps.get("btc.truong", "/api/decisions/" + decisionId)).containsEntry("signerName", "Lê Minh Khang");

    // 4. Văn phòng issues it with the next number of its book, dated today
    person.switchTo("vp.canbo");
    Task issue = awaitTask(tasks("Task_IssueDecision").processInstanceId(decisionProcess));
    person.openAndClaim(issue);
    person.choose("Lấy số tự động khi ban hành");
    WebElement issueDate = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("input[id*='Field_issue_decision_8']")));
    wait.until(page -> !issueDate.getDomProperty("value").isEmpty());
    person.screenshot("decision-7-issue-task");
    person.completeUntilDone(issue);
    steps.runDueJobs();
    Map<String, Object> issued = steps.get("chauo.canbo", "/api/decisions/" + decisionId);
    assertThat(issued).containsEntry("status", "ISSUED").containsEntry("issuedOn", today.toString());
    String number = (String) issued.get("decisionNumber");
    assertThat(number).endsWith("-QĐ/HU");
    assertThat(proposalStatus()).isEqualTo("DECIDED");

    // 5. The unit finds its award in the registry, by the decision's number, and from the decision's page
    person.switchTo("chauo.canbo");
    browser.get(baseUrl() + "/app/registry.html");
    wait.until(page -> !page.findElements(By.cssSelector("#awards tr")).isEmpty());
    assertThat(new Select(browser.findElement(By.id("unitCode"))).getOptions()).extracting(WebElement::getText)
        .as("a unit is offered its own units only").containsExactly("Mọi đơn vị của tôi", unitName);
    new Select(browser.findElement(By.id("unitCode"))).selectByValue("CHAU-O");
    browser.findElement(By.id("text")).sendKeys(number);
    wait.until(page -> page.getCurrentUrl().contains("unitCode=CHAU-O") && rows().size() == 1
        && rows().get(0).getDomAttribute("data-award") != null);
    Map<String, Object> award = steps.list("chauo.canbo", "/api/rewards?unitCode=CHAU-O&form="
        + CampaignFixtures.COLLECTIVE_PARTY_FORM).stream().filter(entry -> number.equals(entry.get("decisionNumber")))
        .findFirst().orElseThrow();
    assertAwardShown(rows().get(0), award, number);
    person.screenshot("decision-8-registry");

    browser.findElement(By.id("text")).clear();
    browser.findElement(By.id("text")).sendKeys("khong co ai ten nay");
    wait.until(ExpectedConditions.textToBe(By.cssSelector("#awards tr.empty"),
        "Không có khen thưởng nào phù hợp với điều kiện tìm."));

    browser.get(baseUrl() + "/app/decision.html?id=" + decisionId);
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Xem trong sổ khen thưởng"))).click();
    wait.until(page -> page.getCurrentUrl().contains("/app/registry.html") && rows().size() == 1
        && rows().get(0).getDomAttribute("data-award") != null);
    assertThat(browser.findElement(By.id("text")).getDomProperty("value")).isEqualTo(number);
    assertAwardShown(rows().get(0), award, number);

    // 6. Văn phòng records the review conference and finalises the phase report
    person.switchTo("vp.canbo");
    Task conference = awaitTask(tasks("Task_OrganiseReviewConference"));
    person.openAndClaim(conference);
    fill(Map.of(
        "Field_organise_review_conference_3", "85",
        "Field_organise_review_conference_4", "Hội trường Huyện ủy Bình Sơn",
        "Field_organise_review_conference_5", "Lê Minh Khang – Bí thư Huyện ủy",
        "Field_organise_review_conference_6", "Ban Thường vụ, lãnh đạo các chi, đảng bộ trực thuộc",
        "Field_organise_review_conference_7", "Trao Giấy khen của Ban Thường vụ Huyện ủy số " + number),
        "Field_organise_review_conference_2", today);
    person.screenshot("decision-9-conference-task");
    person.completeUntilDone(conference);
    steps.runDueJobs();

    Task finalise = awaitTask(tasks("Task_FinalisePhaseReport"));
    person.openAndClaim(finalise);
    fill(Map.of("Field_finalise_phase_report_4", "Phong trào được các đơn vị hưởng ứng sôi nổi, thiết thực.",
        "Field_finalise_phase_report_5", "Cấp ủy trực tiếp lãnh đạo, kiểm tra thường xuyên."), null, null);
    person.screenshot("decision-10-finalise-task");
    person.completeUntilDone(finalise);
    steps.runDueJobs();

    Map<String, Object> summary = steps.get("vp.canbo", "/api/campaigns/" + campaign.id() + "/phases/1/summary");
    assertThat(summary).containsEntry("status", "FINAL")
        .containsEntry("assessment", "Phong trào được các đơn vị hưởng ứng sôi nổi, thiết thực.");
    assertThat((Map<String, Object>) summary.get("conference")).containsEntry("date", today.toString())
        .containsEntry("participantCount", 85).containsEntry("place", "Hội trường Huyện ủy Bình Sơn");
    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(finalise.getId()).singleResult().getAssignee())
        .isEqualTo("vp.canbo");
  }

  // --- browser steps

  private List<WebElement> rows() {
    return browser.findElements(By.cssSelector("#awards tr"));
  }

  private void assertAwardShown(WebElement row, Map<String, Object> award, String number) {
    assertThat(row.findElement(By.cssSelector(".nominee")).getText()).startsWith(unitName);
    assertThat(row.findElement(By.cssSelector(".unit")).getText()).isEqualTo(unitName);
    assertThat(row.findElement(By.cssSelector(".form")).getText()).startsWith((String) award.get("rewardFormName"));
    assertThat(row.findElement(By.cssSelector(".decision")).getText())
        .isEqualTo("Số " + number + " ngày " + today.format(VIETNAMESE_DATE));
    assertThat(row.findElement(By.cssSelector(".decided-by")).getText()).isEqualTo(award.get("decidedBy"));
    assertThat(row.findElement(By.cssSelector(".money")).getText())
        .isEqualTo(NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN"))
            .format(((Number) award.get("money")).longValue()));
    assertThat(row.findElement(By.cssSelector(".source")).getText()).isEqualTo(award.get("sourceLabel"));
    assertThat(row.findElement(By.cssSelector(".status")).getText()).isEqualTo("Đang có hiệu lực");
  }

  /**
   * Fills a form-js form: text fields by id, and a date field if given. Tasklist re-renders the form while
   * it settles (after the claim, after a date is picked) and a re-render can empty a field already typed, so
   * the fields are checked again until two passes in a row find every one holding its value.
   */
  private void fill(Map<String, String> texts, String dateField, LocalDate date) {
    int[] cleanPasses = {0};
    wait.until(page -> {
      boolean settled = true;
      if (dateField != null) {
        WebElement input = page.findElement(By.cssSelector("input[id*='" + dateField + "']"));
        // the picker's pattern follows the page's locale (mm/dd/yyyy or dd/mm/yyyy) and drops leading zeros
        DateTimeFormatter pattern = DateTimeFormatter.ofPattern(input.getDomAttribute("placeholder")
            .replace("dd", "d").replace("mm", "M"));
        if (!date.equals(parsed(input.getDomProperty("value"), pattern))) {
          input.clear();
          input.sendKeys(date.format(pattern), Keys.ENTER);
          settled = false;
        }
      }
      for (Map.Entry<String, String> text : texts.entrySet()) {
        WebElement input = page.findElement(By.cssSelector("input[id$='" + text.getKey() + "'], textarea[id$='"
            + text.getKey() + "']"));
        if (!text.getValue().equals(input.getDomProperty("value"))) {
          input.clear();
          input.sendKeys(text.getValue());
          settled = false;
        }
      }
      cleanPasses[0] = settled ? cleanPasses[0] + 1 : 0;
      return cleanPasses[0] >= 2;
    });
  }

  private static LocalDate parsed(String value, DateTimeFormatter pattern) {
    try {
      return LocalDate.parse(value, pattern);
    } catch (DateTimeParseException notYet) {
      return null;
    }
  }

  // --- the engine and the API

  private TaskQuery tasks(String activityId) {
    return taskService.createTaskQuery().processInstanceBusinessKey(campaign.planNumber())
        .taskDefinitionKey(activityId);
  }

  private Task awaitTask(TaskQuery query) {
    return wait.until(page -> query.singleResult());
  }

  private String proposalStatus() {
    return (String) steps.get("btc.truong", "/api/proposals/" + collective).get("status");
  }

  @SuppressWarnings("unchecked")
  private String myChoice(String member, long voteId) {
    return (String) ((List<Map<String, Object>>) steps.get(member, "/api/votes/" + voteId).get("items")).get(0)
        .get("myChoice");
  }
}
