package vn.thidua.vote;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One proposal put to the vote, with the form agreed at appraisal; its counts once the vote closes. */
@Entity
@Table(name = "vote_item")
class VoteItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "vote_id", nullable = false)
  private Long voteId;

  @Column(name = "proposal_id", nullable = false)
  private Long proposalId;

  @Column(name = "unit_name", nullable = false)
  private String unitName;

  @Column(name = "form_code", nullable = false)
  private String formCode;

  @Column(name = "form_name", nullable = false)
  private String formName;

  @Column(name = "agree_count")
  private Integer agreeCount;

  @Column(name = "disagree_count")
  private Integer disagreeCount;

  @Column(name = "abstain_count")
  private Integer abstainCount;

  @Column(name = "quorum_reached")
  private Boolean quorumReached;

  @Enumerated(EnumType.STRING)
  private Outcome outcome;

  @Column(name = "sent_back", nullable = false)
  private boolean sentBack;

  @Column(name = "send_back_reason")
  private String sendBackReason;

  @Version
  private int version;

  protected VoteItem() {
  }

  VoteItem(Long voteId, Long proposalId, String unitName, String formCode, String formName) {
    this.voteId = voteId;
    this.proposalId = proposalId;
    this.unitName = unitName;
    this.formCode = formCode;
    this.formName = formName;
  }

  void counted(Tally.Count count, boolean quorum, Outcome result) {
    agreeCount = count.agree();
    disagreeCount = count.disagree();
    abstainCount = count.abstain();
    quorumReached = quorum;
    outcome = result;
  }

  /** Re-opened: the counts are those of a closed vote only. */
  void uncount() {
    agreeCount = null;
    disagreeCount = null;
    abstainCount = null;
    quorumReached = null;
    outcome = null;
  }

  void notApprovedForWantOfQuorum() {
    if (outcome == Outcome.NO_QUORUM) {
      outcome = Outcome.NOT_APPROVED_NO_QUORUM;
    }
  }

  void sendBack(String reason) {
    sentBack = reason != null;
    sendBackReason = reason;
  }

  Long getId() {
    return id;
  }

  Long getVoteId() {
    return voteId;
  }

  Long getProposalId() {
    return proposalId;
  }

  String getUnitName() {
    return unitName;
  }

  String getFormCode() {
    return formCode;
  }

  String getFormName() {
    return formName;
  }

  Integer getAgreeCount() {
    return agreeCount;
  }

  Integer getDisagreeCount() {
    return disagreeCount;
  }

  Integer getAbstainCount() {
    return abstainCount;
  }

  Boolean getQuorumReached() {
    return quorumReached;
  }

  Outcome getOutcome() {
    return outcome;
  }

  boolean isSentBack() {
    return sentBack;
  }

  String getSendBackReason() {
    return sendBackReason;
  }
}
