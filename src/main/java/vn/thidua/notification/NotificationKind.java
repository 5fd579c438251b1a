package vn.thidua.notification;

/** Why a person gets a mail about a task; the label starts the mail's subject line. */
public enum NotificationKind {
  NEW_TASK("Việc mới"),
  REMINDER("Nhắc hạn"),
  ESCALATION("Quá hạn"),
  RETURNED("Trả lại"),
  ANNOUNCEMENT("Thông báo");

  private final String label;

  NotificationKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
