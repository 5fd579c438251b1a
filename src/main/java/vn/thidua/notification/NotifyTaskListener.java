package vn.thidua.notification;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On the {@code create} event of a user task: mails its assignee or the members of its candidate
 * groups that there is new work. BPMN: {@code camunda:delegateExpression="${notifyTaskListener}"}.
 */
@Component("notifyTaskListener")
class NotifyTaskListener implements TaskListener {

  private final NotificationService notifications;

  NotifyTaskListener(NotificationService notifications) {
    this.notifications = notifications;
  }

  @Override
  public void notify(DelegateTask task) {
    notifications.taskCreated(task, null);
  }
}
