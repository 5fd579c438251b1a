package vn.thidua.decision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.campaign.CampaignService;
import vn.thidua.document.MoneyWords;
import vn.thidua.form.FormValidationException;
import vn.thidua.form.FormValues;
import vn.thidua.notification.Notification;
import vn.thidua.notification.NotificationKind;
import vn.thidua.notification.NotificationService;
import vn.thidua.process.ProcessTasks;

/**
 * The steps of {@code reward-decision}, one bean per step as the BPMN names them: each acts on the decision
 * of its process instance through {@link RewardDecisionService} and gives the task form what it shows.
 */
@Configuration
class DecisionProcessSteps {

  private final RewardDecisionService decisions;
  private final NotificationService notifications;
  private final ObjectMapper json;
  private final CampaignService campaigns;

  DecisionProcessSteps(RewardDecisionService decisions, NotificationService notifications, ObjectMapper json,
      CampaignService campaigns) {
    this.campaigns = campaigns;
    this.decisions = decisions;
    this.notifications = notifications;
    this.json = json;
  }

  @Bean
  JavaDelegate prepareDecisionDelegate() {
    return execution -> {
      RewardDecision decision = decisions.prepare(
          campaigns.handedDown(execution, RewardDecisionProcess.CAMPAIGN_ID.from(execution)),
          RewardDecisionProcess.PHASE_NUMBER.from(execution), RewardDecisionProcess.AUTHORITY.from(execution),
          execution.getProcessInstanceId());
      RewardDecisionProcess.DECISION_ID.set(execution, decision.getId());
      RewardDecisionProcess.DECISION_KIND.set(execution, decision.getKind().name());
      RewardDecisionProcess.DECISION_SUBJECT.set(execution, decision.getSubject());
      RewardDecisionProcess.DECIDED_BY.set(execution, decision.getDecidedBy());
    };
  }

  @Bean
  JavaDelegate generateDraftDelegate() {
    return execution -> decisions.generateDraft(decisionId(execution));
  }

  @Bean
  JavaDelegate recordIssuedDecisionDelegate() {
    return execution -> decisions.recordIssued(decisionId(execution));
  }

  @Bean
  JavaDelegate generateForwardingDelegate() {
    return execution -> decisions.generateForwarding(decisionId(execution));
  }

  /** The superior level's answer or the organisation's decision: its awards enter the registry. */
  @Bean
  JavaDelegate recordAnsweredAwardsDelegate() {
    return execution -> decisions.recordAnswered(decisionId(execution));
  }

  /** The signer reads the draft and signs, or refuses with a reason. */
  @Bean
  TaskListener signDecisionListener() {
    return task -> {
      long decisionId = decisionId(task);
      if (created(task)) {
        showDecision(task, decisionId);
        forget(task, "signOutcome", "refusalReason");
        return;
      }
      String outcome = FormValues.text(task.getVariable("signOutcome"));
      if ("SIGN".equals(outcome)) {
        decisions.sign(decisionId, ProcessTasks.completedBy(task));
        RewardDecisionProcess.DECISION_SIGNED.set(task.getExecution(), true);
      } else if ("REFUSE".equals(outcome)) {
        decisions.refuse(decisionId, FormValues.text(task.getVariable("refusalReason")));
        RewardDecisionProcess.DECISION_SIGNED.set(task.getExecution(), false);
      } else {
        throw new FormValidationException("Chọn Ký quyết định hoặc Trả lại dự thảo.");
      }
    };
  }

  /** Ban Tổ chức revises a refused draft: subject and awardees taken off, then it is drafted again. */
  @Bean
  TaskListener reviseDecisionListener() {
    return task -> {
      long decisionId = decisionId(task);
      RewardDecision decision = decisions.decision(decisionId);
      if (created(task)) {
        showDecision(task, decisionId);
        forget(task, "removedProposalIds");
        task.setVariableLocal("refusalReason", decision.getRefusalReason());
        task.getExecution().setVariable("revisedSubject", decision.getSubject());
        task.setVariableLocal("awardeeOptions", options(decisions.included(decisionId)));
        notifications.send(new Notification(NotificationKind.RETURNED, Set.of(), Set.of("ban-to-chuc"), task.getId(),
            task.getName(), decision.getSubject(), decision.getRefusalReason(), null));
        return;
      }
      List<Long> removed = FormValues.codes(task.getVariable("removedProposalIds")).stream().map(Long::valueOf)
          .toList();
      decisions.revise(decisionId, FormValues.text(task.getVariable("revisedSubject")), removed);
    };
  }

  /** The office takes the number (or enters its register's) and the day of issue. */
  @Bean
  TaskListener issueDecisionListener() {
    return task -> {
      long decisionId = decisionId(task);
      if (created(task)) {
        showDecision(task, decisionId);
        RewardDecision decision = decisions.decision(decisionId);
        task.setVariableLocal("nextNumber", decisions.nextNumber(decisionId, ProcessTasks.today()));
        task.setVariableLocal("signedBy", decision.getSignerName() + " (" + decision.getSignerTitle()
            .replace('\n', ' ') + ")");
        forget(task, "manualNumber");
        task.getExecution().setVariable("numberMode", "AUTO");
        task.getExecution().setVariable("issueDate", ProcessTasks.today().toString());
        return;
      }
      String mode = FormValues.text(task.getVariable("numberMode"));
      String manual = FormValues.text(task.getVariable("manualNumber"));
      if ("MANUAL".equals(mode) && manual == null) {
        throw new FormValidationException("Nhập số quyết định theo sổ văn bản của văn phòng.");
      }
      decisions.issue(decisionId, "MANUAL".equals(mode) ? manual : null,
          FormValues.date(task.getVariable("issueDate")), ProcessTasks.completedBy(task));
    };
  }

  /** Ban Tổ chức checks the list for the superior level and sends the submission. */
  @Bean
  TaskListener prepareForwardingListener() {
    return task -> {
      long decisionId = decisionId(task);
      if (created(task)) {
        showDecision(task, decisionId);
        forget(task, "confirmForwarding");
        return;
      }
      if (!Boolean.TRUE.equals(task.getVariable("confirmForwarding"))) {
        throw new FormValidationException("Đánh dấu xác nhận đã kiểm tra danh sách và gửi tờ trình cấp trên.");
      }
      decisions.forward(decisionId, FormValues.text(task.getVariable("submissionNumber")),
          FormValues.date(task.getVariable("submissionDate")));
    };
  }

  @Bean
  TaskListener recordSuperiorAnswerListener() {
    return answerListener();
  }

  @Bean
  TaskListener recordOrganisationDecisionListener() {
    return answerListener();
  }

  /** The answer of the superior level, or the organisation's own decision: which proposals were awarded. */
  private TaskListener answerListener() {
    return task -> {
      long decisionId = decisionId(task);
      if (created(task)) {
        showDecision(task, decisionId);
        task.setVariableLocal("proposalOptions", options(decisions.included(decisionId)));
        forget(task, "awardedProposalIds");
        return;
      }
      List<Long> awarded;
      try {
        awarded = FormValues.codes(task.getVariable("awardedProposalIds")).stream().map(Long::valueOf).toList();
      } catch (NumberFormatException e) {
        throw new FormValidationException("Danh sách đề nghị được khen thưởng không hợp lệ.");
      }
      decisions.answer(decisionId, FormValues.text(task.getVariable("answerDecisionNumber")),
          FormValues.date(task.getVariable("answerDecisionDate")), FormValues.text(task.getVariable("answerDecider")),
          awarded, ProcessTasks.completedBy(task));
    };
  }

  /** What every task of the decision shows: its subject, awardees with money, and its files. */
  private void showDecision(DelegateTask task, long decisionId) {
    List<DecisionItem> listed = decisions.included(decisionId);
    long total = listed.stream().mapToLong(item -> item.getMoney() == null ? 0 : item.getMoney()).sum();
    Map<String, Long> perForm = listed.stream()
        .collect(Collectors.groupingBy(DecisionItem::getRewardFormName, LinkedHashMap::new,
            Collectors.counting()));
    task.setVariableLocal("decisionSummary", perForm.entrySet().stream()
        .map(entry -> "- " + entry.getKey() + ": " + entry.getValue())
        .collect(Collectors.joining("\n")) + "\n\nTổng số: " + listed.size()
        + (total > 0 ? " · Tổng tiền thưởng: " + MoneyWords.amount(total) : ""));
    task.setVariableLocal("awardeeRows", rows(listed));
    task.setVariableLocal("decisionPageUrl", "/app/decision.html?id=" + decisionId + "&task=" + task.getId());
    task.setVariableLocal("documentsUrl", "/api/decisions/" + decisionId + "/documents");
  }

  private Object rows(List<DecisionItem> listed) {
    return SpinValues.jsonValue(write(listed.stream().map(item -> Map.of(
        "nominee", item.getNomineeName(),
        "unit", item.getUnitName(),
        "form", item.getRewardFormName(),
        "money", item.getMoney() == null ? "" : MoneyWords.figures(item.getMoney()))).toList())).create();
  }

  private Object options(List<DecisionItem> listed) {
    return SpinValues.jsonValue(write(listed.stream().map(item -> Map.of(
        "label", item.getNomineeName() + " (" + item.getUnitName() + ") – " + item.getRewardFormName(),
        "value", item.getProposalId().toString())).toList())).create();
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A task that comes round again would show the last answer already chosen: the answer is removed so the
   * person decides afresh. Tasklist completes with process variables, so the answers live there.
   */
  private static void forget(DelegateTask task, String... answers) {
    for (String answer : answers) {
      task.getExecution().removeVariable(answer);
    }
  }

  private static boolean created(DelegateTask task) {
    return TaskListener.EVENTNAME_CREATE.equals(task.getEventName());
  }

  /** The decision this process instance prepared, whatever its variables say. */
  private long decisionId(DelegateExecution execution) {
    return decisions.ofProcessInstance(execution.getProcessInstanceId()).getId();
  }

  private long decisionId(DelegateTask task) {
    return decisions.ofProcessInstance(task.getProcessInstanceId()).getId();
  }
}
