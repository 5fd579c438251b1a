package vn.thidua.vote;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.thidua.report.ProposalView;

/**
 * A vote as the vote page shows it to the person asking: the proposals; the caller's own ballots if a
 * member (never anyone else's); the counts once the vote is closed; and what the caller may do now.
 */
public record VoteView(
    long id,
    String campaignId,
    String campaignTitle,
    String planNumber,
    int phaseNumber,
    int reviewRound,
    VoteStatus status,
    String statusLabel,
    LocalDate deadline,
    int openings,
    int voterCount,
    String approvalRule,
    List<Item> items,
    boolean voter,
    Integer sheetVersion,
    Instant completedAt,
    boolean canVote,
    String myTaskId,
    boolean tallyVisible,
    boolean canConclude,
    String conclusionTaskId,
    String concludedBy,
    Instant concludedAt) {

  /**
   * One proposal: the proposal as the unit entered it, the unit, the form agreed at appraisal; the caller's
   * ballot (null if none or not a member); counts, outcome and send-back once the vote is closed.
   */
  public record Item(
      long proposalId,
      ProposalView proposal,
      String unitName,
      String formCode,
      String formName,
      Choice myChoice,
      Tally tally,
      boolean sentBack,
      String sendBackReason) {
  }

  /** Counts only: how many agreed, disagreed and abstained, out of how many members, and the result. */
  public record Tally(int agree, int disagree, int abstain, int voters, boolean quorumReached, Outcome outcome,
      String outcomeLabel) {
  }
}
