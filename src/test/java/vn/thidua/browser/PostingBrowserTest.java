package vn.thidua.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.campaign.CampaignService;
import vn.thidua.posting.ObjectionOutcome;
import vn.thidua.posting.ObjectionView;
import vn.thidua.posting.PostingService;
import vn.thidua.support.Chromium;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.PostingFixtures;
import vn.thidua.support.PostingFixtures.Posted;

/**
 * A signed-in officer reads the posted list in a real browser, where markup in a unit's achievements
 * shows as text, objects to one proposal with markup of their own, sees it acknowledged as text; Ban
 * Tổ chức then reads the objection in Tasklist's form and keeps the proposal with an answer.
 */
class PostingBrowserTest extends IntegrationTest {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String ACHIEVEMENTS = "<img src=x onerror=\"document.title='XSS'\"><b>5 năm liền</b> hoàn thành xuất sắc nhiệm vụ";
  private static final String OBJECTION = "<script>alert(1)</script><i>Đồng chí An</i> chưa đủ 5 năm hoàn thành xuất sắc nhiệm vụ";

  @Autowired
  CampaignService campaigns;

  @Autowired
  PostingService postings;

  @Autowired
  TaskService taskService;

  private ChromeDriver browser;
  private WebDriverWait wait;

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void anOfficerObjectsToAProposalOnThePostingPage_banToChucKeepsItInTasklist() throws Exception {
    Posted posting = PostingFixtures.open(campaigns, postings,
        PostingFixtures.entry("Đảng bộ thị trấn Châu Ổ", "Tập thể", "Dẫn đầu phong trào thi đua của huyện"),
        PostingFixtures.entry("Nguyễn Văn An", "Cá nhân", ACHIEVEMENTS));
    browser = Chromium.start("vi");
    wait = Chromium.patientWait(browser);
    signIn("chauo.canbo");

    browser.get(baseUrl() + "/congkhai");
    WebElement section = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("section[data-posting='" + posting.id() + "']")));
    screenshot("posting-1-list");
    assertThat(section.findElement(By.tagName("h2")).getText()).isEqualTo(PostingFixtures.TITLE);
    assertThat(section.findElement(By.cssSelector(".period")).getText())
        .startsWith("Thời gian công khai: từ ngày " + LocalDate.now().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    List<WebElement> entries = section.findElements(By.cssSelector("li.entry"));
    assertThat(entries).hasSize(2);
    assertThat(entries.get(1).findElement(By.cssSelector(".entry-achievements")).getText())
        .isEqualTo("Thành tích: " + ACHIEVEMENTS);
    assertThat(browser.findElements(By.cssSelector("main img, main b"))).as("markup is not rendered").isEmpty();
    assertThat(browser.getTitle()).doesNotContain("XSS");

    entries.get(1).findElement(By.cssSelector("button.open-objection")).click();
    WebElement form = entries.get(1).findElement(By.cssSelector("form.objection"));
    wait.until(ExpectedConditions.visibilityOf(form.findElement(By.cssSelector("textarea.objection-content"))))
        .sendKeys(OBJECTION);
    form.findElement(By.cssSelector("input.objection-name")).sendKeys("Trần Văn Bình");
    // the message box is found before sending: showing a message replaces its classes
    WebElement acknowledged = form.findElement(By.cssSelector(".objection-message"));
    form.findElement(By.cssSelector("button.send-objection")).click();

    wait.until(ExpectedConditions.visibilityOf(acknowledged));
    wait.until(ExpectedConditions.textToBePresentInElement(acknowledged, "Đã nhận phản ánh"));
    screenshot("posting-2-objection-sent");
    assertThat(acknowledged.getAttribute("class")).contains("ok");
    assertThat(acknowledged.findElement(By.cssSelector(".objection-sent")).getText())
        .isEqualTo("Nội dung đã gửi: " + OBJECTION);
    assertThat(form.findElements(By.cssSelector("script, i"))).as("the objection's markup is not rendered").isEmpty();
    assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    Task task = taskService.createTaskQuery().processDefinitionKey("objection-handling")
        .processInstanceBusinessKey(posting.campaign().planNumber()).taskCandidateGroup("ban-to-chuc").singleResult();
    assertThat(task).isNotNull();
    assertThat(taskService.getVariable(task.getId(), "objectionContent")).isEqualTo(OBJECTION);
    Object withoutToken = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "fetch('/api/public/postings/" + posting.id() + "/objections', {method: 'POST', credentials: 'same-origin',"
        + " headers: {'Content-Type': 'application/json'}, body: JSON.stringify({content: 'Không kèm mã CSRF'})})"
        + ".then(answer => done(answer.status));");
    assertThat(withoutToken).as("a signed-in session still needs its CSRF token").isEqualTo(403L);
    assertThat(postings.objections(posting.id())).hasSize(1);

    browser.manage().deleteAllCookies();
    signIn("btc.canbo");
    browser.get(baseUrl() + "/camunda/app/tasklist/default/#/?task=" + task.getId());
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[ng-click='claim()'], button.claim, a.claim")))
        .click();
    WebElement content = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("textarea[id$='Field_handle_objection_4']")));
    wait.until(driver -> OBJECTION.equals(content.getDomProperty("value")));
    assertThat(browser.findElement(By.cssSelector("textarea[id$='Field_handle_objection_2']")).getDomProperty("value"))
        .startsWith("Số 2: Nguyễn Văn An (Cá nhân)");
    assertThat(browser.findElements(By.xpath("//label[contains(., 'Trả lời phản ánh chung')]")))
        .as("a general answer is not offered for an objection about a proposal").isEmpty();
    WebElement keep = browser.findElement(By.xpath("//label[contains(., 'Giữ đề nghị')]"));
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", keep);
    WebElement answer = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("textarea[id$='Field_handle_objection_7']")));
    answer.sendKeys("Đã xác minh: đồng chí An đủ 5 năm liền hoàn thành xuất sắc nhiệm vụ (2021–2025).");
    screenshot("posting-3-handle-objection");
    WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']")));
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", complete);
    wait.until(ExpectedConditions.elementToBeClickable(complete)).click();

    wait.until(driver -> taskService.createTaskQuery().taskId(task.getId()).count() == 0);
    ObjectionView handled = postings.objections(posting.id()).get(0);
    assertThat(handled.outcome()).isEqualTo(ObjectionOutcome.KEEP);
    assertThat(handled.handledBy()).isEqualTo("btc.canbo");
    assertThat(handled.answer()).startsWith("Đã xác minh");
    assertThat(postings.objectionsPending(posting.id())).isFalse();
  }

  private void signIn(String user) {
    browser.get(baseUrl() + "/login");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(driver -> driver.getCurrentUrl().contains("/camunda/app/tasklist/"));
  }

  private void screenshot(String name) throws Exception {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }
}
