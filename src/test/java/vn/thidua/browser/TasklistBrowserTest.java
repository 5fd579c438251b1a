package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.support.Chromium;
import vn.thidua.support.DemoUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TasklistBrowser;

/** An officer of Văn phòng signs in once, opens the budget task of the launch in Tasklist and completes its form. */
class TasklistBrowserTest extends IntegrationTest {

  private static final String DEMO_PLAN = "123-KH/HU";
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @Autowired
  TaskService taskService;

  @Autowired
  HistoryService historyService;

  private ChromeDriver browser;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void officeOfficerCompletesTheBudgetEstimateInTasklist() throws Exception {
    String taskId = taskService.createTaskQuery().processInstanceBusinessKey(DEMO_PLAN)
        .taskDefinitionKey("Task_PrepareBudgetEstimate").singleResult().getId();
    browser = Chromium.start("vi");
    WebDriverWait wait = Chromium.patientWait(browser);

    browser.get(baseUrl() + "/camunda/app/tasklist/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(DemoUsers.OFFICE);
    browser.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
    browser.findElement(By.cssSelector("button[type=submit]")).click();

    browser.get(baseUrl() + "/camunda/app/tasklist/default/#/?task=" + taskId);
    WebElement claim = wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("[ng-click='claim()'], button.claim, a.claim")));
    screenshot("tasklist-task-opened");
    claim.click();

    wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("input[id$='Field_budget_estimate_4']")));
    Map<String, String> budget = new LinkedHashMap<>();
    budget.put("Field_budget_estimate_4", "Thuê hội trường, âm thanh, ánh sáng");
    budget.put("Field_budget_estimate_5", "12000000");
    budget.put("Field_budget_estimate_6", "Pano, khẩu hiệu");
    budget.put("Field_budget_estimate_7", "3500000");
    // a field re-rendered while the next one is typed can lose its text: fill until all of them hold it
    wait.until(driver -> {
      budget.forEach((field, text) -> type(wait, field, text));
      return budget.entrySet().stream().allMatch(entry -> entry.getValue().equals(driver.findElement(
          By.cssSelector("input[id$='" + entry.getKey() + "']")).getAttribute("value")));
    });
    screenshot("tasklist-budget-form-filled");

    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']")));
    TasklistBrowser.completeUntilDone(browser, taskService, taskId);
    screenshot("tasklist-budget-completed");
    assertThat(historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult().getAssignee())
        .isEqualTo(DemoUsers.OFFICE);
    assertThat(historyService.createHistoricVariableInstanceQuery().variableName("budgetTotal")
        .processInstanceId(historyService.createHistoricTaskInstanceQuery().taskId(taskId).singleResult()
            .getProcessInstanceId()).singleResult().getValue()).isEqualTo(15_500_000L);
  }

  /** Types into a form-js field until it holds the text: a field re-rendered while typing loses keys. */
  private void type(WebDriverWait wait, String field, String text) {
    By input = By.cssSelector("input[id$='" + field + "']");
    wait.until(driver -> {
      WebElement element = driver.findElement(input);
      if (!text.equals(element.getAttribute("value"))) {
        element.clear();
        element.sendKeys(text);
      }
      return text.equals(driver.findElement(input).getAttribute("value"));
    });
  }

  private void screenshot(String name) throws Exception {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }
}
