package vn.thidua.campaign;

import org.camunda.bpm.engine.delegate.DelegateTask;

import vn.thidua.process.ProcessTasks;

/** What every launch task listener reads from its task. */
final class LaunchTasks {

  static final String CAMPAIGN_ID = ProcessTasks.CAMPAIGN_ID;

  private LaunchTasks() {
  }

  static String campaignId(DelegateTask task) {
    return ProcessTasks.campaignId(task);
  }

  static String completedBy(DelegateTask task) {
    return ProcessTasks.completedBy(task);
  }
}
