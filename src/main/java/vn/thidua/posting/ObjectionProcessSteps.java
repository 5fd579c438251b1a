package vn.thidua.posting;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.thidua.form.FormValidationException;
import vn.thidua.form.FormValues;
import vn.thidua.process.ProcessTasks;

/** The steps of {@code objection-handling}, as the BPMN names them. */
@Configuration
class ObjectionProcessSteps {

  static final String DECISION = "objectionDecision";
  static final String ANSWER = "objectionAnswer";
  static final String WITHDRAW_REASON = "withdrawReason";

  private final PostingService postings;

  ObjectionProcessSteps(PostingService postings) {
    this.postings = postings;
  }

  /** Ban Tổ chức's decision on the objection its process instance handles: keep the proposal with an answer, withdraw it with a reason, or answer. */
  @Bean
  TaskListener handleObjectionListener() {
    return task -> {
      ObjectionOutcome outcome = outcome(FormValues.text(task.getVariable(DECISION)));
      String text = FormValues.text(task.getVariable(outcome == ObjectionOutcome.WITHDRAW ? WITHDRAW_REASON : ANSWER));
      postings.handle(task.getProcessInstanceId(), outcome, PostingTexts.clean(text), ProcessTasks.completedBy(task));
      ObjectionProcess.OUTCOME.set(task.getExecution(), outcome.name());
    };
  }

  private static ObjectionOutcome outcome(String decision) {
    if (decision == null) {
      throw new FormValidationException("Chọn hướng xử lý phản ánh.");
    }
    try {
      return ObjectionOutcome.valueOf(decision);
    } catch (IllegalArgumentException unknown) {
      throw new FormValidationException("Hướng xử lý \"" + decision + "\" không hợp lệ.");
    }
  }
}
