package vn.thidua.pledge;

import vn.thidua.process.ProcessTasks;
import vn.thidua.process.ProcessVariable;

/**
 * The variables of {@code pledge-registration}, and of the registration stage of {@code campaign}. A
 * step finds the registration it acts on as the one its own process instance opened
 * ({@link PledgeService#ofProcess}); {@link #PLEDGE_ID}, the unit's group and name are there for the
 * forms, mails and Tasklist's lists, and are never read back as references.
 */
final class PledgeRegistrationProcess {

  /** Handed down by {@code campaign} at the call's start, checked against the campaign there. */
  static final ProcessVariable<String> CAMPAIGN_ID = ProcessVariable.text(ProcessTasks.CAMPAIGN_ID);
  static final ProcessVariable<Long> UNIT_ID = ProcessVariable.id("unitId");

  static final ProcessVariable<Long> PLEDGE_ID = ProcessVariable.id("pledgeId");
  static final ProcessVariable<String> UNIT_GROUP = ProcessVariable.text("unitGroup");
  static final ProcessVariable<String> UNIT_NAME = ProcessVariable.text("unitName");
  static final ProcessVariable<String> PLAN_NUMBER = ProcessVariable.text("planNumber");
  static final ProcessVariable<String> CAMPAIGN_TITLE = ProcessVariable.text("campaignTitle");
  static final ProcessVariable<String> PLEDGE_DEADLINE_TEXT = ProcessVariable.text("pledgeDeadlineText");
  /** Dates the model's due date and timers read. */
  static final String PLEDGE_DEADLINE = "pledgeDeadline";
  static final String PLEDGE_REMINDER_AT = "pledgeReminderAt";
  static final String PLEDGE_OVERDUE_AT = "pledgeOverdueAt";

  /** Ban Tổ chức's reason on a return, kept in step with the registration for the unit's form and mail. */
  static final ProcessVariable<String> PLEDGE_RETURN_REASON = ProcessVariable.text("pledgeReturnReason");
  static final ProcessVariable<Boolean> PLEDGE_ACCEPTED = ProcessVariable.flag("pledgeAccepted");

  /** The closing task of the campaign's registration stage. */
  static final ProcessVariable<String> REGISTRATION_SUMMARY = ProcessVariable.text("registrationSummary");
  static final ProcessVariable<String> UNITS_NOT_ACCEPTED = ProcessVariable.text("unitsNotAccepted");
  static final ProcessVariable<Integer> MISSING_PLEDGE_COUNT = ProcessVariable.number("missingPledgeCount");

  private PledgeRegistrationProcess() {
  }
}
