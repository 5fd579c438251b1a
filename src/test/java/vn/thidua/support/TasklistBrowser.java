package vn.thidua.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person does in the browser across Tasklist and the app's pages: sign in, open and claim a task,
 * follow its form's link, complete it, upload a dossier file; screenshots go to {@code target/screenshots}.
 */
public final class TasklistBrowser implements AutoCloseable {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private final String baseUrl;
  private final TaskService taskService;

  private TasklistBrowser(ChromeDriver driver, String baseUrl, TaskService taskService) {
    this.driver = driver;
    this.wait = Chromium.patientWait(driver);
    this.baseUrl = baseUrl;
    this.taskService = taskService;
  }

  /** A Vietnamese headless Chromium (skipped without one, unless the tests are strict). */
  public static TasklistBrowser start(String baseUrl, TaskService taskService) throws Exception {
    return start(baseUrl, taskService, "vi");
  }

  /** A headless Chromium whose first language is the given one (Tasklist follows it). */
  public static TasklistBrowser start(String baseUrl, TaskService taskService, String language) throws Exception {
    return new TasklistBrowser(Chromium.start(language), baseUrl, taskService);
  }

  public ChromeDriver driver() {
    return driver;
  }

  public WebDriverWait waiting() {
    return wait;
  }

  public void signIn(String user) {
    driver.get(baseUrl + "/login");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(IntegrationTest.DEMO_PASSWORD);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(page -> page.getCurrentUrl().contains("/camunda/app/tasklist/"));
  }

  /** Another person at the same browser: the previous session's cookies go first. */
  public void switchTo(String user) {
    driver.get(baseUrl + "/login");
    driver.manage().deleteAllCookies();
    signIn(user);
  }

  public void open(Task task) {
    driver.get(baseUrl + "/camunda/app/tasklist/default/#/?task=" + task.getId());
  }

  public void openAndClaim(Task task) {
    open(task);
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[ng-click='claim()'], button.claim, a.claim")))
        .click();
    wait.until(page -> taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee() != null);
  }

  /** Follows the task form's link to one of the app's pages. */
  public void followLink(String linkText) {
    wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText(linkText))).click();
    wait.until(page -> page.getCurrentUrl().contains("/app/"));
  }

  /** Clicks a page's way back and waits to be in Tasklist on that task. */
  public void backTo(Task task, String buttonId) {
    wait.until(ExpectedConditions.elementToBeClickable(By.id(buttonId))).click();
    wait.until(page -> page.getCurrentUrl().contains("/camunda/app/tasklist/")
        && page.getCurrentUrl().contains(task.getId()));
  }

  /** Clicks a form-js choice (radio or checkbox) by the text of its label. */
  public void choose(String label) {
    WebElement choice = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.xpath("//label[contains(., '" + label + "')]")));
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", choice);
  }

  public void complete() {
    // the button sits under the form's footer until it is scrolled into the middle of the view
    WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']")));
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", complete);
    wait.until(ExpectedConditions.elementToBeClickable(complete)).click();
  }

  /** Completes the open task in Tasklist and waits until the engine has it done (see {@link #completeUntilDone}). */
  public void completeUntilDone(Task task) {
    completeUntilDone(driver, taskService, task.getId());
  }

  /**
   * The same, putting back before each click what the form lost: Tasklist re-renders the form once a claim is
   * through, which can empty a field filled just before.
   */
  public void completeUntilDone(Task task, Runnable refill) {
    completeUntilDone(task, refill, Duration.ofSeconds(90));
  }

  /** The same, waiting as long as {@code patience} allows. */
  public void completeUntilDone(Task task, Runnable refill, Duration patience) {
    clickCompleteUntilDone(driver, taskService, task.getId(), refill, patience);
  }

  /**
   * On a loaded machine a click can land while Tasklist still validates the form, or on a notification lying over
   * the button: click the button itself again until the engine has completed the task.
   */
  public static void completeUntilDone(ChromeDriver driver, TaskService taskService, String taskId) {
    clickCompleteUntilDone(driver, taskService, taskId, () -> { }, Duration.ofSeconds(90));
  }

  private static void clickCompleteUntilDone(ChromeDriver driver, TaskService taskService, String taskId,
      Runnable refill, Duration patience) {
    new WebDriverWait(driver, patience).pollingEvery(Duration.ofSeconds(5))
        .ignoring(WebDriverException.class)
        .until(page -> {
          if (taskService.createTaskQuery().taskId(taskId).count() == 0) {
            return true;
          }
          refill.run();
          WebElement complete = page.findElement(By.cssSelector("button[ng-click='complete()']"));
          driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", complete);
          return false;
        });
  }

  public void awaitCompleted(Task task) {
    wait.until(page -> taskService.createTaskQuery().taskId(task.getId()).count() == 0);
  }

  /** Uploads a small PDF as a dossier file of the proposal shown at that place on the report page. */
  public void uploadFile(int proposal, String kind, String text) throws Exception {
    Path file = Files.createTempFile("ho-so-" + kind.toLowerCase() + "-", ".pdf");
    Files.write(file, CampaignFixtures.pdf(text));
    WebElement card = driver.findElements(By.cssSelector(".proposal")).get(proposal);
    int before = card.findElements(By.cssSelector(".document-link")).size();
    new Select(card.findElement(By.cssSelector(".upload-kind"))).selectByValue(kind);
    card.findElement(By.cssSelector(".upload-file")).sendKeys(file.toAbsolutePath().toString());
    card.findElement(By.cssSelector("button.upload")).click();
    wait.until(page -> page.findElements(By.cssSelector(".proposal")).get(proposal)
        .findElements(By.cssSelector(".document-link")).size() == before + 1);
  }

  public void screenshot(String name) throws Exception {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
