package vn.thidua.decision;

import vn.thidua.process.ProcessVariable;

/**
 * The variables of {@code reward-decision}. The authority comes from the calling phase review and is checked
 * against the campaign's phase; every later step acts on "the decision of this process instance" as the
 * decisions' table has it, so the decision's id is kept for the forms, never acted on.
 */
final class RewardDecisionProcess {

  static final ProcessVariable<String> CAMPAIGN_ID = ProcessVariable.text("campaignId");
  static final ProcessVariable<Integer> PHASE_NUMBER = ProcessVariable.number("phaseNumber");
  static final ProcessVariable<String> AUTHORITY = ProcessVariable.text("authority");
  static final ProcessVariable<Long> DECISION_ID = ProcessVariable.id("decisionId");
  static final ProcessVariable<String> DECISION_KIND = ProcessVariable.text("decisionKind");
  static final ProcessVariable<String> DECISION_SUBJECT = ProcessVariable.text("decisionSubject");
  static final ProcessVariable<String> DECIDED_BY = ProcessVariable.text("decidedBy");
  static final ProcessVariable<Boolean> DECISION_SIGNED = ProcessVariable.flag("decisionSigned");

  private RewardDecisionProcess() {
  }
}
