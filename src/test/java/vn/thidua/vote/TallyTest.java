package vn.thidua.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import vn.thidua.config.Share;

/**
 * The counting rule at its boundaries with the Standing Committee of 13 and the default shares: more than
 * half of ALL members must agree (7, not 6), and at least two thirds must vote (9, not 8).
 */
class TallyTest {

  private static final int COMMITTEE = 13;
  private final Tally tally = new Tally(Share.valueOf("1/2"), Share.valueOf("2/3"));

  @Test
  void sevenOfThirteenAgreeing_isApproved() {
    assertThat(tally.outcome(new Tally.Count(COMMITTEE, 7, 6, 0))).isEqualTo(Outcome.APPROVED);
  }

  @Test
  void sixOfThirteenAgreeing_isNotApproved_evenWhenNobodyDisagrees() {
    assertThat(tally.outcome(new Tally.Count(COMMITTEE, 6, 0, 7))).isEqualTo(Outcome.NOT_APPROVED);
    assertThat(tally.outcome(new Tally.Count(COMMITTEE, 6, 7, 0))).isEqualTo(Outcome.NOT_APPROVED);
  }

  @Test
  void nineOfThirteenVoting_reachesTheQuorum_abstentionsIncluded() {
    Tally.Count nine = new Tally.Count(COMMITTEE, 7, 0, 2);
    assertThat(tally.quorumReached(nine)).isTrue();
    assertThat(tally.outcome(nine)).isEqualTo(Outcome.APPROVED);
  }

  @Test
  void eightOfThirteenVoting_missesTheQuorum_evenWithSevenAgreeing() {
    Tally.Count eight = new Tally.Count(COMMITTEE, 7, 1, 0);
    assertThat(tally.quorumReached(eight)).isFalse();
    assertThat(tally.outcome(eight)).isEqualTo(Outcome.NO_QUORUM);
  }

  @Test
  void membersWhoNeverVotedCountInTheBaseButNotAsParticipants() {
    Tally.Count count = new Tally.Count(COMMITTEE, 7, 2, 0);
    assertThat(count.participants()).isEqualTo(9);
    assertThat(tally.outcome(count)).isEqualTo(Outcome.APPROVED);
  }

  @Test
  void evenSharesAreExact_halfOfTwelveIsNotEnough() {
    assertThat(tally.outcome(new Tally.Count(12, 6, 6, 0))).isEqualTo(Outcome.NOT_APPROVED);
    assertThat(tally.outcome(new Tally.Count(12, 7, 5, 0))).isEqualTo(Outcome.APPROVED);
    assertThat(tally.quorumReached(new Tally.Count(12, 8, 0, 0))).isTrue();
    assertThat(tally.quorumReached(new Tally.Count(12, 7, 0, 0))).isFalse();
  }

  @Test
  void otherSharesFromConfiguration_twoThirdsToApprove_allToVote() {
    Tally strict = new Tally(Share.valueOf("2/3"), Share.valueOf("1/1"));
    assertThat(strict.outcome(new Tally.Count(COMMITTEE, 9, 4, 0))).isEqualTo(Outcome.APPROVED);
    assertThat(strict.outcome(new Tally.Count(COMMITTEE, 8, 5, 0))).isEqualTo(Outcome.NOT_APPROVED);
    assertThat(strict.outcome(new Tally.Count(COMMITTEE, 12, 0, 0))).isEqualTo(Outcome.NO_QUORUM);
  }

  @Test
  void moreBallotsThanMembersIsRefused() {
    assertThatThrownBy(() -> new Tally.Count(COMMITTEE, 7, 7, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
