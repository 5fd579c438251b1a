package vn.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import vn.thidua.config.OutgoingMailProperties;

/** The demo and an installation without THIDUA_MAIL_HOST start and write their mails to the log. */
@ExtendWith(OutputCaptureExtension.class)
class MailDeliveryTest {

  private static final OutgoingMailProperties PROPERTIES =
      new OutgoingMailProperties("no-reply@thidua.local", "Hệ thống Thi đua", "http://localhost:8080/");
  private static final MailRecipient SECRETARY = new MailRecipient("bithu@thidua.local", "Lê Minh Khang");

  @Test
  void withoutAnyMailSettingsMailsAreLoggedAndStartUpSaysSo(CapturedOutput output) {
    MailDelivery delivery = new MailDelivery(senders(Map.of()), PROPERTIES);

    delivery.deliver(SECRETARY, "[Thi đua] Việc mới: Ký quyết định khen thưởng", "Kính gửi đồng chí Lê Minh Khang,");

    assertThat(delivery.sendsMail()).isFalse();
    assertThat(output.getAll())
        .contains("No mail host configured (THIDUA_MAIL_HOST): notifications are written to this log, not e-mailed")
        .contains("Mail not sent (no mail host): to Lê Minh Khang <bithu@thidua.local>, "
            + "subject \"[Thi đua] Việc mới: Ký quyết định khen thưởng\"");
  }

  @Test
  void anEmptyMailHostFromTheEnvironmentCountsAsNone(CapturedOutput output) {
    // spring.mail.host: ${THIDUA_MAIL_HOST:} makes Spring Boot create a sender with an empty host
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("");

    MailDelivery delivery = new MailDelivery(senders(Map.of("mailSender", sender)), PROPERTIES);
    delivery.deliver(SECRETARY, "[Thi đua] Nhắc hạn: Ký quyết định khen thưởng", "…");

    assertThat(delivery.sendsMail()).isFalse();
    assertThat(output.getAll()).contains("Mail not sent (no mail host): to Lê Minh Khang <bithu@thidua.local>");
  }

  @Test
  void aConfiguredHostIsUsedAndNamedAtStartUp(CapturedOutput output) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("smtp.example.org");
    sender.setPort(587);

    MailDelivery delivery = new MailDelivery(senders(Map.of("mailSender", sender)), PROPERTIES);

    assertThat(delivery.sendsMail()).isTrue();
    assertThat(output.getAll()).contains("Notifications are e-mailed through smtp.example.org:587 from no-reply@thidua.local");
  }

  @Test
  void linksToATaskStartFromTheBaseUrlWithoutADoubleSlash() {
    assertThat(PROPERTIES.tasklistLink("8f2c")).isEqualTo("http://localhost:8080/camunda/app/tasklist/default/#/?task=8f2c");
  }

  private static ObjectProvider<JavaMailSender> senders(Map<String, Object> beans) {
    return new StaticListableBeanFactory(beans).getBeanProvider(JavaMailSender.class);
  }
}
