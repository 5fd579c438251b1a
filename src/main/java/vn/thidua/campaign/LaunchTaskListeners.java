package vn.thidua.campaign;

import static vn.thidua.process.ProcessTasks.completedBy;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.thidua.campaign.LaunchApproval.ReturnTarget;
import vn.thidua.form.FormValidator;

/**
 * The complete-listeners of the launch tasks, one bean per task as the BPMN names them: each maps
 * the form's variables to its form record, checks it and hands it to {@link LaunchService} for the
 * campaign whose process the task runs in.
 */
@Configuration
class LaunchTaskListeners {

  private final LaunchService launch;
  private final CampaignService campaigns;
  private final LaunchFormMapper forms;
  private final FormValidator validator;

  LaunchTaskListeners(LaunchService launch, CampaignService campaigns, LaunchFormMapper forms, FormValidator validator) {
    this.launch = launch;
    this.campaigns = campaigns;
    this.forms = forms;
    this.validator = validator;
  }

  @Bean
  TaskListener ceremonyDocumentsListener() {
    return task -> launch.recordCeremonyDocuments(campaignId(task),
        validator.check(forms.ceremonyDocuments(task.getVariables())), completedBy(task));
  }

  @Bean
  TaskListener speechReviewListener() {
    return task -> launch.recordSpeechReview(campaignId(task),
        validator.check(forms.speechReview(task.getVariables())), completedBy(task));
  }

  @Bean
  TaskListener invitationsListener() {
    return task -> launch.recordInvitations(campaignId(task),
        validator.check(forms.invitations(task.getVariables())), completedBy(task));
  }

  @Bean
  TaskListener presenterListener() {
    return task -> launch.recordPresenter(campaignId(task),
        validator.check(forms.presenter(task.getVariables())), completedBy(task));
  }

  @Bean
  TaskListener responseSpeechListener() {
    return task -> launch.recordResponseSpeech(campaignId(task),
        validator.check(forms.responseSpeech(task.getVariables())), completedBy(task));
  }

  @Bean
  TaskListener communicationPlanListener() {
    return task -> launch.recordCommunicationPlan(campaignId(task),
        validator.check(forms.communicationPlan(task.getVariables())), completedBy(task));
  }

  @Bean
  TaskListener mobilizationPlanListener() {
    return task -> launch.recordMobilizationPlan(campaignId(task),
        validator.check(forms.mobilizationPlan(task.getVariables())), completedBy(task));
  }

  @Bean
  TaskListener ceremonyListener() {
    return task -> launch.recordCeremony(campaignId(task),
        validator.check(forms.ceremony(task.getVariables())), completedBy(task));
  }

  /** Also publishes the total for the approvers' forms. */
  @Bean
  TaskListener budgetEstimateListener() {
    return task -> {
      var estimate = validator.check(BudgetFormRows.estimate(task));
      CampaignProcess.BUDGET_TOTAL.set(task,
          launch.recordBudgetEstimate(campaignId(task), estimate, completedBy(task)).longValue());
      BudgetFormRows.compact(task, estimate.lines());
    };
  }

  @Bean
  TaskListener budgetSettlementListener() {
    return task -> {
      String campaignId = campaignId(task);
      int lines = launch.budgetItems(campaignId).size();
      launch.recordSettlement(campaignId, validator.check(BudgetFormRows.settlement(task, lines)), completedBy(task));
    };
  }

  @Bean
  TaskListener launchApprovalListener() {
    return task -> {
      ApprovalForm approval = ApprovalForm.of(task);
      launch.recordApproval(campaignId(task), approval.approver(),
          validator.check(approval.read(task)), completedBy(task));
    };
  }

  /** After both approvers decided: which parts go back for revision. */
  @Bean
  JavaDelegate summarizeApprovalsDelegate() {
    return execution -> {
      Set<ReturnTarget> returned = launch.returnedParts(campaigns.ofProcess(execution).id());
      CampaignProcess.BUDGET_RETURNED.set(execution, returned.contains(ReturnTarget.BUDGET));
      CampaignProcess.PROGRAMME_RETURNED.set(execution, returned.contains(ReturnTarget.PROGRAMME));
    };
  }

  /**
   * A decision task that comes round again would show last round's answer already chosen; clear it
   * so the person decides afresh (the earlier rounds stay in the business tables).
   */
  @Bean
  TaskListener clearPreviousDecisionListener() {
    return (DelegateTask task) -> {
      if ("Task_ReviewSpeech".equals(task.getTaskDefinitionKey())) {
        task.getExecution().removeVariable("speechDecision");
        task.getExecution().removeVariable("speechRemarks");
      } else {
        ApprovalForm.of(task).variableNames().forEach(task.getExecution()::removeVariable);
      }
    };
  }

  private String campaignId(DelegateTask task) {
    return campaigns.ofProcess(task.getExecution()).id();
  }
}
