package vn.thidua.report;

import static vn.thidua.report.ResultsSubmissionProcess.CAMPAIGN_ID;
import static vn.thidua.report.ResultsSubmissionProcess.CAMPAIGN_TITLE;
import static vn.thidua.report.ResultsSubmissionProcess.HEAD_REMARKS;
import static vn.thidua.report.ResultsSubmissionProcess.MISSING_REPORT_COUNT;
import static vn.thidua.report.ResultsSubmissionProcess.PHASE_NAME;
import static vn.thidua.report.ResultsSubmissionProcess.PHASE_NUMBER;
import static vn.thidua.report.ResultsSubmissionProcess.PLAN_NUMBER;
import static vn.thidua.report.ResultsSubmissionProcess.REPORT_CONFIRMED;
import static vn.thidua.report.ResultsSubmissionProcess.REPORT_ID;
import static vn.thidua.report.ResultsSubmissionProcess.RESULTS_DEADLINE;
import static vn.thidua.report.ResultsSubmissionProcess.RESULTS_DEADLINE_TEXT;
import static vn.thidua.report.ResultsSubmissionProcess.RESULTS_OVERDUE_AT;
import static vn.thidua.report.ResultsSubmissionProcess.RESULTS_REMINDER_AT;
import static vn.thidua.report.ResultsSubmissionProcess.UNITS_NOT_SUBMITTED;
import static vn.thidua.report.ResultsSubmissionProcess.UNIT_GROUP;
import static vn.thidua.report.ResultsSubmissionProcess.UNIT_ID;
import static vn.thidua.report.ResultsSubmissionProcess.UNIT_NAME;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignSummary;
import vn.thidua.campaign.Phase;
import vn.thidua.config.Deadlines;
import vn.thidua.form.FormValidationException;
import vn.thidua.form.FormValues;
import vn.thidua.notification.Notification;
import vn.thidua.notification.NotificationKind;
import vn.thidua.notification.NotificationService;
import vn.thidua.organization.UnitSummary;
import vn.thidua.process.ProcessTasks;

/**
 * The steps of {@code results-submission} and of the submission stage of {@code phase-review}, one
 * bean per step as the BPMN names them; each acts on the report its own process instance opened.
 */
@Configuration
class ReportProcessSteps {

  static final String URGE_GROUP = "uy-ban-kiem-tra";

  private final ReportService reports;
  private final ReportChecks checks;
  private final CampaignService campaigns;
  private final NotificationService notifications;
  private final Deadlines deadlines;

  ReportProcessSteps(ReportService reports, ReportChecks checks, CampaignService campaigns,
      NotificationService notifications, Deadlines deadlines) {
    this.reports = reports;
    this.checks = checks;
    this.campaigns = campaigns;
    this.notifications = notifications;
    this.deadlines = deadlines;
  }

  /**
   * Opens the unit's report with its pledged targets; gives the tasks and timers what they need. The
   * campaign, phase and unit {@code phase-review} handed down must be its campaign's phase under
   * review and a unit that reports in it.
   */
  @Bean
  JavaDelegate openReportDelegate() {
    return execution -> {
      CampaignSummary campaign = campaigns.ofProcess(execution);
      int phaseNumber = PHASE_NUMBER.from(execution);
      long unitId = UNIT_ID.from(execution);
      if (!campaign.id().equals(CAMPAIGN_ID.from(execution))
          || !Integer.valueOf(phaseNumber).equals(campaign.currentPhase())
          || !checks.submittingUnitIds(campaign.id()).contains(unitId)) {
        throw new IllegalStateException("Process instance " + execution.getProcessInstanceId()
            + " was not started for a reporting unit of campaign " + campaign.id() + ", phase " + phaseNumber);
      }
      Phase phase = checks.phase(campaign.id(), phaseNumber);
      UnitSummary unit = reports.unit(unitId);
      LocalDate deadline = phase.resultsDeadline();
      UNIT_GROUP.set(execution, unit.groupId());
      UNIT_NAME.set(execution, unit.name());
      PLAN_NUMBER.set(execution, campaign.planNumber());
      CAMPAIGN_TITLE.set(execution, campaign.title());
      PHASE_NAME.set(execution, phase.name());
      RESULTS_DEADLINE_TEXT.set(execution, ProcessTasks.day(deadline));
      execution.setVariable(RESULTS_DEADLINE, deadlines.startOf(deadline));
      execution.setVariable(RESULTS_REMINDER_AT, deadlines.reminderAt(deadline));
      execution.setVariable(RESULTS_OVERDUE_AT, deadlines.overdueAt(deadline));
      ResultsReport report = reports.open(campaign.id(), phaseNumber, unitId, execution.getProcessInstanceId());
      REPORT_ID.set(execution, report.getId());
    };
  }

  /** The officer's task: its id for the form's links, and a mail (with the head's remarks on a return). */
  @Bean
  TaskListener submitResultsTaskCreatedListener() {
    return task -> {
      task.setVariableLocal("taskId", task.getId());
      notifications.taskCreated(task, HEAD_REMARKS.optionalFrom(task).orElse(null));
    };
  }

  @Bean
  TaskListener submitResultsListener() {
    return task -> reports.prepare(reportOf(task).getId(), ProcessTasks.completedBy(task));
  }

  /** The head confirms and submits, or returns the report to the officer with remarks. */
  @Bean
  TaskListener confirmResultsListener() {
    return task -> {
      String decision = FormValues.text(task.getVariable("confirmationDecision"));
      String remarks = FormValues.text(task.getVariable("confirmationRemarks"));
      if (!"CONFIRM".equals(decision) && !"RETURN".equals(decision)) {
        throw new FormValidationException("Chọn Xác nhận và gửi, hoặc Trả lại cán bộ.");
      }
      boolean confirmed = "CONFIRM".equals(decision);
      if (!confirmed && remarks == null) {
        throw new FormValidationException("Khi trả lại báo cáo, cần ghi rõ nội dung cần sửa.");
      }
      reports.confirm(reportOf(task).getId(), confirmed, confirmed ? null : remarks, ProcessTasks.completedBy(task));
      REPORT_CONFIRMED.set(task.getExecution(), confirmed);
    };
  }

  /** Some days before the deadline: a reminder to the unit (its report is not submitted, or the timer would be gone). */
  @Bean
  JavaDelegate remindResultsDelegate() {
    return execution -> {
      ResultsReport report = reports.ofProcess(execution.getProcessInstanceId());
      Task open = ProcessTasks.openTask(execution, ReportViews.SUBMIT_TASK);
      notifications.send(new Notification(NotificationKind.REMINDER, Set.of(),
          Set.of(reports.unit(report.getUnitId()).groupId()), open == null ? null : open.getId(),
          open == null ? "Báo cáo kết quả thi đua" : open.getName(), subject(execution), null,
          checks.phase(report.getCampaignId(), report.getPhaseNumber()).resultsDeadline()));
    };
  }

  /** The unit is late: Ủy ban Kiểm tra is told with its task, and the unit's members too. */
  @Bean
  TaskListener urgeLateResultsListener() {
    return task -> {
      ResultsReport report = reportOf(task);
      UnitSummary unit = reports.unit(report.getUnitId());
      Phase phase = checks.phase(report.getCampaignId(), report.getPhaseNumber());
      String detail = unit.name() + " chưa nộp báo cáo kết quả thi đua " + phase.name() + "; hạn nộp là "
          + ProcessTasks.day(phase.resultsDeadline()) + ".";
      notifications.send(new Notification(NotificationKind.ESCALATION, Set.of(),
          Set.of(URGE_GROUP, unit.groupId()), task.getId(), task.getName(), subject(task.getExecution()), detail, null));
    };
  }

  /** Ban Tổ chức's closing task lists the units that have not submitted. */
  @Bean
  TaskListener closeSubmissionTaskListener() {
    return task -> {
      CampaignSummary campaign = campaigns.ofProcess(task.getExecution());
      int phaseNumber = phaseUnderReview(task.getExecution(), campaign);
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        List<String> missing = reports.notSubmitted(campaign.id(), phaseNumber, checks.submittingUnitIds(campaign.id()));
        UNITS_NOT_SUBMITTED.setLocal(task, missing.isEmpty() ? "(không có)" : String.join("\n", missing));
        notifications.taskCreated(task, null);
      } else if (!Boolean.TRUE.equals(task.getVariable("confirmClose"))) {
        throw new FormValidationException("Đánh dấu xác nhận đóng việc nhận báo cáo trước khi hoàn thành.");
      }
    };
  }

  @Bean
  JavaDelegate recordMissingReportsDelegate() {
    return execution -> {
      CampaignSummary campaign = campaigns.ofProcess(execution);
      MISSING_REPORT_COUNT.set(execution, reports.recordMissing(campaign.id(),
          phaseUnderReview(execution, campaign), checks.submittingUnitIds(campaign.id())));
    };
  }

  /** The report this process instance opened, whatever its variables say. */
  private ResultsReport reportOf(DelegateTask task) {
    return reports.ofProcess(task.getProcessInstanceId());
  }

  /** The phase {@code phase-review} runs for: the one its campaign is reviewing. */
  private static int phaseUnderReview(DelegateExecution execution, CampaignSummary campaign) {
    int phaseNumber = PHASE_NUMBER.from(execution);
    if (!Integer.valueOf(phaseNumber).equals(campaign.currentPhase())) {
      throw new IllegalStateException("Campaign " + campaign.id() + " is not reviewing phase " + phaseNumber);
    }
    return phaseNumber;
  }

  private static String subject(DelegateExecution execution) {
    return "Báo cáo kết quả thi đua " + PHASE_NAME.from(execution) + " – " + UNIT_NAME.from(execution)
        + " – Kế hoạch " + PLAN_NUMBER.from(execution);
  }
}
