package vn.thidua.appraisal;

import vn.thidua.process.ProcessVariable;

/**
 * The variables of {@code appraisal} and of the appraisal and posting steps of {@code phase-review}. The
 * dossier is read once, when the appraisal opens; every later step finds "the appraisal of this process
 * instance" in the application's own table, so the ids below are shown in forms, never acted on.
 */
final class AppraisalProcess {

  static final ProcessVariable<String> CAMPAIGN_ID = ProcessVariable.text("campaignId");
  static final ProcessVariable<Integer> PHASE_NUMBER = ProcessVariable.number("phaseNumber");
  static final ProcessVariable<Integer> REVIEW_ROUND = ProcessVariable.number("reviewRound");
  static final ProcessVariable<DossierReference> DOSSIER =
      ProcessVariable.parsed("dossier", DossierReference::parse, DossierReference::format);
  /** The element of the rules' multi-instance: checked against the appraisal's own items. */
  static final ProcessVariable<Long> ITEM_ID = ProcessVariable.id("itemId");

  /** What the forms show and link. */
  static final ProcessVariable<Long> APPRAISAL_ID = ProcessVariable.id("appraisalId");
  static final ProcessVariable<Long> REPORT_ID = ProcessVariable.id("reportId");
  static final ProcessVariable<String> TRACK = ProcessVariable.text("track");
  static final ProcessVariable<String> TRACK_LABEL = ProcessVariable.text("trackLabel");
  static final ProcessVariable<String> UNIT_NAME = ProcessVariable.text("unitName");
  static final ProcessVariable<String> APPRAISAL_DUE_TEXT = ProcessVariable.text("appraisalDueText");
  static final ProcessVariable<Boolean> SUPPLEMENT_REQUESTED = ProcessVariable.flag("supplementRequested");
  static final ProcessVariable<Boolean> COUNCIL_NEEDED = ProcessVariable.flag("councilNeeded");

  /** The posting steps of {@code phase-review}. */
  static final ProcessVariable<Long> POSTING_ID = ProcessVariable.id("postingId");

  private AppraisalProcess() {
  }
}
