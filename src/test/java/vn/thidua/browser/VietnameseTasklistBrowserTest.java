package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.campaign.CampaignService;
import vn.thidua.support.DemoUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.LaunchFixtures;
import vn.thidua.support.TasklistBrowser;

/**
 * Tasklist speaks the browser's language: an officer whose browser is Vietnamese claims and completes a task with
 * Vietnamese buttons and never sees Camunda's "migrate to Camunda 8" banner; an English browser gets English.
 * Each test launches its own campaign, so that the demo campaign's tasks stay for the other browser tests.
 */
class VietnameseTasklistBrowserTest extends IntegrationTest {

  @Autowired
  TaskService taskService;

  @Autowired
  CampaignService campaigns;

  private TasklistBrowser browser;

  private static final Map<String, String> BUDGET = budget();

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void officerWithAVietnameseBrowserClaimsAndCompletesATaskInVietnamese() throws Exception {
    Task budget = budgetTaskOfANewCampaign();
    browser = TasklistBrowser.start(baseUrl(), taskService, "vi");

    browser.signIn(DemoUsers.OFFICE);
    browser.open(budget);
    WebElement claim = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim")));
    browser.waiting().until(page -> "Nhận xử lý".equals(claim.getText().strip()));
    assertThat(visibleText()).contains("Sơ đồ", "Lịch sử", "Biểu mẫu").doesNotContainIgnoringCase("migrate");
    assertThat(bannerShown()).isFalse();
    browser.screenshot("vi-tasklist-task");

    claim.click();
    browser.waiting().until(page ->
        DemoUsers.OFFICE.equals(taskService.createTaskQuery().taskId(budget.getId()).singleResult().getAssignee()));
    fillBudgetEstimate();
    WebElement complete = browser.waiting().until(
        ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']")));
    assertThat(complete.getText().strip()).isEqualTo("Hoàn thành");
    browser.screenshot("vi-tasklist-form");
    completePatiently(budget);
    browser.screenshot("vi-tasklist-completed");

    browser.switchTo(DemoUsers.ADMIN);
    openCockpitDashboard("vi-cockpit-dashboard");
    assertThat(visibleText()).doesNotContainIgnoringCase("migrate");
    assertThat(bannerShown()).isFalse();
  }

  @Test
  void officerWithAnEnglishBrowserSeesEnglishLabels() throws Exception {
    Task budget = budgetTaskOfANewCampaign();
    browser = TasklistBrowser.start(baseUrl(), taskService, "en");

    browser.signIn(DemoUsers.OFFICE);
    browser.open(budget);
    WebElement claim = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim")));
    browser.waiting().until(page -> "Claim".equals(claim.getText().strip()));
    assertThat(visibleText()).contains("Diagram", "History").doesNotContain("Nhận xử lý")
        .doesNotContainIgnoringCase("migrate");
    assertThat(bannerShown()).isFalse();
    browser.screenshot("en-tasklist-task");

    browser.switchTo(DemoUsers.ADMIN);
    openCockpitDashboard("en-cockpit-dashboard");
    assertThat(visibleText()).contains("Processes").doesNotContainIgnoringCase("migrate");
    assertThat(bannerShown()).isFalse();
  }

  private static Map<String, String> budget() {
    Map<String, String> budget = new LinkedHashMap<>();
    budget.put("Field_budget_estimate_4", "Thuê hội trường, âm thanh, ánh sáng");
    budget.put("Field_budget_estimate_5", "12000000");
    budget.put("Field_budget_estimate_6", "Pano, khẩu hiệu");
    budget.put("Field_budget_estimate_7", "3500000");
    return budget;
  }

  private Task budgetTaskOfANewCampaign() {
    String planNumber = LaunchFixtures.uniquePlanNumber();
    campaigns.create(LaunchFixtures.plan(planNumber), "btc.truong");
    return taskService.createTaskQuery().processInstanceBusinessKey(planNumber)
        .taskDefinitionKey("Task_PrepareBudgetEstimate").singleResult();
  }

  private void fillBudgetEstimate() {
    BUDGET.forEach(this::type);
  }

  private void retypeBudgetEstimate() {
    BUDGET.forEach((field, text) -> {
      WebElement element = browser.driver().findElement(By.cssSelector("input[id$='" + field + "']"));
      element.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      element.sendKeys(text);
    });
  }

  /** Types into a form-js field until it holds the text: a field re-rendered while typing loses keys. */
  private void type(String field, String text) {
    By input = By.cssSelector("input[id$='" + field + "']");
    browser.waiting().until(driver -> {
      WebElement element = driver.findElement(input);
      if (!text.equals(element.getAttribute("value"))) {
        element.clear();
        element.sendKeys(text);
      }
      return text.equals(driver.findElement(input).getAttribute("value"));
    });
  }

  /**
   * On a loaded machine a click can land while Tasklist still validates the form, or on a notification (the claim's)
   * lying over the button, or after a re-render emptied a field: fill what was lost and click the button itself
   * again until the task is done.
   */
  private void completePatiently(Task task) throws Exception {
    try {
      // the form may hold less than its fields show (Tasklist re-renders it once the claim is through), so
      // every field is typed afresh before each click
      browser.completeUntilDone(task, this::retypeBudgetEstimate, Duration.ofSeconds(180));
    } catch (org.openqa.selenium.TimeoutException notCompleted) {
      browser.screenshot("vi-tasklist-not-completed");
      throw notCompleted;
    }
  }

  /** Cockpit loads its plugins first; on a loaded machine its splash can hang once, and a reload gets past it. */
  private void openCockpitDashboard(String screenshot) throws Exception {
    By header = By.cssSelector(".navbar-brand");
    browser.driver().get(baseUrl() + "/camunda/app/cockpit/default/#/dashboard");
    try {
      try {
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(header));
      } catch (org.openqa.selenium.TimeoutException splashHung) {
        browser.driver().navigate().refresh();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(header));
      }
    } finally {
      browser.screenshot(screenshot);
    }
  }

  private String visibleText() {
    return browser.driver().findElement(By.tagName("body")).getText();
  }

  /** Camunda renders the end-of-life banner in every app's header; our user-styles.css hides it. */
  private boolean bannerShown() {
    List<WebElement> banners = browser.driver().findElements(By.cssSelector(".ce-eol-banner"));
    return banners.stream().anyMatch(WebElement::isDisplayed);
  }
}
