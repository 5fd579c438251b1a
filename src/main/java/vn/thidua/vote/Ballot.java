package vn.thidua.vote;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One member's ballot on one proposal: read back to that member only, counted only once the vote closes. */
@Entity
@Table(name = "ballot")
class Ballot {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "vote_id", nullable = false)
  private Long voteId;

  @Column(name = "item_id", nullable = false)
  private Long itemId;

  @Column(nullable = false)
  private String voter;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Choice choice;

  @Column(name = "cast_at", nullable = false)
  private Instant castAt;

  protected Ballot() {
  }

  Ballot(Long voteId, Long itemId, String voter, Choice choice, Instant castAt) {
    this.voteId = voteId;
    this.itemId = itemId;
    this.voter = voter;
    this.choice = choice;
    this.castAt = castAt;
  }

  void change(Choice newChoice, Instant at) {
    if (choice != newChoice) {
      choice = newChoice;
      castAt = at;
    }
  }

  Long getItemId() {
    return itemId;
  }

  String getVoter() {
    return voter;
  }

  Choice getChoice() {
    return choice;
  }
}
