package vn.thidua.summary;

import vn.thidua.process.ProcessVariable;

/** The variables of {@code phase-summary}: the campaign and phase the calling phase review hands over, and what the tasks show. */
final class PhaseSummaryProcess {

  static final ProcessVariable<String> CAMPAIGN_ID = ProcessVariable.text("campaignId");
  static final ProcessVariable<Integer> PHASE_NUMBER = ProcessVariable.number("phaseNumber");
  static final ProcessVariable<Boolean> LAST_PHASE = ProcessVariable.flag("lastPhase");
  static final ProcessVariable<String> SUMMARY_TITLE = ProcessVariable.text("summaryTitle");
  static final ProcessVariable<String> PHASE_NAME = ProcessVariable.text("phaseName");
  static final ProcessVariable<String> CONFERENCE_TASK_NAME = ProcessVariable.text("conferenceTaskName");
  static final ProcessVariable<String> FINALISE_TASK_NAME = ProcessVariable.text("finaliseTaskName");

  private PhaseSummaryProcess() {
  }
}
