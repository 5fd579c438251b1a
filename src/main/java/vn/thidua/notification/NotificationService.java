package vn.thidua.notification;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import vn.thidua.ThiDuaApplication;

/**
 * Tells officers and leaders by e-mail that a task reached them, that its deadline nears or has
 * passed, or that it came back with a reason; each mail links to the task in Tasklist.
 */
@Service
public class NotificationService {

  /** Process variables that say what a task is about, when the process has them. */
  static final String UNIT_NAME = "unitName";
  static final String CAMPAIGN_TITLE = "campaignTitle";
  static final String PLAN_NUMBER = "planNumber";

  private static final Logger log = LoggerFactory.getLogger(NotificationService.class);
  private static final ZoneId ZONE = ZoneId.of(ThiDuaApplication.TIME_ZONE);

  private final NotificationTexts texts;
  private final MailRecipients recipients;
  private final MailDelivery delivery;
  private final MailQueue queue;

  NotificationService(NotificationTexts texts, MailRecipients recipients, MailDelivery delivery, MailQueue queue) {
    this.texts = texts;
    this.recipients = recipients;
    this.delivery = delivery;
    this.queue = queue;
  }

  /** Mails every recipient after the current transaction commits; a mail failure is logged and never breaks the caller. */
  public void send(Notification notification) {
    String subject = texts.subject(notification);
    queue.afterCommit(subject, () -> deliver(notification, subject));
  }

  /**
   * Builds and sends a NEW_TASK notification (RETURNED when {@code reason} is given) for a task being
   * created: to its assignee, or else to its candidate users and groups; about the process, the unit
   * and the campaign when the process has them; with the task's due date as the deadline.
   */
  public void taskCreated(DelegateTask task, String reason) {
    try {
      send(fromTask(task, reason));
    } catch (RuntimeException e) {
      // a notification must never stop the process that creates the task
      log.error("No notification for task {} ({})", task.getId(), task.getName(), e);
    }
  }

  static Notification fromTask(DelegateTask task, String reason) {
    Set<String> usernames = new LinkedHashSet<>();
    Set<String> groupIds = new LinkedHashSet<>();
    if (task.getAssignee() != null) {
      usernames.add(task.getAssignee());
    } else {
      for (IdentityLink candidate : task.getCandidates()) {
        if (candidate.getUserId() != null) {
          usernames.add(candidate.getUserId());
        }
        if (candidate.getGroupId() != null) {
          groupIds.add(candidate.getGroupId());
        }
      }
    }
    boolean returned = reason != null && !reason.isBlank();
    LocalDate deadline = task.getDueDate() == null ? null : LocalDate.ofInstant(task.getDueDate().toInstant(), ZONE);
    return new Notification(returned ? NotificationKind.RETURNED : NotificationKind.NEW_TASK, usernames, groupIds,
        task.getId(), task.getName(), aboutWhat(task), reason, deadline);
  }

  /** e.g. "Đăng ký thi đua – Đảng bộ thị trấn Châu Ổ – Phát động thi đua cao điểm … – Kế hoạch 123-KH/HU". */
  private static String aboutWhat(DelegateTask task) {
    StringJoiner about = new StringJoiner(" – ");
    addIfPresent(about, processName(task));
    addIfPresent(about, task.getVariable(UNIT_NAME));
    addIfPresent(about, task.getVariable(CAMPAIGN_TITLE));
    Object planNumber = task.getVariable(PLAN_NUMBER);
    if (planNumber instanceof String plan && !plan.isBlank()) {
      about.add("Kế hoạch " + plan.strip());
    }
    return about.length() == 0 ? null : about.toString();
  }

  private static String processName(DelegateTask task) {
    ModelElementInstance element = task.getBpmnModelElementInstance();
    while (element != null && !(element instanceof Process)) {
      element = element.getParentElement();
    }
    return element == null ? null : ((Process) element).getName();
  }

  private static void addIfPresent(StringJoiner about, Object value) {
    if (value instanceof String text && !text.isBlank()) {
      about.add(text.strip());
    }
  }

  private void deliver(Notification notification, String subject) {
    List<MailRecipient> to = recipients.resolve(notification.usernames(), notification.groupIds());
    if (to.isEmpty()) {
      log.warn("Nobody with an e-mail address to notify: \"{}\" (task {}, users {}, groups {})", subject,
          notification.taskId(), notification.usernames(), notification.groupIds());
      return;
    }
    for (MailRecipient recipient : to) {
      try {
        delivery.deliver(recipient, subject, texts.body(notification, recipient.name()));
      } catch (RuntimeException e) {
        // one bad address or refusal must not cost the other recipients their mail
        log.error("Mail \"{}\" to {} not sent: {}", subject, recipient.address(), e.getMessage());
      }
    }
  }
}
