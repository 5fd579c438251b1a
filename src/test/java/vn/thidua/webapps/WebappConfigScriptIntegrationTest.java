package vn.thidua.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.thidua.support.IntegrationTest;

/**
 * In the running application, before anyone signs in (the login page needs them), each webapp gets the config.js
 * built from the language setting, not the webjar's file at the same address, and Tasklist finds its Vietnamese texts.
 */
class WebappConfigScriptIntegrationTest extends IntegrationTest {

  @Test
  void everyWebappGetsTheConfigScriptOfTheLanguageSettingBeforeLogin() {
    for (String app : WebappConfigScripts.APPS) {
      ResponseEntity<String> script = anonymous.getForEntity("/camunda/app/" + app + "/scripts/config.js", String.class);

      assertThat(script.getStatusCode()).as(app).isEqualTo(HttpStatus.OK);
      assertThat(script.getHeaders().getContentType()).as(app).hasToString("text/javascript;charset=UTF-8");
      assertThat(script.getBody()).as(app).contains("export default {\n  locales: { availableLocales: [")
          .contains("fallbackLocale: 'en' },");
    }
    // Cockpit and Admin join as soon as their vi.json is there
    for (String app : List.of("tasklist", "welcome")) {
      assertThat(anonymous.getForObject("/camunda/app/" + app + "/scripts/config.js", String.class)).as(app)
          .contains("locales: { availableLocales: ['vi', 'en'], fallbackLocale: 'en' },");
    }
  }

  @Test
  void tasklistFindsItsVietnameseTextsAndTheStylesThatHideTheBanner() {
    ResponseEntity<String> vietnamese = anonymous.getForEntity("/camunda/app/tasklist/locales/vi.json", String.class);
    ResponseEntity<String> styles = anonymous.getForEntity("/camunda/app/tasklist/styles/user-styles.css", String.class);

    assertThat(vietnamese.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(vietnamese.getBody()).contains("\"CLAIM_TASK\": \"Nhận xử lý\"");
    assertThat(styles.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(styles.getBody()).contains(".ce-eol-banner");
  }
}
