package vn.thidua.posting;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.ThiDuaApplication;
import vn.thidua.campaign.CampaignSummary;
import vn.thidua.process.ProcessVariable;

/**
 * The engine's side of objections: each accepted objection starts {@code objection-handling} with what
 * its Tasklist form shows, and once none is left pending, the process waiting for the posting hears
 * {@value #HANDLED_MESSAGE}.
 */
@Component
class ObjectionProcess {

  static final String PROCESS_KEY = "objection-handling";
  static final String HANDLE_TASK = "Task_HandleObjection";
  static final String HANDLED_MESSAGE = "PostingObjectionsHandled";
  /** What the waiting phase review is told by; the handling itself finds its objection by process instance. */
  static final ProcessVariable<Long> POSTING_ID = ProcessVariable.id("postingId");
  static final ProcessVariable<Long> OBJECTION_ID = ProcessVariable.id("objectionId");
  static final ProcessVariable<String> CAMPAIGN_ID = ProcessVariable.text("campaignId");
  static final ProcessVariable<String> OUTCOME = ProcessVariable.text("objectionOutcome");

  /** The form's choices for an objection about one proposal, and for one about the whole list. */
  static final List<ObjectionOutcome> ENTRY_CHOICES = List.of(ObjectionOutcome.KEEP, ObjectionOutcome.WITHDRAW);
  static final List<ObjectionOutcome> GENERAL_CHOICES = List.of(ObjectionOutcome.ANSWER);

  private static final Logger log = LoggerFactory.getLogger(ObjectionProcess.class);
  private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy")
      .withZone(ZoneId.of(ThiDuaApplication.TIME_ZONE));

  private final RuntimeService runtimeService;
  private final ObjectMapper json;

  ObjectionProcess(RuntimeService runtimeService, ObjectMapper json) {
    this.runtimeService = runtimeService;
    this.json = json;
  }

  /** Starts the handling of a stored objection under the campaign's plan number; returns the instance id. */
  String start(Posting posting, Objection objection, PostingEntry entry, int entryNumber, CampaignSummary campaign) {
    boolean aboutEntry = entry != null;
    VariableMap variables = Variables.createVariables()
        .putValue(POSTING_ID.name(), posting.getId())
        .putValue(OBJECTION_ID.name(), objection.getId())
        .putValue(CAMPAIGN_ID.name(), campaign.id())
        .putValue("planNumber", campaign.planNumber())
        .putValue("campaignTitle", campaign.title())
        .putValue("postingTitle", posting.getTitle())
        .putValue("objectionKind", aboutEntry ? "ENTRY" : "GENERAL")
        .putValue("objectionSubject", aboutEntry ? describe(entry, entryNumber) : "Cả danh sách (phản ánh chung)")
        .putValue("entryAchievements", aboutEntry ? entry.achievements() : null)
        .putValue("objectionContent", objection.getContent())
        .putValue("senderText", sender(objection))
        .putValue("receivedAtText", RECEIVED.format(objection.getReceivedAt()))
        .putValue("objectionChoices", SpinValues.jsonValue(choices(aboutEntry ? ENTRY_CHOICES : GENERAL_CHOICES))
            .create());
    return runtimeService.startProcessInstanceByKey(PROCESS_KEY, campaign.planNumber(), variables)
        .getProcessInstanceId();
  }

  /**
   * Tells the process waiting for this posting that no objection is left. Nothing waiting is normal (the
   * posting may still be open), so every match is correlated and none is fine: unlike {@code correlate()},
   * this throws nothing then, and a caught exception from a nested engine call would still leave the
   * surrounding Spring transaction marked for rollback. The person completing the task need not be allowed
   * to move the waiting process, so the engine's authorization checks are off for this one step.
   */
  void allObjectionsHandled(long postingId) {
    List<MessageCorrelationResult> correlated = withoutAuthorization(() -> runtimeService
        .createMessageCorrelation(HANDLED_MESSAGE)
        .processInstanceVariableEquals(POSTING_ID.name(), postingId)
        .correlateAllWithResult());
    log.info("Objections of posting {} all handled; {} waiting process(es) told", postingId, correlated.size());
  }

  static String describe(PostingEntry entry, int number) {
    StringJoiner text = new StringJoiner(" – ");
    text.add("Số " + number + ": " + entry.nomineeName()
        + (entry.nomineeKindLabel() == null ? "" : " (" + entry.nomineeKindLabel() + ")"));
    if (entry.unitName() != null) {
      text.add(entry.unitName());
    }
    text.add(entry.rewardFormName() + (entry.trackLabel() == null ? "" : " (" + entry.trackLabel() + ")"));
    return text.toString();
  }

  private static String sender(Objection objection) {
    if (objection.getSenderName() == null && objection.getSenderContact() == null) {
      return "Không ghi tên, không để lại liên hệ";
    }
    StringJoiner sender = new StringJoiner(" · ");
    sender.add(objection.getSenderName() == null ? "Không ghi tên" : objection.getSenderName());
    sender.add(objection.getSenderContact() == null ? "không để lại liên hệ" : "liên hệ: " + objection.getSenderContact());
    return sender.toString();
  }

  private String choices(List<ObjectionOutcome> outcomes) {
    List<Map<String, String>> values = new ArrayList<>();
    outcomes.forEach(outcome -> values.add(Map.of("label", outcome.label(), "value", outcome.name())));
    try {
      return json.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the form's choices", e);
    }
  }

  private static <T> T withoutAuthorization(Callable<T> step) {
    CommandContext engineCommand = Context.getCommandContext();
    try {
      return engineCommand == null ? step.call() : engineCommand.runWithoutAuthorization(step);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
