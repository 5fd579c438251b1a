package vn.thidua.vote;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The Standing Committee's vote on the agreed proposals of one phase, in one review round. */
@Entity
@Table(name = "vote")
class Vote {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private String campaignId;

  @Column(name = "phase_number", nullable = false)
  private int phaseNumber;

  @Column(name = "review_round", nullable = false)
  private int reviewRound;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private VoteStatus status;

  /** 1 when first opened; each re-opening (automatic or by Thường trực) adds one. */
  @Column(nullable = false)
  private int openings;

  @Column(nullable = false)
  private LocalDate deadline;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "concluded_by")
  private String concludedBy;

  @Column(name = "concluded_at")
  private Instant concludedAt;

  @Version
  private int version;

  protected Vote() {
  }

  Vote(String campaignId, int phaseNumber, int reviewRound, LocalDate deadline, String processInstanceId,
      Instant openedAt) {
    this.campaignId = campaignId;
    this.phaseNumber = phaseNumber;
    this.reviewRound = reviewRound;
    this.deadline = deadline;
    this.processInstanceId = processInstanceId;
    this.openedAt = openedAt;
    this.status = VoteStatus.OPEN;
    this.openings = 1;
  }

  void close(Instant at) {
    status = VoteStatus.CLOSED;
    closedAt = at;
  }

  void reopen(LocalDate newDeadline) {
    status = VoteStatus.OPEN;
    openings++;
    deadline = newDeadline;
    closedAt = null;
  }

  void conclude(String by, Instant at) {
    status = VoteStatus.CONCLUDED;
    concludedBy = by;
    concludedAt = at;
  }

  boolean isOpen() {
    return status == VoteStatus.OPEN;
  }

  Long getId() {
    return id;
  }

  String getCampaignId() {
    return campaignId;
  }

  int getPhaseNumber() {
    return phaseNumber;
  }

  int getReviewRound() {
    return reviewRound;
  }

  VoteStatus getStatus() {
    return status;
  }

  int getOpenings() {
    return openings;
  }

  LocalDate getDeadline() {
    return deadline;
  }

  String getProcessInstanceId() {
    return processInstanceId;
  }

  Instant getOpenedAt() {
    return openedAt;
  }

  Instant getClosedAt() {
    return closedAt;
  }

  String getConcludedBy() {
    return concludedBy;
  }

  Instant getConcludedAt() {
    return concludedAt;
  }
}
