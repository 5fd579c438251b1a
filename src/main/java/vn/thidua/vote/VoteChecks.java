package vn.thidua.vote;

import java.util.List;

import org.springframework.stereotype.Component;

/** What the expressions of {@code standing-committee-vote} ask. */
@Component("voteChecks")
public class VoteChecks {

  private final VoteService votes;

  VoteChecks(VoteService votes) {
    this.votes = votes;
  }

  /**
   * One ballot task per member of the process instance's vote who has not completed it yet (all members when
   * the vote first opens).
   */
  public List<String> pendingVoters(String processInstanceId) {
    return votes.pendingVoters(votes.voteOf(processInstanceId));
  }
}
