package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.support.DemoUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TasklistBrowser;

/** An officer of Văn phòng signs in once, opens the budget task of the launch in Tasklist and completes its form. */
class TasklistBrowserTest extends IntegrationTest {

  private static final String DEMO_PLAN = "123-KH/HU";

  @Autowired
  TaskService taskService;

  @Autowired
  HistoryService historyService;

  private TasklistBrowser browser;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void officeOfficerCompletesTheBudgetEstimateInTasklist() throws Exception {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(DEMO_PLAN)
        .taskDefinitionKey("Task_PrepareBudgetEstimate").singleResult();
    String taskId = task.getId();
    browser = TasklistBrowser.start(baseUrl(), taskService, "vi");
    WebDriverWait wait = browser.waiting();

    // signing in waits for Tasklist: leaving the login page earlier can cancel the login on a slow machine
    browser.signIn(DemoUsers.OFFICE);
    browser.open(task);
    WebElement claim = wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("[ng-click='claim()'], button.claim, a.claim")));
    browser.screenshot("tasklist-task-opened");
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
    browser.screenshot("tasklist-budget-form-filled");

    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']")));
    browser.completeUntilDone(task, () -> budget.forEach((field, text) -> type(wait, field, text)));
    browser.screenshot("tasklist-budget-completed");
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
}
