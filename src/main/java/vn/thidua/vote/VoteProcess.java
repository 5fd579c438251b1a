package vn.thidua.vote;

import vn.thidua.process.ProcessVariable;

/**
 * The variables of {@code standing-committee-vote}. The steps act on "the vote of this process instance" as
 * the vote's table has it; the vote's id is kept for the forms and for Cockpit, never acted on.
 */
final class VoteProcess {

  static final ProcessVariable<String> CAMPAIGN_ID = ProcessVariable.text("campaignId");
  static final ProcessVariable<Integer> PHASE_NUMBER = ProcessVariable.number("phaseNumber");
  static final ProcessVariable<Integer> REVIEW_ROUND = ProcessVariable.number("reviewRound");
  static final ProcessVariable<Long> VOTE_ID = ProcessVariable.id("voteId");
  static final ProcessVariable<Boolean> QUORUM_REACHED = ProcessVariable.flag("quorumReached");
  static final ProcessVariable<Boolean> REOPENED_AUTOMATICALLY = ProcessVariable.flag("reopenedAutomatically");
  static final ProcessVariable<Boolean> PROPOSALS_SENT_BACK = ProcessVariable.flag("proposalsSentBack");
  static final ProcessVariable<String> VOTE_DUE_TEXT = ProcessVariable.text("voteDueText");

  private VoteProcess() {
  }
}
