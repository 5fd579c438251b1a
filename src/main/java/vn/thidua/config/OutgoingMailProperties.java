package vn.thidua.config;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What the notification mails say about this installation: who sends them and where people open it.
 * The SMTP server itself is Spring's {@code spring.mail.*}; without a host, mails are only logged.
 */
@Validated
@ConfigurationProperties("thidua.mail")
public record OutgoingMailProperties(
    @NotBlank(message = "Chưa đặt địa chỉ gửi thư thidua.mail.from (sender address missing: set THIDUA_MAIL_FROM)")
    @Email(message = "Địa chỉ gửi thư thidua.mail.from không hợp lệ (invalid sender address THIDUA_MAIL_FROM)")
    String from,
    /** The name mail programs show for the sender and the mails are signed with. */
    String senderName,
    @NotBlank(message = "Chưa đặt địa chỉ truy cập hệ thống thidua.mail.base-url "
        + "(public base URL missing: set THIDUA_BASE_URL)")
    @Pattern(regexp = "https?://\\S+", message = "Địa chỉ truy cập thidua.mail.base-url phải bắt đầu bằng "
        + "http:// hoặc https:// (THIDUA_BASE_URL must be an http or https URL)")
    String baseUrl) {

  public OutgoingMailProperties {
    senderName = senderName == null || senderName.isBlank() ? "Hệ thống Thi đua" : senderName.strip();
    // links are built as base + path; a trailing slash would double it
    if (baseUrl != null) {
      baseUrl = baseUrl.strip().replaceAll("/+$", "");
    }
  }

  /** Where Camunda Tasklist opens the given task for the person who follows the link. */
  public String tasklistLink(String taskId) {
    String tasklist = baseUrl + "/camunda/app/tasklist/default/#/";
    return taskId == null ? tasklist : tasklist + "?task=" + taskId;
  }
}
