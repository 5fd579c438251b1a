package vn.thidua.appraisal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.thidua.catalogue.Track;
import vn.thidua.config.Deadlines;
import vn.thidua.form.FormValidationException;
import vn.thidua.notification.Notification;
import vn.thidua.notification.NotificationKind;
import vn.thidua.notification.NotificationService;
import vn.thidua.process.ProcessTasks;
import vn.thidua.report.ProposalService;
import vn.thidua.report.ProposalView;
import vn.thidua.report.ReportService;
import vn.thidua.report.ReportService.SubmittedReport;

/**
 * The steps of {@code appraisal}, and the mass-organisation step of {@code phase-review}, one bean
 * per step as the BPMN names them; each acts on the appraisal of its process instance through {@link AppraisalService}.
 */
@Configuration
class AppraisalProcessSteps {

  static final String APPRAISE_TASK = "Task_AppraiseDossier";
  static final String ESCALATION_GROUP = "thuong-truc";

  private final AppraisalService appraisals;
  private final ReportService reports;
  private final ProposalService proposals;
  private final NotificationService notifications;
  private final Deadlines deadlines;
  private final SubmissionService submissions;
  private final AppraisalChecks checks;

  AppraisalProcessSteps(AppraisalService appraisals, ReportService reports, ProposalService proposals,
      NotificationService notifications, Deadlines deadlines, SubmissionService submissions, AppraisalChecks checks) {
    this.appraisals = appraisals;
    this.reports = reports;
    this.proposals = proposals;
    this.notifications = notifications;
    this.deadlines = deadlines;
    this.submissions = submissions;
    this.checks = checks;
  }

  /**
   * Opens the appraisal of the dossier {@code phase-review} handed over and gives the tasks what they show. The
   * dossier must be one the calling phase review appraises in this round; from here on, every step acts on the
   * appraisal of this process instance.
   */
  @Bean
  JavaDelegate openAppraisalDelegate() {
    return execution -> {
      String campaignId = AppraisalProcess.CAMPAIGN_ID.from(execution);
      int phaseNumber = AppraisalProcess.PHASE_NUMBER.from(execution);
      DossierReference dossier = AppraisalProcess.DOSSIER.from(execution);
      checkHandedOver(execution, campaignId, phaseNumber, dossier);
      Appraisal appraisal = appraisals.open(campaignId, phaseNumber, dossier, execution.getProcessInstanceId());
      SubmittedReport report = reports.submittedReport(dossier.reportId());
      AppraisalProcess.APPRAISAL_ID.set(execution, appraisal.getId());
      AppraisalProcess.REPORT_ID.set(execution, dossier.reportId());
      AppraisalProcess.TRACK.set(execution, dossier.track().name());
      AppraisalProcess.TRACK_LABEL.set(execution, dossier.track().label());
      AppraisalProcess.UNIT_NAME.set(execution, report.unitName());
    };
  }

  /** The dossier is one the campaign's phase appraises in its round, and the calling process's own element. */
  private void checkHandedOver(DelegateExecution execution, String campaignId, int phaseNumber,
      DossierReference dossier) {
    if (!checks.dossiers(campaignId, phaseNumber, dossier.round()).contains(dossier.format())) {
      throw new IllegalStateException("Dossier " + dossier.format() + " is not appraised in phase " + phaseNumber
          + " of campaign " + campaignId);
    }
    DelegateExecution caller = execution.getSuperExecution();
    if (caller != null && !(campaignId.equals(AppraisalProcess.CAMPAIGN_ID.from(caller))
        && phaseNumber == AppraisalProcess.PHASE_NUMBER.from(caller)
        && dossier.equals(AppraisalProcess.DOSSIER.from(caller))
        && dossier.round() == AppraisalProcess.REVIEW_ROUND.from(caller))) {
      throw new IllegalStateException("Dossier " + dossier.format() + " is not the one process instance "
          + caller.getProcessInstanceId() + " handed over");
    }
  }

  @Bean
  TaskListener verifyNomineesListener() {
    return task -> appraisals.checkInspected(appraisalId(task));
  }

  /** Before each rules evaluation: the proposal's facts, as local variables the decision reads. */
  @Bean
  ExecutionListener eligibilityInputsListener() {
    return execution -> execution.setVariablesLocal(
        appraisals.eligibilityInputs(appraisalId(execution), AppraisalProcess.ITEM_ID.from(execution)));
  }

  /** After it: the result goes to the proposal's row. */
  @Bean
  ExecutionListener eligibilityResultListener() {
    return execution -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> result = (Map<String, Object>) execution.getVariable("eligibility");
      appraisals.recordEligibility(appraisalId(execution), AppraisalProcess.ITEM_ID.from(execution),
          Boolean.TRUE.equals(result.get("eligible")), (String) result.get("reason"));
    };
  }

  /** Each round of appraisal is due a number of working days after the dossier is complete. */
  @Bean
  JavaDelegate setAppraisalDeadlineDelegate() {
    return execution -> {
      long appraisalId = appraisalId(execution);
      LocalDate due = appraisals.startAppraisal(appraisalId);
      execution.setVariable("appraisalDue", deadlines.startOf(due));
      AppraisalProcess.APPRAISAL_DUE_TEXT.set(execution, ProcessTasks.day(due));
      execution.setVariable("appraisalReminderAt", deadlines.startOf(appraisals.reminderDay(appraisalId)));
      execution.setVariable("appraisalOverdueAt", deadlines.overdueAt(due));
    };
  }

  /** The appraising body concludes: a supplement request sends the unit its task. */
  @Bean
  TaskListener appraiseDossierListener() {
    return task -> {
      long appraisalId = appraisalId(task);
      boolean supplement = appraisals.closeRound(appraisalId);
      AppraisalProcess.SUPPLEMENT_REQUESTED.set(task.getExecution(), supplement);
      if (supplement) {
        LocalDate deadline = appraisals.supplementDeadline(appraisalId);
        task.getExecution().setVariable("supplementDeadline", deadlines.startOf(deadline));
        task.getExecution().setVariable("supplementOverdueAt", deadlines.overdueAt(deadline));
        task.getExecution().setVariable("supplementDeadlineText", ProcessTasks.day(deadline));
        task.getExecution().setVariable("supplementRequests", appraisals.supplementRequests(appraisalId));
      } else {
        AppraisalProcess.COUNCIL_NEEDED.set(task.getExecution(), appraisals.needsCouncil(appraisalId));
      }
    };
  }

  @Bean
  TaskListener supplementDossierListener() {
    return task -> {
      if (!Boolean.TRUE.equals(task.getVariable("supplementDone"))) {
        throw new FormValidationException("Đánh dấu xác nhận đã bổ sung hồ sơ trước khi hoàn thành.");
      }
      appraisals.supplemented(appraisalId(task));
    };
  }

  /** Past the supplement deadline: not agreed for want of a dossier; the rest keeps its conclusions. */
  @Bean
  JavaDelegate supplementExpiredDelegate() {
    return execution -> {
      long appraisalId = appraisalId(execution);
      appraisals.supplementExpired(appraisalId);
      AppraisalProcess.COUNCIL_NEEDED.set(execution, appraisals.needsCouncil(appraisalId));
    };
  }

  @Bean
  TaskListener councilReviewListener() {
    return task -> appraisals.checkCouncil(appraisalId(task));
  }

  @Bean
  JavaDelegate finishAppraisalDelegate() {
    return execution -> appraisals.finish(appraisalId(execution));
  }

  /** The appraising body's deadline is near. */
  @Bean
  JavaDelegate remindAppraiserDelegate() {
    return execution -> notifyAppraisal(execution, NotificationKind.REMINDER,
        Set.of(checks.appraisingGroup(execution.getProcessInstanceId())), null);
  }

  /** The appraising body's deadline has passed: Thường trực is told. */
  @Bean
  JavaDelegate escalateAppraisalDelegate() {
    return execution -> notifyAppraisal(execution, NotificationKind.ESCALATION,
        Set.of(ESCALATION_GROUP, checks.appraisingGroup(execution.getProcessInstanceId())),
        "Hồ sơ đề nghị khen thưởng của " + AppraisalProcess.UNIT_NAME.from(execution) + " ("
            + AppraisalProcess.TRACK_LABEL.from(execution) + ") đã quá hạn thẩm định "
            + AppraisalProcess.APPRAISAL_DUE_TEXT.from(execution) + ".");
  }

  /** Ban Tổ chức's submission: the agreed proposals counted by track and form, and the PDF to review. */
  @Bean
  TaskListener prepareSubmissionListener() {
    return task -> {
      String campaignId = AppraisalProcess.CAMPAIGN_ID.from(task);
      int phaseNumber = AppraisalProcess.PHASE_NUMBER.from(task);
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        task.setVariableLocal("submissionSummary", submissions.summary(campaignId, phaseNumber));
        task.setVariableLocal("submissionPdfUrl",
            "/api/campaigns/" + campaignId + "/phases/" + phaseNumber + "/submission.pdf");
        notifications.taskCreated(task, null);
      } else if (!Boolean.TRUE.equals(task.getVariable("confirmSubmission"))) {
        throw new FormValidationException("Đánh dấu xác nhận đã kiểm tra tờ trình trước khi hoàn thành.");
      }
    };
  }

  /** Mass organisations decide their own proposals: recorded as such, not appraised here. */
  @Bean
  JavaDelegate recordMassOrgProposalsDelegate() {
    return execution -> {
      String campaignId = AppraisalProcess.CAMPAIGN_ID.from(execution);
      int phaseNumber = AppraisalProcess.PHASE_NUMBER.from(execution);
      for (SubmittedReport report : reports.submitted(campaignId, phaseNumber)) {
        proposals.ofReport(report.reportId()).stream().filter(proposal -> proposal.track() == Track.MASS_ORG)
            .map(ProposalView::id)
            .forEach(proposals::decidedByOrganisation);
      }
    };
  }

  private void notifyAppraisal(DelegateExecution execution, NotificationKind kind, Set<String> groups, String reason) {
    Task open = ProcessTasks.openTask(execution, APPRAISE_TASK);
    notifications.send(new Notification(kind, Set.of(), groups, open == null ? null : open.getId(),
        open == null ? "Thẩm định hồ sơ đề nghị khen thưởng" : open.getName(),
        "Thẩm định hồ sơ – " + AppraisalProcess.UNIT_NAME.from(execution) + " – "
            + AppraisalProcess.TRACK_LABEL.from(execution), reason, null));
  }

  /** The appraisal this process instance opened, whatever its variables say. */
  private long appraisalId(DelegateExecution execution) {
    return appraisals.ofProcessInstance(execution.getProcessInstanceId()).getId();
  }

  private long appraisalId(DelegateTask task) {
    return appraisals.ofProcessInstance(task.getProcessInstanceId()).getId();
  }
}
