package vn.thidua.pledge;

import java.time.LocalDate;
import java.util.Map;
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
import vn.thidua.config.Deadlines;
import vn.thidua.form.FormValidationException;
import vn.thidua.form.FormValues;
import vn.thidua.notification.Notification;
import vn.thidua.notification.NotificationKind;
import vn.thidua.notification.NotificationService;
import vn.thidua.organization.OrganizationService;
import vn.thidua.organization.UnitSummary;
import vn.thidua.process.ProcessTasks;

/**
 * The steps of {@code pledge-registration} and of the campaign's registration stage, one bean per
 * step as the BPMN names them; each reads ids from the execution and calls {@link PledgeService}.
 */
@Configuration
class PledgeProcessSteps {

  static final String URGE_GROUP = "uy-ban-kiem-tra";

  private final PledgeService pledges;
  private final PledgeFormVariables formVariables;
  private final CampaignService campaigns;
  private final OrganizationService organization;
  private final NotificationService notifications;
  private final Deadlines deadlines;

  PledgeProcessSteps(PledgeService pledges, PledgeFormVariables formVariables, CampaignService campaigns,
      OrganizationService organization, NotificationService notifications, Deadlines deadlines) {
    this.pledges = pledges;
    this.formVariables = formVariables;
    this.campaigns = campaigns;
    this.organization = organization;
    this.notifications = notifications;
    this.deadlines = deadlines;
  }

  /** Opens the unit's draft registration and gives the process what its tasks and timers need. */
  @Bean
  JavaDelegate openPledgeDelegate() {
    return execution -> {
      String campaignId = ProcessTasks.campaignId(execution);
      long unitId = ProcessTasks.id(execution, "unitId");
      CampaignSummary campaign = campaigns.summary(campaignId);
      UnitSummary unit = organization.findUnit(unitId)
          .orElseThrow(() -> new IllegalStateException("Unit " + unitId + " is not in the registry"));
      Pledge pledge = pledges.open(campaignId, unitId, execution.getProcessInstanceId());
      LocalDate deadline = campaign.pledgeDeadline();
      execution.setVariable("pledgeId", pledge.getId());
      execution.setVariable("unitGroup", unit.groupId());
      execution.setVariable("unitName", unit.name());
      execution.setVariable("planNumber", campaign.planNumber());
      execution.setVariable("campaignTitle", campaign.title());
      execution.setVariable("pledgeDeadline", deadlines.startOf(deadline));
      execution.setVariable("pledgeDeadlineText", ProcessTasks.day(deadline));
      execution.setVariable("pledgeReminderAt", deadlines.reminderAt(deadline));
      execution.setVariable("pledgeOverdueAt", deadlines.overdueAt(deadline));
      formVariables.refresh(pledge, campaign, Map.of());
    };
  }

  /** The unit's task: its id for the form's links, and a mail (with the reason when it was returned). */
  @Bean
  TaskListener pledgeTaskCreatedListener() {
    return task -> {
      task.setVariableLocal("taskId", task.getId());
      notifications.taskCreated(task, (String) task.getVariable("pledgeReturnReason"));
    };
  }

  @Bean
  TaskListener submitPledgeListener() {
    return task -> pledges.submit(pledgeId(task), ProcessTasks.completedBy(task));
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
      pledges.review(pledgeId(task), accepted, accepted ? null : reason, ProcessTasks.completedBy(task));
      task.getExecution().setVariable("pledgeAccepted", accepted);
    };
  }

  /** Some days before the deadline: a reminder to the unit if it still has to register. */
  @Bean
  JavaDelegate remindPledgeDelegate() {
    return execution -> {
      if (!pledges.awaitingUnit(pledgeId(execution))) {
        return;
      }
      Task open = ProcessTasks.openTask(execution, PledgeService.REGISTER_TASK);
      notifications.send(new Notification(NotificationKind.REMINDER, Set.of(),
          Set.of((String) execution.getVariable("unitGroup")), open == null ? null : open.getId(),
          open == null ? "Đăng ký thi đua" : open.getName(), subject(execution), null,
          campaigns.summary(ProcessTasks.campaignId(execution)).pledgeDeadline()));
    };
  }

  /** The unit is late: Ủy ban Kiểm tra is told with its task, and the unit's members too. */
  @Bean
  TaskListener urgeLatePledgeListener() {
    return task -> {
      String unitName = (String) task.getVariable("unitName");
      String detail = unitName + " chưa gửi bản đăng ký thi đua; hạn đăng ký là "
          + task.getVariable("pledgeDeadlineText") + ".";
      notifications.send(new Notification(NotificationKind.ESCALATION, Set.of(),
          Set.of(URGE_GROUP, (String) task.getVariable("unitGroup")), task.getId(), task.getName(),
          subject(task.getExecution()), detail, null));
    };
  }

  /** Ban Tổ chức's closing task shows how registration stands. */
  @Bean
  TaskListener closeRegistrationTaskListener() {
    return task -> {
      String campaignId = (String) task.getVariable("campaignId");
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        PledgeService.RegistrationProgress progress = pledges.progress(campaignId);
        task.setVariableLocal("registrationSummary", "Đã duyệt " + progress.accepted() + "/" + progress.units()
            + " đơn vị; chờ xem xét: " + progress.awaitingReview() + ".");
        task.setVariableLocal("unitsNotAccepted", progress.notAccepted().isEmpty()
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
    return execution -> execution.setVariable("missingPledgeCount",
        pledges.recordMissing(ProcessTasks.campaignId(execution)));
  }

  private static String subject(DelegateExecution execution) {
    return "Đăng ký thi đua – " + execution.getVariable("unitName") + " – Kế hoạch " + execution.getVariable("planNumber");
  }

  private static long pledgeId(VariableScope scope) {
    return ProcessTasks.id(scope, "pledgeId");
  }
}
