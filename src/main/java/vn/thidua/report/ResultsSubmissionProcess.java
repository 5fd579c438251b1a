package vn.thidua.report;

import vn.thidua.process.ProcessTasks;
import vn.thidua.process.ProcessVariable;

/**
 * The variables of {@code results-submission}, and of the submission stage of {@code phase-review}
 * that hands the first three down. A step finds the report it acts on as the one its own process
 * instance opened ({@link ReportService#ofProcess}); {@link #REPORT_ID}, the unit's group and name are
 * there for the forms, mails and Tasklist's lists, and are never read back as references.
 */
final class ResultsSubmissionProcess {

  /** Handed down by {@code phase-review} at the call's start, checked against the campaign there. */
  static final ProcessVariable<String> CAMPAIGN_ID = ProcessVariable.text(ProcessTasks.CAMPAIGN_ID);
  static final ProcessVariable<Integer> PHASE_NUMBER = ProcessVariable.number("phaseNumber");
  static final ProcessVariable<Long> UNIT_ID = ProcessVariable.id("unitId");

  static final ProcessVariable<Long> REPORT_ID = ProcessVariable.id("reportId");
  static final ProcessVariable<String> UNIT_GROUP = ProcessVariable.text("unitGroup");
  static final ProcessVariable<String> UNIT_NAME = ProcessVariable.text("unitName");
  static final ProcessVariable<String> PLAN_NUMBER = ProcessVariable.text("planNumber");
  static final ProcessVariable<String> CAMPAIGN_TITLE = ProcessVariable.text("campaignTitle");
  static final ProcessVariable<String> PHASE_NAME = ProcessVariable.text("phaseName");
  static final ProcessVariable<String> RESULTS_DEADLINE_TEXT = ProcessVariable.text("resultsDeadlineText");
  /** Dates the model's due date and timers read. */
  static final String RESULTS_DEADLINE = "resultsDeadline";
  static final String RESULTS_REMINDER_AT = "resultsReminderAt";
  static final String RESULTS_OVERDUE_AT = "resultsOverdueAt";

  /** The head's remarks on a return, kept in step with the report for the officer's form and mail. */
  static final ProcessVariable<String> HEAD_REMARKS = ProcessVariable.text("headRemarks");
  static final ProcessVariable<Boolean> REPORT_CONFIRMED = ProcessVariable.flag("reportConfirmed");

  /** The closing task of {@code phase-review}'s submission stage. */
  static final ProcessVariable<String> UNITS_NOT_SUBMITTED = ProcessVariable.text("unitsNotSubmitted");
  static final ProcessVariable<Integer> MISSING_REPORT_COUNT = ProcessVariable.number("missingReportCount");

  private ResultsSubmissionProcess() {
  }
}
