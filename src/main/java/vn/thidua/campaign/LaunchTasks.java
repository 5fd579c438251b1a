package vn.thidua.campaign;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** What every launch task listener reads from its task. */
final class LaunchTasks {

  static final String CAMPAIGN_ID = "campaignId";

  private LaunchTasks() {
  }

  static String campaignId(DelegateTask task) {
    return (String) task.getVariable(CAMPAIGN_ID);
  }

  /** The person completing the task: the signed-in user, or the assignee when the engine acts alone. */
  static String completedBy(DelegateTask task) {
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication != null ? authentication.getUserId() : task.getAssignee();
  }
}
