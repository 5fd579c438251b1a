package vn.thidua.pledge;

import static vn.thidua.pledge.PledgeRegistrationProcess.CAMPAIGN_ID;
import static vn.thidua.pledge.PledgeRegistrationProcess.CAMPAIGN_TITLE;
import static vn.thidua.pledge.PledgeRegistrationProcess.MISSING_PLEDGE_COUNT;
import static vn.thidua.pledge.PledgeRegistrationProcess.PLAN_NUMBER;
import static vn.thidua.pledge.PledgeRegistrationProcess.PLEDGE_ACCEPTED;
import static vn.thidua.pledge.PledgeRegistrationProcess.PLEDGE_DEADLINE;
import static vn.thidua.pledge.PledgeRegistrationProcess.PLEDGE_DEADLINE_TEXT;
import static vn.thidua.pledge.PledgeRegistrationProcess.PLEDGE_ID;
import static vn.thidua.pledge.PledgeRegistrationProcess.PLEDGE_OVERDUE_AT;
import static vn.thidua.pledge.PledgeRegistrationProcess.PLEDGE_REMINDER_AT;
import static vn.thidua.pledge.PledgeRegistrationProcess.PLEDGE_RETURN_REASON;
import static vn.thidua.pledge.PledgeRegistrationProcess.REGISTRATION_SUMMARY;
import static vn.thidua.pledge.PledgeRegistrationProcess.UNITS_NOT_ACCEPTED;
import static vn.thidua.pledge.PledgeRegistrationProcess.UNIT_GROUP;
import static vn.thidua.pledge.PledgeRegistrationProcess.UNIT_ID;
import static vn.thidua.pledge.PledgeRegistrationProcess.UNIT_NAME;

import java.time.LocalDate;
import java.util.Map;
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
import vn.thidua.config.Deadlines;
import vn.thidua.form.FormValidationException;
import vn.thidua.form.FormValues;
import vn.thidua.notification.Notification;
import vn.thidua.notification.NotificationKind;
import vn.thidua.notification.NotificationService;
import vn.thidua.organization.UnitSummary;
import vn.thidua.process.ProcessTasks;

/**
 * The steps of {@code pledge-registration} and of the campaign's registration stage, one bean per
 * step as the BPMN names them; each acts on the registration its own process instance opened, through
 * {@link PledgeService}.
 */
@Configuration
class PledgeProcessSteps {

  static final String URGE_GROUP = "uy-ban-kiem-tra";

  private final PledgeService pledges;
  private final PledgeFormVariables formVariables;
  private final CampaignService campaigns;
  private final NotificationService notifications;
  private final Deadlines deadlines;

  PledgeProcessSteps(PledgeService pledges, PledgeFormVariables formVariables, CampaignService campaigns,
      NotificationService notifications, Deadlines deadlines) {
    this.pledges = pledges;
    this.formVariables = formVariables;
    this.campaigns = campaigns;
    this.notifications = notifications;
    this.deadlines = deadlines;
  }

  /**
   * Opens the unit's draft registration and gives the process what its tasks and timers need. The
   * campaign and unit handed down must be this campaign's and one of its participating units.
   */
  @Bean
  JavaDelegate openPledgeDelegate() {
    return execution -> {
      CampaignSummary campaign = campaigns.ofProcess(execution);
      long unitId = UNIT_ID.from(execution);
      if (!campaign.id().equals(CAMPAIGN_ID.from(execution)) || !campaign.unitIds().contains(unitId)) {
        throw new IllegalStateException("Process instance " + execution.getProcessInstanceId()
            + " was not started for a participating unit of campaign " + campaign.id());
      }
      UnitSummary unit = pledges.unit(unitId);
      Pledge pledge = pledges.open(campaign.id(), unitId, execution.getProcessInstanceId());
      LocalDate deadline = campaign.pledgeDeadline();
      PLEDGE_ID.set(execution, pledge.getId());
      UNIT_GROUP.set(execution, unit.groupId());
      UNIT_NAME.set(execution, unit.name());
      PLAN_NUMBER.set(execution, campaign.planNumber());
      CAMPAIGN_TITLE.set(execution, campaign.title());
      PLEDGE_DEADLINE_TEXT.set(execution, ProcessTasks.day(deadline));
      execution.setVariable(PLEDGE_DEADLINE, deadlines.startOf(deadline));
      execution.setVariable(PLEDGE_REMINDER_AT, deadlines.reminderAt(deadline));
      execution.setVariable(PLEDGE_OVERDUE_AT, deadlines.overdueAt(deadline));
      formVariables.refresh(pledge, campaign, Map.of());
    };
  }

  /** The unit's task: its id for the form's links, and a mail (with the reason when it was returned). */
  @Bean
  TaskListener pledgeTaskCreatedListener() {
    return task -> {
      task.setVariableLocal("taskId", task.getId());
      notifications.taskCreated(task, PLEDGE_RETURN_REASON.optionalFrom(task).orElse(null));
    };
  }

  @Bean
  TaskListener submitPledgeListener() {
    return task -> pledges.submit(pledgeOf(task).getId(), ProcessTasks.completedBy(task));
  }

  /** Ban Tổ chức's review: accept, or return with a reason the unit will read. */
  @Bean
  TaskListener reviewPledgeListener() {
    return task -> {
      String decision = FormValues.text(task.getVariable("pledgeDecision"));
      String reason = FormValues.text(task.getVariable("returnReason"));
      if (!"ACCEPT".equals(decision) && !"RETURN".equals(decision)) {
        throw new FormValidationException("Chọn Duyệt hoặc Trả lại bản đăng ký.");
      }
      boolean accepted = "ACCEPT".equals(decision);
      if (!accepted && reason == null) {
        throw new FormValidationException("Khi trả lại bản đăng ký, cần ghi rõ lý do để đơn vị sửa.");
      }
      pledges.review(pledgeOf(task).getId(), accepted, accepted ? null : reason, ProcessTasks.completedBy(task));
      PLEDGE_ACCEPTED.set(task.getExecution(), accepted);
    };
  }

  /** Some days before the deadline: a reminder to the unit if it still has to register. */
  @Bean
  JavaDelegate remindPledgeDelegate() {
    return execution -> {
      Pledge pledge = pledges.ofProcess(execution.getProcessInstanceId());
      if (!pledges.awaitingUnit(pledge.getId())) {
        return;
      }
      Task open = ProcessTasks.openTask(execution, PledgeService.REGISTER_TASK);
      notifications.send(new Notification(NotificationKind.REMINDER, Set.of(),
          Set.of(pledges.unit(pledge.getUnitId()).groupId()), open == null ? null : open.getId(),
          open == null ? "Đăng ký thi đua" : open.getName(), subject(execution), null,
          campaigns.summary(pledge.getCampaignId()).pledgeDeadline()));
    };
  }

  /** The unit is late: Ủy ban Kiểm tra is told with its task, and the unit's members too. */
  @Bean
  TaskListener urgeLatePledgeListener() {
    return task -> {
      Pledge pledge = pledgeOf(task);
      UnitSummary unit = pledges.unit(pledge.getUnitId());
      String detail = unit.name() + " chưa gửi bản đăng ký thi đua; hạn đăng ký là "
          + ProcessTasks.day(campaigns.summary(pledge.getCampaignId()).pledgeDeadline()) + ".";
      notifications.send(new Notification(NotificationKind.ESCALATION, Set.of(),
          Set.of(URGE_GROUP, unit.groupId()), task.getId(), task.getName(), subject(task.getExecution()), detail, null));
    };
  }

  /** Ban Tổ chức's closing task shows how registration stands. */
  @Bean
  TaskListener closeRegistrationTaskListener() {
    return task -> {
      String campaignId = campaigns.ofProcess(task.getExecution()).id();
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        PledgeService.RegistrationProgress progress = pledges.progress(campaignId);
        REGISTRATION_SUMMARY.setLocal(task, "Đã duyệt " + progress.accepted() + "/" + progress.units()
            + " đơn vị; chờ xem xét: " + progress.awaitingReview() + ".");
        UNITS_NOT_ACCEPTED.setLocal(task, progress.notAccepted().isEmpty()
            ? "(không có)" : String.join("\n", progress.notAccepted()));
        notifications.taskCreated(task, null);
      } else {
        if (!Boolean.TRUE.equals(task.getVariable("confirmClose"))) {
          throw new FormValidationException("Đánh dấu xác nhận đóng đăng ký trước khi hoàn thành.");
        }
        pledges.checkNothingAwaitsReview(campaignId);
      }
    };
  }

  @Bean
  JavaDelegate recordMissingPledgesDelegate() {
    return execution -> MISSING_PLEDGE_COUNT.set(execution,
        pledges.recordMissing(campaigns.ofProcess(execution).id()));
  }

  /** The registration this process instance opened, whatever its variables say. */
  private Pledge pledgeOf(DelegateTask task) {
    return pledges.ofProcess(task.getProcessInstanceId());
  }

  private static String subject(DelegateExecution execution) {
    return "Đăng ký thi đua – " + UNIT_NAME.from(execution) + " – Kế hoạch " + PLAN_NUMBER.from(execution);
  }
}
