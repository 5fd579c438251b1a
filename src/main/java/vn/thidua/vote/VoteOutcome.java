package vn.thidua.vote;

/**
 * What the Standing Committee's vote made of one proposal, in the latest round the proposal was put to
 * (for the phase summary): counts only, never who voted how.
 *
 * @param concluded   whether Thường trực has concluded that round; until then {@code approved} is the tally's
 * @param approved    the tally approved it (null while the vote is open)
 * @param outcome     the tally's result (null while the vote is open)
 * @param sentBack    Thường trực sent it back for re-appraisal, with {@code sendBackReason}
 */
public record VoteOutcome(
    long proposalId,
    long voteId,
    int reviewRound,
    String unitName,
    String formCode,
    String formName,
    boolean concluded,
    Boolean approved,
    Outcome outcome,
    String outcomeLabel,
    Integer agree,
    Integer disagree,
    Integer abstain,
    int voters,
    boolean sentBack,
    String sendBackReason) {
}
