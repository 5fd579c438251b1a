package vn.thidua.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * What process tests do on the engine as people and time would: find and complete a task, let a
 * timer fire once the engine's clock has reached it. Dates are Vietnamese local time.
 */
public final class EngineSteps {

  private final TaskService taskService;
  private final ManagementService managementService;

  public EngineSteps(TaskService taskService, ManagementService managementService) {
    this.taskService = taskService;
    this.managementService = managementService;
  }

  public Task task(ProcessInstance instance, String activityId) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(activityId).singleResult();
  }

  public void complete(ProcessInstance instance, String activityId, Map<String, Object> variables) {
    taskService.complete(task(instance, activityId).getId(), variables);
  }

  /** Runs the timer's job, which must be due by the engine's clock (set it with {@link ClockUtil} first). */
  public void fireTimer(ProcessInstance instance, String activityId) {
    Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
        .singleResult();
    assertThat(timer).as("timer %s", activityId).isNotNull();
    assertThat(timer.getDuedate()).isBeforeOrEqualTo(ClockUtil.getCurrentTime());
    managementService.executeJob(timer.getId());
  }

  /** Runs the asynchronous continuation before the activity (job execution is off in tests). */
  public void runAsync(ProcessInstance instance, String activityId) {
    Job job = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
        .singleResult();
    assertThat(job).as("asynchronous step %s", activityId).isNotNull();
    managementService.executeJob(job.getId());
  }

  public static Date at(LocalDate day) {
    return at(day, 0, 0);
  }

  public static Date at(LocalDate day, int hour, int minute) {
    return Date.from(day.atTime(hour, minute).atZone(ZoneId.systemDefault()).toInstant());
  }
}
