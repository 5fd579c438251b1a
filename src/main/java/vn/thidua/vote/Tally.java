package vn.thidua.vote;

import vn.thidua.config.Share;

/**
 * The counting rule, alone: a proposal is approved when its agree votes are more than the approval share
 * of ALL members entitled to vote, and the members with a ballot on it (abstentions included) reach the
 * quorum share of them. A member who never voted did not take part.
 */
record Tally(Share approvalShare, Share quorumShare) {

  /** The counts of one proposal and what they mean. */
  record Count(int voters, int agree, int disagree, int abstain) {

    Count {
      if (voters < 0 || agree < 0 || disagree < 0 || abstain < 0 || agree + disagree + abstain > voters) {
        throw new IllegalArgumentException("Số phiếu không hợp lệ: " + agree + "/" + disagree + "/" + abstain
            + " trên " + voters + " thành viên");
      }
    }

    int participants() {
      return agree + disagree + abstain;
    }
  }

  boolean quorumReached(Count count) {
    return quorumShare.reachedBy(count.participants(), count.voters());
  }

  Outcome outcome(Count count) {
    if (!quorumReached(count)) {
      return Outcome.NO_QUORUM;
    }
    return approvalShare.exceededBy(count.agree(), count.voters()) ? Outcome.APPROVED : Outcome.NOT_APPROVED;
  }
}
