package vn.thidua.appraisal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
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
 * per step as the BPMN names them; each reads ids from the execution and calls {@link AppraisalService}.
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

  AppraisalProcessSteps(AppraisalService appraisals, ReportService reports, ProposalService proposals,
      NotificationService notifications, Deadlines deadlines, SubmissionService submissions) {
    this.appraisals = appraisals;
    this.reports = reports;
    this.proposals = proposals;
    this.notifications = notifications;
    this.deadlines = deadlines;
    this.submissions = submissions;
  }

  /** Opens the appraisal of one dossier ("reportId:TRACK:round") and gives the tasks what they show. */
  @Bean
  JavaDelegate openAppraisalDelegate() {
    return execution -> {
      String[] dossier = ((String) execution.getVariable("dossier")).split(":");
      long reportId = Long.parseLong(dossier[0]);
      Track track = Track.valueOf(dossier[1]);
      int round = dossier.length > 2 ? Integer.parseInt(dossier[2]) : 1;
      Appraisal appraisal = appraisals.open(ProcessTasks.campaignId(execution),
          (int) ProcessTasks.id(execution, "phaseNumber"), reportId, track, round, execution.getProcessInstanceId());
      SubmittedReport report = reports.submittedReport(reportId);
      execution.setVariable("appraisalId", appraisal.getId());
      execution.setVariable("reportId", reportId);
      execution.setVariable("track", track.name());
      execution.setVariable("trackLabel", track.label());
      execution.setVariable("appraisingGroup", AppraisalService.appraisingGroup(track));
      execution.setVariable("unitName", report.unitName());
      execution.setVariable("unitGroup", report.unitGroup());
    };
  }

  @Bean
  TaskListener verifyNomineesListener() {
    return task -> appraisals.checkInspected(appraisalId(task));
  }

  /** Before each rules evaluation: the proposal's facts, as local variables the decision reads. */
  @Bean
  ExecutionListener eligibilityInputsListener() {
    return execution -> execution.setVariablesLocal(
        appraisals.eligibilityInputs(ProcessTasks.id(execution, "itemId")));
  }

  /** After it: the result goes to the proposal's row. */
  @Bean
  ExecutionListener eligibilityResultListener() {
    return execution -> {
      @SuppressWarnings("unchecked")
      Map<String, Object> result = (Map<String, Object>) execution.getVariable("eligibility");
      appraisals.recordEligibility(ProcessTasks.id(execution, "itemId"), Boolean.TRUE.equals(result.get("eligible")),
          (String) result.get("reason"));
    };
  }

  /** Each round of appraisal is due a number of working days after the dossier is complete. */
  @Bean
  JavaDelegate setAppraisalDeadlineDelegate() {
    return execution -> {
      long appraisalId = appraisalId(execution);
      LocalDate due = appraisals.startAppraisal(appraisalId);
      execution.setVariable("appraisalDue", deadlines.startOf(due));
      execution.setVariable("appraisalDueText", ProcessTasks.day(due));
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
      task.getExecution().setVariable("supplementRequested", supplement);
      if (supplement) {
        LocalDate deadline = appraisals.supplementDeadline(appraisalId);
        task.getExecution().setVariable("supplementDeadline", deadlines.startOf(deadline));
        task.getExecution().setVariable("supplementOverdueAt", deadlines.overdueAt(deadline));
        task.getExecution().setVariable("supplementDeadlineText", ProcessTasks.day(deadline));
        task.getExecution().setVariable("supplementRequests", appraisals.supplementRequests(appraisalId));
      } else {
        task.getExecution().setVariable("councilNeeded", appraisals.needsCouncil(appraisalId));
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
      execution.setVariable("councilNeeded", appraisals.needsCouncil(appraisalId));
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
        Set.of((String) execution.getVariable("appraisingGroup")), null);
  }

  /** The appraising body's deadline has passed: Thường trực is told. */
  @Bean
  JavaDelegate escalateAppraisalDelegate() {
    return execution -> notifyAppraisal(execution, NotificationKind.ESCALATION,
        Set.of(ESCALATION_GROUP, (String) execution.getVariable("appraisingGroup")),
        "Hồ sơ đề nghị khen thưởng của " + execution.getVariable("unitName") + " (" + execution.getVariable("trackLabel")
            + ") đã quá hạn thẩm định " + execution.getVariable("appraisalDueText") + ".");
  }

  /** Ban Tổ chức's submission: the agreed proposals counted by track and form, and the PDF to review. */
  @Bean
  TaskListener prepareSubmissionListener() {
    return task -> {
      String campaignId = ProcessTasks.campaignId(task);
      int phaseNumber = (int) ProcessTasks.id(task, "phaseNumber");
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
      String campaignId = ProcessTasks.campaignId(execution);
      int phaseNumber = (int) ProcessTasks.id(execution, "phaseNumber");
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
        "Thẩm định hồ sơ – " + execution.getVariable("unitName") + " – " + execution.getVariable("trackLabel"), reason,
        null));
  }

  private static long appraisalId(VariableScope scope) {
    return ProcessTasks.id(scope, "appraisalId");
  }
}
