package vn.thidua.notification;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import vn.thidua.config.OutgoingMailProperties;

/**
 * Hands one plain-text UTF-8 mail to the SMTP server of {@code spring.mail.*}; with no mail host
 * configured (the demo), writes who would have got what to the log instead.
 */
@Component
class MailDelivery {

  private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

  /** Null when no mail host is configured. */
  private final JavaMailSender sender;
  private final OutgoingMailProperties properties;

  @Autowired
  MailDelivery(ObjectProvider<JavaMailSender> senders, OutgoingMailProperties properties) {
    this(withHost(senders.getIfAvailable()), properties);
    if (sender == null) {
      log.info("No mail host configured (THIDUA_MAIL_HOST): notifications are written to this log, not e-mailed");
    } else {
      JavaMailSenderImpl smtp = (JavaMailSenderImpl) sender;
      log.info("Notifications are e-mailed through {}:{} from {}", smtp.getHost(), smtp.getPort(), properties.from());
    }
  }

  MailDelivery(JavaMailSender sender, OutgoingMailProperties properties) {
    this.sender = sender;
    this.properties = properties;
  }

  /**
   * Spring Boot creates a sender as soon as {@code spring.mail.host} is defined, even empty
   * ({@code ${THIDUA_MAIL_HOST:}}); only one with a host can send.
   */
  private static JavaMailSender withHost(JavaMailSender sender) {
    if (sender instanceof JavaMailSenderImpl smtp && StringUtils.hasText(smtp.getHost())) {
      return sender;
    }
    return null;
  }

  boolean sendsMail() {
    return sender != null;
  }

  void deliver(MailRecipient to, String subject, String body) throws MailException {
    if (sender == null) {
      log.info("Mail not sent (no mail host): to {} <{}>, subject \"{}\"", to.name(), to.address(), subject);
      log.debug("Mail body:\n{}", body);
      return;
    }
    sender.send(message(to, subject, body));
  }

  private MimeMessage message(MailRecipient to, String subject, String body) {
    String utf8 = StandardCharsets.UTF_8.name();
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, false, utf8);
      helper.setFrom(properties.from(), properties.senderName());
      helper.setTo(new InternetAddress(to.address(), to.name().isEmpty() ? null : to.name(), utf8));
      helper.setSubject(subject);
      helper.setText(body, false);
      // RFC 3834: out-of-office replies should not answer a machine
      message.setHeader("Auto-Submitted", "auto-generated");
      return message;
    } catch (MessagingException | UnsupportedEncodingException e) {
      throw new MailPreparationException("Mail to " + to.address() + " could not be prepared", e);
    }
  }
}
