package vn.thidua.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** A wrong sender address or base URL stops start-up with a message saying which variable to fix. */
class OutgoingMailPropertiesTest {

  @Configuration
  @EnableConfigurationProperties(OutgoingMailProperties.class)
  static class MailSettings {
  }

  private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(MailSettings.class);

  @Test
  void validSettingsBindWithTheBaseUrlTrimmedAndADefaultSenderName() {
    context.withPropertyValues("thidua.mail.from=thidua@binhson.example.vn",
        "thidua.mail.base-url=https://thidua.binhson.example.vn/").run(started -> {
          OutgoingMailProperties mail = started.getBean(OutgoingMailProperties.class);
          assertThat(mail.baseUrl()).isEqualTo("https://thidua.binhson.example.vn");
          assertThat(mail.senderName()).isEqualTo("Hệ thống Thi đua");
          assertThat(mail.tasklistLink(null)).isEqualTo("https://thidua.binhson.example.vn/camunda/app/tasklist/default/#/");
        });
  }

  @Test
  void aSenderThatIsNoAddressStopsStartUp() {
    context.withPropertyValues("thidua.mail.from=Văn phòng Huyện ủy", "thidua.mail.base-url=http://localhost:8080")
        .run(started -> assertThat(started).hasFailed().getFailure().rootCause().hasMessageContaining("THIDUA_MAIL_FROM")
            .hasMessageContaining("Địa chỉ gửi thư thidua.mail.from không hợp lệ"));
  }

  @Test
  void aBaseUrlWithoutHttpStopsStartUp() {
    context.withPropertyValues("thidua.mail.from=no-reply@thidua.local", "thidua.mail.base-url=thidua.binhson.vn")
        .run(started -> assertThat(started).hasFailed().getFailure().rootCause().hasMessageContaining("THIDUA_BASE_URL"));
  }
}
