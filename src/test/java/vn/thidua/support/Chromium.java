package vn.thidua.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for browser tests. Without it the tests are skipped with a message,
 * unless THIDUA_STRICT_TESTS=true (set by CI), where a missing browser fails them.
 */
public final class Chromium {

  private static final Path BROWSER = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Chromium() {
  }

  /**
   * A wait for pages that re-render (Tasklist, the app's pages): up to a minute on a loaded machine, and an
   * element replaced while waiting is simply looked up again.
   */
  public static WebDriverWait patientWait(ChromeDriver browser) {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  public static ChromeDriver start(String language) throws Exception {
    boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
    if (!installed && Strict.enabled()) {
      throw new IllegalStateException("Browser tests are mandatory here but Chromium is missing: "
          + "install the Debian packages chromium and chromium-driver");
    }
    Assumptions.assumeTrue(installed,
        "Chromium not found (Debian packages chromium, chromium-driver): browser test skipped");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
        "--window-size=1400,1000", "--lang=" + language,
        "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }
}
