package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.EngineSteps.at;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignView;
import vn.thidua.support.CampaignFixtures;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TasklistBrowser;

/**
 * The list pattern in a real browser: from the Tasklist task, the officer opens the unit's page,
 * enters two targets, comes back and completes the registration; later enters results and two
 * proposals with their files the same way, completes, and the unit's head confirms in Tasklist.
 */
class ListPatternBrowserTest extends IntegrationTest {


  @Autowired
  CampaignService campaigns;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  private TasklistBrowser person;
  private ChromeDriver browser;
  private WebDriverWait wait;

  @AfterEach
  void closeBrowser() {
    if (person != null) {
      person.close();
    }
  }

  @Test
  void anOfficerEntersTargetsAndProposalsWithFilesAndCompletesBothTasks_theHeadConfirms() throws Exception {
    CampaignView campaign = CampaignFixtures.registering(campaigns, runtimeService);
    person = TasklistBrowser.start(baseUrl(), taskService);
    browser = person.driver();
    wait = person.waiting();
    person.signIn("chauo.canbo");

    Task register = task(campaign, "Task_RegisterPledge");
    person.openAndClaim(register);
    person.screenshot("list-pattern-1-register-task");
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Mở trang nhập bản đăng ký"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("responsePlanSummary")))
        .sendKeys("Đảng bộ thị trấn xây dựng kế hoạch hưởng ứng phong trào");
    browser.findElement(By.id("responseMeasures")).sendKeys("Phân công cấp ủy viên phụ trách từng chỉ tiêu");
    fillTarget(0, "Kết nạp 5 đảng viên mới", "5", "đảng viên");
    browser.findElement(By.id("addTarget")).click();
    fillTarget(1, "100% chi bộ đạt trong sạch vững mạnh", "8", "chi bộ");
    browser.findElement(By.cssSelector("#titles input[value='" + CampaignFixtures.CELL_TITLE + "']")).click();
    browser.findElement(By.id("signerName")).sendKeys("Nguyễn Văn An – Bí thư Đảng ủy");
    browser.executeScript("document.getElementById('signedOn').value = '2027-01-20'");
    person.screenshot("list-pattern-2-pledge-page");
    browser.findElement(By.id("saveAndBack")).click();

    wait.until(driver -> driver.getCurrentUrl().contains("/camunda/app/tasklist/"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("body"), "100% chi bộ đạt trong sạch vững mạnh"));
    person.screenshot("list-pattern-3-register-task-reviewed");
    person.completeUntilDone(register);
    wait.until(driver -> taskService.createTaskQuery().processInstanceBusinessKey(campaign.planNumber())
        .taskDefinitionKey("Task_ReviewPledge").count() == 1);
    taskService.complete(task(campaign, "Task_ReviewPledge").getId(), Map.of("pledgeDecision", "ACCEPT"));
    assertThat(as("btc.truong").postForEntity("/api/campaigns/" + campaign.id() + "/pledge-registration/close", null,
        String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 1, 12)));  // the first phase has begun
    assertThat(as("btc.truong").postForEntity("/api/campaigns/" + campaign.id() + "/phases/1/start-review", null,
        String.class).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

    Task submit = task(campaign, "Task_SubmitResults");
    person.openAndClaim(submit);
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText("Mở trang nhập báo cáo"))).click();
    List<WebElement> achieved = wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".result-achieved"), 2));
    achieved.get(0).sendKeys("6");
    achieved.get(1).sendKeys("8");
    List<WebElement> assessments = browser.findElements(By.cssSelector(".result-assessment"));
    new Select(assessments.get(0)).selectByValue("EXCEEDED");
    new Select(assessments.get(1)).selectByValue("MET");
    browser.findElement(By.id("narrative")).sendKeys("Đảng bộ hoàn thành vượt mức các chỉ tiêu đã đăng ký");
    browser.findElement(By.id("saveResults")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Đã lưu kết quả"));

    addProposal("COLLECTIVE", CampaignFixtures.COLLECTIVE_PARTY_FORM, "Dẫn đầu phong trào thi đua của huyện");
    addProposal("INDIVIDUAL", CampaignFixtures.MEMBER_PARTY_FORM, "5 năm liền hoàn thành xuất sắc nhiệm vụ");
    for (int proposal = 0; proposal < 2; proposal++) {
      for (String kind : CampaignFixtures.PARTY_DOSSIER) {
        person.uploadFile(proposal, kind, kind + " " + proposal);
      }
    }
    assertThat(browser.findElements(By.cssSelector(".document-link"))).hasSize(6);
    assertThat(browser.findElements(By.cssSelector(".missing"))).isEmpty();
    person.screenshot("list-pattern-4-report-page");
    browser.findElement(By.id("backButton")).click();

    wait.until(driver -> driver.getCurrentUrl().contains("/camunda/app/tasklist/"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("body"), "Đủ hồ sơ (3 tệp)"));
    person.screenshot("list-pattern-5-results-task-reviewed");
    person.completeUntilDone(submit);
    wait.until(driver -> taskService.createTaskQuery().processInstanceBusinessKey(campaign.planNumber())
        .taskDefinitionKey("Task_ConfirmResults").count() == 1);

    person.switchTo("chauo.truong");
    Task confirm = task(campaign, "Task_ConfirmResults");
    person.open(confirm);
    person.screenshot("list-pattern-6-head-task");
    person.choose("Xác nhận và gửi Ban Tổ chức");
    person.screenshot("list-pattern-7-head-confirms");
    person.completeUntilDone(confirm);

    Map<String, Object> report = as("btc.truong").exchange("/api/reports?campaignId=" + campaign.id() + "&phase=1",
        HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody().stream()
        .filter(found -> "CHAU-O".equals(((Map<?, ?>) found.get("unit")).get("code"))).findFirst().orElseThrow();
    assertThat(report.get("status")).isEqualTo("SUBMITTED");
    List<Map<String, Object>> proposals = (List<Map<String, Object>>) report.get("proposals");
    assertThat(proposals).extracting(proposal -> proposal.get("rewardFormCode"))
        .containsExactly(CampaignFixtures.COLLECTIVE_PARTY_FORM, CampaignFixtures.MEMBER_PARTY_FORM);
    assertThat(proposals).allSatisfy(proposal -> assertThat((List<?>) proposal.get("documents")).hasSize(3));
  }




  private void fillTarget(int row, String target, String quantity, String unit) {
    WebElement line = wait.until(driver -> driver.findElements(By.cssSelector("#targets tr")).size() > row
        ? driver.findElements(By.cssSelector("#targets tr")).get(row) : null);
    new Select(line.findElement(By.cssSelector(".target-area"))).selectByValue(CampaignFixtures.CONTENT_AREA);
    line.findElement(By.cssSelector(".target-text")).sendKeys(target);
    line.findElement(By.cssSelector(".target-quantity")).sendKeys(quantity);
    line.findElement(By.cssSelector(".target-unit")).sendKeys(unit);
  }

  private void addProposal(String nomineeKind, String form, String achievements) {
    int before = browser.findElements(By.cssSelector(".proposal")).size();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("newProposal"))).click();
    browser.findElement(By.cssSelector("input[name=nomineeKind][value='" + nomineeKind + "']")).click();
    WebElement nominee = wait.until(driver -> {
      WebElement select = driver.findElement(By.id("nominee"));
      return select.findElements(By.tagName("option")).size() > 1 ? select : null;
    });
    new Select(nominee).selectByIndex(1);
    new Select(browser.findElement(By.id("track"))).selectByValue("PARTY");
    WebElement rewardForm = wait.until(driver -> {
      WebElement select = driver.findElement(By.id("rewardForm"));
      return select.findElements(By.cssSelector("option[value='" + form + "']")).isEmpty() ? null : select;
    });
    new Select(rewardForm).selectByValue(form);
    new Select(browser.findElement(By.id("declaredRating"))).selectByValue("HTXSNV");
    browser.findElement(By.id("achievements")).sendKeys(achievements);
    browser.findElement(By.id("saveProposal")).click();
    wait.until(driver -> driver.findElements(By.cssSelector(".proposal")).size() == before + 1);
  }


  private Task task(CampaignView campaign, String activityId) {
    return taskService.createTaskQuery().processInstanceBusinessKey(campaign.planNumber())
        .taskDefinitionKey(activityId).processVariableValueEquals("unitGroup", "don-vi-chau-o").singleResult();
  }

}
