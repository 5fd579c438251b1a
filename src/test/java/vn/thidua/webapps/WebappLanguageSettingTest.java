package vn.thidua.webapps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** thidua.webapps.language decides which languages the webapps' config.js offers. */
class WebappLanguageSettingTest {

  @Configuration
  @EnableConfigurationProperties(WebappsProperties.class)
  @Import(WebappConfigScripts.class)
  static class LanguageSetting {
  }

  private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(LanguageSetting.class);

  @Test
  void viShowsEveryWebappInVietnameseWhateverTheBrowserSays() {
    context.withPropertyValues("thidua.webapps.language=vi").run(started -> {
      MockMvc mvc = MockMvcBuilders.standaloneSetup(new WebappConfigController(started.getBean(WebappConfigScripts.class)))
          .build();
      for (String app : List.of("tasklist", "welcome")) {
        String script = mvc.perform(get("/camunda/app/" + app + "/scripts/config.js"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("text/javascript"))
            .andReturn().getResponse().getContentAsString();
        assertThat(script).as(app).contains("export default {\n  locales: { availableLocales: ['vi'], fallbackLocale: 'vi' },");
      }
    });
  }

  @Test
  void withoutASettingTheBrowsersFirstLanguageDecides() {
    context.run(started -> {
      String tasklist = started.getBean(WebappConfigScripts.class).forApp("tasklist").orElseThrow();

      assertThat(started.getBean(WebappsProperties.class).language()).isEqualTo(WebappLanguage.BROWSER);
      assertThat(tasklist).contains("locales: { availableLocales: ['vi', 'en'], fallbackLocale: 'en' },")
          // Camunda's own settings are still there
          .contains("claimTask: {", "key: 'ctrl+alt+c'");
    });
  }

  @Test
  void browserIsWrittenInLowerCaseInConfiguration() {
    context.withPropertyValues("thidua.webapps.language=browser").run(started ->
        assertThat(started.getBean(WebappsProperties.class).language()).isEqualTo(WebappLanguage.BROWSER));
  }

  @Test
  void anUnknownLanguageStopsStartUp() {
    context.withPropertyValues("thidua.webapps.language=fr").run(started ->
        assertThat(started).hasFailed().getFailure().hasStackTraceContaining("thidua.webapps.language"));
  }

  @Test
  void aNameThatIsNoWebappIsNotFound() throws Exception {
    context.run(started -> MockMvcBuilders.standaloneSetup(
            new WebappConfigController(started.getBean(WebappConfigScripts.class))).build()
        .perform(get("/camunda/app/welcome-not/scripts/config.js"))
        .andExpect(status().isNotFound()));
  }

  @Test
  void aConfigScriptOfAnotherShapeIsRefusedRatherThanServedWithoutTheSetting() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> WebappConfigScripts.withLocales("window.camTasklistConf = {};", WebappLanguage.VI, true))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("export default {");
  }

  @Test
  void anAppWithoutAVietnameseLocaleFileStaysEnglishEvenWhenVietnameseIsAskedFor() {
    String script = WebappConfigScripts.withLocales("export default {\n  shortcuts: {}\n};", WebappLanguage.VI, false);

    assertThat(script).isEqualTo("export default {\n  locales: { availableLocales: ['en'], fallbackLocale: 'en' },"
        + "\n  shortcuts: {}\n};");
  }
}
