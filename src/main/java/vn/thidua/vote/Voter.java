package vn.thidua.vote;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A member entitled to vote, as the vote opened. The version guards the member's own ballot sheet: a
 * save made from a page read before another save of the same member is refused.
 */
@Entity
@Table(name = "vote_voter")
class Voter {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "vote_id", nullable = false)
  private Long voteId;

  @Column(nullable = false)
  private String username;

  @Column(name = "member_id", nullable = false)
  private Long memberId;

  @Column(name = "full_name", nullable = false)
  private String fullName;

  @Column(name = "ballots_saved_at")
  private Instant ballotsSavedAt;

  /** When the member completed the task; ballots may still change while the vote is open. */
  @Column(name = "completed_at")
  private Instant completedAt;

  @Version
  private int version;

  protected Voter() {
  }

  Voter(Long voteId, String username, Long memberId, String fullName) {
    this.voteId = voteId;
    this.username = username;
    this.memberId = memberId;
    this.fullName = fullName;
  }

  void completed(Instant at) {
    completedAt = at;
  }

  /** A change of the sheet: the version moves on, so that a save from a page read before it is refused. */
  void ballotsSaved(Instant at) {
    ballotsSavedAt = at;
  }

  Long getId() {
    return id;
  }

  Long getVoteId() {
    return voteId;
  }

  String getUsername() {
    return username;
  }

  Long getMemberId() {
    return memberId;
  }

  String getFullName() {
    return fullName;
  }

  Instant getCompletedAt() {
    return completedAt;
  }

  int getVersion() {
    return version;
  }
}
