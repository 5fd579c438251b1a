package vn.thidua.campaign;

import vn.thidua.process.ProcessTasks;
import vn.thidua.process.ProcessVariable;

/**
 * The variables of {@code campaign} and of the {@code campaign-launch} it calls (which receives them
 * all). The campaign a step acts on is found by its process ({@link CampaignService#ofProcess}); the
 * id variable is there for the models' expressions and Tasklist, and is never read back as a reference.
 */
final class CampaignProcess {

  static final ProcessVariable<String> CAMPAIGN_ID = ProcessVariable.text(ProcessTasks.CAMPAIGN_ID);
  static final ProcessVariable<String> PLAN_NUMBER = ProcessVariable.text("planNumber");
  static final ProcessVariable<String> CAMPAIGN_TITLE = ProcessVariable.text("campaignTitle");
  static final ProcessVariable<String> RESPONSE_SPEECH_UNIT_GROUP = ProcessVariable.text("responseSpeechUnitGroup");
  static final ProcessVariable<String> RESPONSE_SPEECH_UNIT_NAME = ProcessVariable.text("responseSpeechUnitName");

  /** What the approvers' forms show, and where the launch goes after both approvers decided. */
  static final ProcessVariable<Long> BUDGET_TOTAL = ProcessVariable.id("budgetTotal");
  static final ProcessVariable<Boolean> BUDGET_RETURNED = ProcessVariable.flag("budgetReturned");
  static final ProcessVariable<Boolean> PROGRAMME_RETURNED = ProcessVariable.flag("programmeReturned");

  private CampaignProcess() {
  }
}
