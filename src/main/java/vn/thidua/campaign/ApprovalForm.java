package vn.thidua.campaign;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;

import vn.thidua.campaign.LaunchApproval.Approver;
import vn.thidua.form.FormValues;

/** The two approval forms differ only in their variables' prefix, one per approving body. */
enum ApprovalForm {
  STANDING_OFFICE("Task_ApproveByStandingOffice", "standingOffice", Approver.STANDING_OFFICE),
  PEOPLES_COMMITTEE("Task_ApproveByPeoplesCommittee", "peoplesCommittee", Approver.PEOPLES_COMMITTEE);

  private final String taskKey;
  private final String prefix;
  private final Approver approver;

  ApprovalForm(String taskKey, String prefix, Approver approver) {
    this.taskKey = taskKey;
    this.prefix = prefix;
    this.approver = approver;
  }

  static ApprovalForm of(DelegateTask task) {
    for (ApprovalForm form : values()) {
      if (form.taskKey.equals(task.getTaskDefinitionKey())) {
        return form;
      }
    }
    throw new IllegalStateException("Not an approval task: " + task.getTaskDefinitionKey());
  }

  Approver approver() {
    return approver;
  }

  List<String> variableNames() {
    return List.of(prefix + "Decision", prefix + "ReturnTarget", prefix + "Reason");
  }

  LaunchForms.Approval read(DelegateTask task) {
    return new LaunchForms.Approval(
        FormValues.text(task.getVariable(prefix + "Decision")),
        FormValues.text(task.getVariable(prefix + "ReturnTarget")),
        FormValues.text(task.getVariable(prefix + "Reason")));
  }
}
