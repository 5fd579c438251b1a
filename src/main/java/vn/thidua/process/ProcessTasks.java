package vn.thidua.process;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

import vn.thidua.ThiDuaApplication;

/** What the features' listeners and delegates read from the engine, the same way everywhere. */
public final class ProcessTasks {

  public static final String CAMPAIGN_ID = "campaignId";

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private ProcessTasks() {
  }

  public static String campaignId(VariableScope scope) {
    return (String) scope.getVariable(CAMPAIGN_ID);
  }

  /** A numeric id variable (the engine may hand back Integer or Long). */
  public static long id(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (!(value instanceof Number number)) {
      throw new IllegalStateException("Process variable " + name + " is missing");
    }
    return number.longValue();
  }

  /**
   * The process instance at the top of this one's call chain: for every stage of a campaign, the
   * {@code campaign} process whose id the campaign stores. Only the engine writes this chain.
   */
  public static String rootProcessInstanceId(DelegateExecution execution) {
    DelegateExecution instance = execution.getProcessInstance();
    while (instance.getSuperExecution() != null) {
      instance = instance.getSuperExecution().getProcessInstance();
    }
    return instance.getProcessInstanceId();
  }

  /** The person completing the task: the signed-in user, or the assignee when the engine acts alone. */
  public static String completedBy(DelegateTask task) {
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication != null ? authentication.getUserId() : task.getAssignee();
  }

  /** The open task of this process instance at the given step, if any. */
  public static Task openTask(DelegateExecution execution, String taskDefinitionKey) {
    return execution.getProcessEngineServices().getTaskService().createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  /** Today by the engine's clock (what its timers follow), in Vietnamese local time. */
  public static LocalDate today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of(ThiDuaApplication.TIME_ZONE));
  }

  /** A date as officers read it: dd/MM/yyyy. */
  public static String day(LocalDate date) {
    return date == null ? null : DAY.format(date);
  }
}
