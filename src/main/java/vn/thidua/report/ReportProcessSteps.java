package vn.thidua.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
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
import vn.thidua.organization.MemberSummary;
import vn.thidua.organization.OrganizationService;
import vn.thidua.organization.UnitSummary;
import vn.thidua.process.ProcessTasks;

/**
 * The steps of {@code results-submission} and of the submission stage of {@code phase-review}, one
 * bean per step as the BPMN names them; each reads ids from the execution and calls the services.
 */
@Configuration
class ReportProcessSteps {

  static final String URGE_GROUP = "uy-ban-kiem-tra";

  private final ReportService reports;
  private final ReportChecks checks;
  private final CampaignService campaigns;
  private final OrganizationService organization;
  private final NotificationService notifications;
  private final Deadlines deadlines;

  ReportProcessSteps(ReportService reports, ReportChecks checks, CampaignService campaigns,
      OrganizationService organization, NotificationService notifications, Deadlines deadlines) {
    this.reports = reports;
    this.checks = checks;
    this.campaigns = campaigns;
    this.organization = organization;
    this.notifications = notifications;
    this.deadlines = deadlines;
  }

  /** Opens the unit's report with its pledged targets; gives the tasks and timers what they need. */
  @Bean
  JavaDelegate openReportDelegate() {
    return execution -> {
      String campaignId = ProcessTasks.campaignId(execution);
      int phaseNumber = (int) ProcessTasks.id(execution, "phaseNumber");
      long unitId = ProcessTasks.id(execution, "unitId");
      CampaignSummary campaign = campaigns.summary(campaignId);
      Phase phase = checks.phase(campaignId, phaseNumber);
      UnitSummary unit = organization.findUnit(unitId)
          .orElseThrow(() -> new IllegalStateException("Unit " + unitId + " is not in the registry"));
      LocalDate deadline = phase.resultsDeadline();
      execution.setVariable("unitGroup", unit.groupId());
      execution.setVariable("unitName", unit.name());
      execution.setVariable("unitHead", organization.unitHead(unit.code()).map(MemberSummary::username).orElse(null));
      execution.setVariable("planNumber", campaign.planNumber());
      execution.setVariable("campaignTitle", campaign.title());
      execution.setVariable("phaseName", phase.name());
      execution.setVariable("resultsDeadline", deadlines.startOf(deadline));
      execution.setVariable("resultsDeadlineText", ProcessTasks.day(deadline));
      execution.setVariable("resultsReminderAt", deadlines.reminderAt(deadline));
      execution.setVariable("resultsOverdueAt", deadlines.overdueAt(deadline));
      ResultsReport report = reports.open(campaignId, phaseNumber, unitId, execution.getProcessInstanceId());
      execution.setVariable("reportId", report.getId());
    };
  }

  /** The officer's task: its id for the form's links, and a mail (with the head's remarks on a return). */
  @Bean
  TaskListener submitResultsTaskCreatedListener() {
    return task -> {
      task.setVariableLocal("taskId", task.getId());
      notifications.taskCreated(task, (String) task.getVariable("headRemarks"));
    };
  }

  @Bean
  TaskListener submitResultsListener() {
    return task -> reports.prepare(reportId(task), ProcessTasks.completedBy(task));
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
      reports.confirm(reportId(task), confirmed, confirmed ? null : remarks, ProcessTasks.completedBy(task));
      task.getExecution().setVariable("reportConfirmed", confirmed);
    };
  }

  /** Some days before the deadline: a reminder to the unit (its report is not submitted, or the timer would be gone). */
  @Bean
  JavaDelegate remindResultsDelegate() {
    return execution -> {
      Task open = ProcessTasks.openTask(execution, ReportViews.SUBMIT_TASK);
      notifications.send(new Notification(NotificationKind.REMINDER, Set.of(),
          Set.of((String) execution.getVariable("unitGroup")), open == null ? null : open.getId(),
          open == null ? "Báo cáo kết quả thi đua" : open.getName(), subject(execution), null,
          checks.phase(ProcessTasks.campaignId(execution), (int) ProcessTasks.id(execution, "phaseNumber"))
              .resultsDeadline()));
    };
  }

  /** The unit is late: Ủy ban Kiểm tra is told with its task, and the unit's members too. */
  @Bean
  TaskListener urgeLateResultsListener() {
    return task -> {
      String detail = task.getVariable("unitName") + " chưa nộp báo cáo kết quả thi đua " + task.getVariable("phaseName")
          + "; hạn nộp là " + task.getVariable("resultsDeadlineText") + ".";
      notifications.send(new Notification(NotificationKind.ESCALATION, Set.of(),
          Set.of(URGE_GROUP, (String) task.getVariable("unitGroup")), task.getId(), task.getName(),
          subject(task.getExecution()), detail, null));
    };
  }

  /** Ban Tổ chức's closing task lists the units that have not submitted. */
  @Bean
  TaskListener closeSubmissionTaskListener() {
    return task -> {
      String campaignId = ProcessTasks.campaignId(task);
      int phaseNumber = (int) ProcessTasks.id(task, "phaseNumber");
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        List<String> missing = reports.notSubmitted(campaignId, phaseNumber, checks.submittingUnitIds(campaignId));
        task.setVariableLocal("unitsNotSubmitted", missing.isEmpty() ? "(không có)" : String.join("\n", missing));
        notifications.taskCreated(task, null);
      } else if (!Boolean.TRUE.equals(task.getVariable("confirmClose"))) {
        throw new FormValidationException("Đánh dấu xác nhận đóng việc nhận báo cáo trước khi hoàn thành.");
      }
    };
  }

  @Bean
  JavaDelegate recordMissingReportsDelegate() {
    return execution -> {
      String campaignId = ProcessTasks.campaignId(execution);
      execution.setVariable("missingReportCount", reports.recordMissing(campaignId,
          (int) ProcessTasks.id(execution, "phaseNumber"), checks.submittingUnitIds(campaignId)));
    };
  }

  private static String subject(DelegateExecution execution) {
    return "Báo cáo kết quả thi đua " + execution.getVariable("phaseName") + " – " + execution.getVariable("unitName")
        + " – Kế hoạch " + execution.getVariable("planNumber");
  }

  private static long reportId(VariableScope scope) {
    return ProcessTasks.id(scope, "reportId");
  }
}
