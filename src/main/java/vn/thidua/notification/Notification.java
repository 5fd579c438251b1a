package vn.thidua.notification;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One notification about one task, to people and/or whole bodies.
 *
 * @param kind      why it is sent
 * @param usernames Camunda user ids that get it
 * @param groupIds  Camunda group ids: every member with an e-mail address gets it
 * @param taskId    the task the mail links to in Tasklist; null links to Tasklist itself
 * @param taskName  the task as Tasklist names it, e.g. "Xem xét bản đăng ký thi đua"
 * @param subject   what it is about, e.g. "Đăng ký thi đua – Chi bộ Châu Ổ – Kế hoạch 123-KH/HU"; may be null
 * @param reason    return reason or escalation detail; may be null
 * @param deadline  the task's deadline; may be null
 */
public record Notification(NotificationKind kind, Set<String> usernames, Set<String> groupIds,
    String taskId, String taskName, String subject, String reason, LocalDate deadline) {

  public Notification {
    Objects.requireNonNull(kind, "kind");
    usernames = ids(usernames);
    groupIds = ids(groupIds);
    reason = reason == null || reason.isBlank() ? null : reason.strip();
  }

  /** Blank entries are nobody; the order given is the order mails go out. */
  private static Set<String> ids(Collection<String> given) {
    Set<String> ids = new LinkedHashSet<>();
    if (given != null) {
      given.stream().filter(id -> id != null && !id.isBlank()).map(String::strip).forEach(ids::add);
    }
    return Collections.unmodifiableSet(ids);
  }
}
