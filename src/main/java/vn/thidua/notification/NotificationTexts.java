package vn.thidua.notification;

import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

import vn.thidua.config.OutgoingMailProperties;

/** The Vietnamese subject line and plain-text body of each kind of notification. */
@Component
class NotificationTexts {

  static final String SUBJECT_PREFIX = "[Thi đua] ";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final OutgoingMailProperties properties;

  NotificationTexts(OutgoingMailProperties properties) {
    this.properties = properties;
  }

  /** e.g. "[Thi đua] Việc mới: Xem xét bản đăng ký thi đua". */
  String subject(Notification notification) {
    String what = firstPresent(notification.taskName(), notification.subject(), "việc trên hệ thống Thi đua");
    return SUBJECT_PREFIX + notification.kind().label() + ": " + oneLine(what);
  }

  /** The body for one recipient; {@code recipientName} may be empty. */
  String body(Notification notification, String recipientName) {
    StringBuilder body = new StringBuilder();
    body.append(recipientName == null || recipientName.isBlank()
        ? "Kính gửi đồng chí,"
        : "Kính gửi đồng chí " + recipientName.strip() + ",").append("\n\n");
    body.append(opening(notification.kind())).append("\n\n");
    if (present(notification.taskName())) {
      body.append("Việc: ").append(oneLine(notification.taskName())).append('\n');
    }
    if (present(notification.subject())) {
      body.append("Nội dung: ").append(oneLine(notification.subject())).append('\n');
    }
    if (notification.deadline() != null) {
      body.append("Hạn xử lý: ").append(DATE.format(notification.deadline())).append('\n');
    }
    if (notification.reason() != null) {
      body.append(reasonLabel(notification.kind())).append(": ").append(notification.reason()).append('\n');
    }
    body.append('\n')
        .append("Mở việc trên Tasklist: ").append(properties.tasklistLink(notification.taskId())).append("\n\n")
        .append("Trân trọng.\n")
        .append(properties.senderName()).append('\n')
        .append("(Thư gửi tự động, xin đồng chí không trả lời thư này.)\n");
    return body.toString();
  }

  private static String opening(NotificationKind kind) {
    return switch (kind) {
      case NEW_TASK -> "Đồng chí (hoặc đơn vị của đồng chí) có một việc mới cần xử lý trên hệ thống Thi đua.";
      case REMINDER -> "Việc dưới đây sắp đến hạn mà chưa hoàn thành. Đề nghị đồng chí hoàn thành trước hạn.";
      case ESCALATION -> "Việc dưới đây đã quá hạn mà chưa hoàn thành. Đề nghị đồng chí kiểm tra, đôn đốc và xử lý.";
      case RETURNED -> "Việc dưới đây đã được trả lại. Đề nghị đồng chí chỉnh sửa, bổ sung và gửi lại.";
      case ANNOUNCEMENT -> "Hệ thống Thi đua xin thông báo đến đồng chí (hoặc đơn vị của đồng chí) kết quả dưới đây.";
    };
  }

  private static String reasonLabel(NotificationKind kind) {
    return switch (kind) {
      case RETURNED -> "Lý do trả lại";
      case ESCALATION -> "Chi tiết";
      case NEW_TASK, REMINDER -> "Ghi chú";
      case ANNOUNCEMENT -> "Nội dung";
    };
  }

  private static String firstPresent(String... candidates) {
    for (String candidate : candidates) {
      if (present(candidate)) {
        return candidate;
      }
    }
    return "";
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }

  /** A name typed with a line break must not break a header or a labelled line. */
  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
  }
}
