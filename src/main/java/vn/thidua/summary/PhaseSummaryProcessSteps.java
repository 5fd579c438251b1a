package vn.thidua.summary;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.thidua.campaign.CampaignService;
import vn.thidua.form.FormValidator;
import vn.thidua.process.ProcessTasks;

/**
 * The steps of {@code phase-summary}, one bean per step as the BPMN names them; each reads the campaign
 * and phase from the execution and calls {@link PhaseSummaryService}.
 */
@Configuration
class PhaseSummaryProcessSteps {

  private final PhaseSummaryService summaries;
  private final CampaignService campaigns;
  private final SummaryForms forms;
  private final FormValidator validator;

  PhaseSummaryProcessSteps(PhaseSummaryService summaries, CampaignService campaigns, SummaryForms forms,
      FormValidator validator) {
    this.summaries = summaries;
    this.campaigns = campaigns;
    this.forms = forms;
    this.validator = validator;
  }

  /** Opens the phase's summary and names the office's tasks: "sơ kết đợt N" or, for the last phase, "tổng kết". */
  @Bean
  ExecutionListener openPhaseSummaryListener() {
    return execution -> {
      PhaseSummary summary = summaries.open(
          campaigns.handedDown(execution, PhaseSummaryProcess.CAMPAIGN_ID.from(execution)),
          PhaseSummaryProcess.PHASE_NUMBER.from(execution), execution.getProcessInstanceId());
      String title = PhaseSummaryService.title(summary.isLastPhase(), summary.getPhaseNumber());
      String lowerTitle = summary.isLastPhase() ? "tổng kết" : "sơ kết đợt " + summary.getPhaseNumber();
      PhaseSummaryProcess.LAST_PHASE.set(execution, summary.isLastPhase());
      PhaseSummaryProcess.SUMMARY_TITLE.set(execution, title);
      PhaseSummaryProcess.PHASE_NAME.set(execution, campaigns.summary(summary.getCampaignId())
          .phase(summary.getPhaseNumber()).map(phase -> phase.name()).orElse(null));
      PhaseSummaryProcess.CONFERENCE_TASK_NAME.set(execution, "Tổ chức hội nghị " + lowerTitle);
      PhaseSummaryProcess.FINALISE_TASK_NAME.set(execution, "Hoàn thiện báo cáo " + lowerTitle);
    };
  }

  /**
   * The model names the office's tasks for any phase; the task itself says which: "… sơ kết đợt N", or
   * "… tổng kết" for the last phase (before the mail about it goes out).
   */
  @Bean
  TaskListener nameSummaryTaskListener() {
    return task -> task.setName(("Task_OrganiseReviewConference".equals(task.getTaskDefinitionKey())
        ? PhaseSummaryProcess.CONFERENCE_TASK_NAME : PhaseSummaryProcess.FINALISE_TASK_NAME).from(task));
  }

  /** The office records the conference it held; an incomplete or impossible record is refused. */
  @Bean
  TaskListener recordConferenceListener() {
    return task -> {
      PhaseSummary summary = summaries.ofProcess(task.getProcessInstanceId());
      summaries.recordConference(summary.getCampaignId(), summary.getPhaseNumber(),
          validator.check(forms.conference(task.getVariables())), ProcessTasks.completedBy(task));
    };
  }

  @Bean
  JavaDelegate generatePhaseReportDelegate() {
    return execution -> {
      PhaseSummary summary = summaries.ofProcess(execution.getProcessInstanceId());
      summaries.generate(summary.getCampaignId(), summary.getPhaseNumber());
    };
  }

  /** The finalising form shows the report's totals and links its PDF. */
  @Bean
  TaskListener finalisePhaseReportTaskListener() {
    return task -> {
      PhaseSummary summary = summaries.ofProcess(task.getProcessInstanceId());
      String campaignId = summary.getCampaignId();
      int phaseNumber = summary.getPhaseNumber();
      task.setVariableLocal("summaryTotals", summaries.totalsText(campaignId, phaseNumber));
      task.setVariableLocal("summaryPdfUrl", "/api/campaigns/" + campaignId + "/phases/" + phaseNumber
          + "/summary.pdf");
    };
  }

  @Bean
  TaskListener assessPhaseReportListener() {
    return task -> {
      PhaseSummary summary = summaries.ofProcess(task.getProcessInstanceId());
      summaries.assess(summary.getCampaignId(), summary.getPhaseNumber(),
          validator.check(forms.assessment(task.getVariables())), ProcessTasks.completedBy(task));
    };
  }

  @Bean
  JavaDelegate issueFinalPhaseReportDelegate() {
    return execution -> {
      PhaseSummary summary = summaries.ofProcess(execution.getProcessInstanceId());
      summaries.issueFinal(summary.getCampaignId(), summary.getPhaseNumber());
    };
  }

}
