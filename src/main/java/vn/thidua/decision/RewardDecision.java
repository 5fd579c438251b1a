package vn.thidua.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.thidua.catalogue.DecidingAuthority;

/**
 * A reward decision of one deciding authority for a phase: drafted, signed (or refused), numbered and issued
 * here; or, for the superior level, a submission whose answer is recorded; or a mass organisation's own
 * decision, recorded.
 */
@Entity
@Table(name = "reward_decision")
class RewardDecision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private String campaignId;

  @Column(name = "phase_number", nullable = false)
  private int phaseNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DecidingAuthority authority;

  @Column(name = "organisation_unit_id")
  private Long organisationUnitId;

  @Column(name = "authority_key", nullable = false)
  private String authorityKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DecisionStatus status;

  @Column(nullable = false)
  private String subject;

  @Column(name = "draft_document_id")
  private Long draftDocumentId;

  @Column(name = "record_document_id")
  private Long recordDocumentId;

  @Column(name = "signed_by")
  private String signedBy;

  @Column(name = "signer_name")
  private String signerName;

  @Column(name = "signer_title")
  private String signerTitle;

  @Column(name = "signed_at")
  private Instant signedAt;

  @Column(name = "refusal_reason")
  private String refusalReason;

  @Column(name = "refusal_count", nullable = false)
  private int refusalCount;

  @Column(name = "decision_number")
  private String decisionNumber;

  @Column(name = "number_sequence")
  private Integer numberSequence;

  @Column(name = "issued_on")
  private LocalDate issuedOn;

  @Column(name = "issued_by")
  private String issuedBy;

  @Column(name = "issued_at")
  private Instant issuedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "submission_number")
  private String submissionNumber;

  @Column(name = "submission_date")
  private LocalDate submissionDate;

  @Column(name = "answered_by")
  private String answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "awards_recorded_at")
  private Instant awardsRecordedAt;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Version
  private int version;

  protected RewardDecision() {
  }

  RewardDecision(String campaignId, int phaseNumber, DecidingAuthority authority, Long organisationUnitId,
      String authorityKey, String subject, String decidedBy, String processInstanceId) {
    this.campaignId = campaignId;
    this.phaseNumber = phaseNumber;
    this.authority = authority;
    this.organisationUnitId = organisationUnitId;
    this.authorityKey = authorityKey;
    this.subject = subject;
    this.decidedBy = decidedBy;
    this.processInstanceId = processInstanceId;
    this.status = switch (DecisionKind.of(authority)) {
      case LOCAL -> DecisionStatus.PREPARED;
      case SUPERIOR -> DecisionStatus.FORWARDING;
      case ORGANISATION -> DecisionStatus.AWAITING_ORGANISATION;
    };
  }

  /** The draft is generated, first or after a revision; a retried generation replaces the one awaiting signature. */
  void drafted(long documentId) {
    moveTo(DecisionStatus.AWAITING_SIGNATURE, DecisionStatus.PREPARED, DecisionStatus.AWAITING_SIGNATURE);
    draftDocumentId = documentId;
  }

  void signed(String username, String name, String title, Instant at) {
    moveTo(DecisionStatus.SIGNED, DecisionStatus.AWAITING_SIGNATURE);
    signedBy = username;
    signerName = name;
    signerTitle = title;
    signedAt = at;
    refusalReason = null;
  }

  void refused(String reason) {
    moveTo(DecisionStatus.REFUSED, DecisionStatus.AWAITING_SIGNATURE);
    refusalReason = reason;
    refusalCount++;
  }

  void revised(String newSubject) {
    moveTo(DecisionStatus.PREPARED, DecisionStatus.REFUSED);
    subject = newSubject;
  }

  void issued(String number, Integer sequence, LocalDate on, String by, Instant at) {
    moveTo(DecisionStatus.ISSUED, DecisionStatus.SIGNED);
    decisionNumber = number;
    numberSequence = sequence;
    issuedOn = on;
    issuedBy = by;
    issuedAt = at;
  }

  void documentOfRecord(long documentId) {
    recordDocumentId = documentId;
  }

  void forwarded(String number, LocalDate date) {
    moveTo(DecisionStatus.FORWARDED, DecisionStatus.FORWARDING);
    submissionNumber = number;
    submissionDate = date;
  }

  /** The superior level's or the organisation's answer: by which decision, who recorded it. */
  void answered(String number, LocalDate date, String decider, String by, Instant at) {
    if (authority == DecidingAuthority.MASS_ORGANIZATION) {
      moveTo(DecisionStatus.RECORDED, DecisionStatus.AWAITING_ORGANISATION);
    } else {
      moveTo(DecisionStatus.ANSWERED, DecisionStatus.FORWARDED);
    }
    decisionNumber = number;
    issuedOn = date;
    if (decider != null) {
      decidedBy = decider;
    }
    answeredBy = by;
    answeredAt = at;
  }

  void awardsRecorded(Instant at) {
    awardsRecordedAt = at;
  }

  private void moveTo(DecisionStatus next, DecisionStatus... allowedFrom) {
    if (!List.of(allowedFrom).contains(status)) {
      throw new IllegalDecisionTransition(decidedBy, phaseNumber, status, next);
    }
    status = next;
  }

  Long getId() {
    return id;
  }

  String getProcessInstanceId() {
    return processInstanceId;
  }

  String getCampaignId() {
    return campaignId;
  }

  int getPhaseNumber() {
    return phaseNumber;
  }

  DecidingAuthority getAuthority() {
    return authority;
  }

  /** The register its number is taken from: the People's Committee's for the chair, the committee's otherwise. */
  NumberingBook numberingBook() {
    return authority == DecidingAuthority.PEOPLES_COMMITTEE_CHAIR ? NumberingBook.STATE : NumberingBook.PARTY;
  }

  DecisionKind getKind() {
    return DecisionKind.of(authority);
  }

  Long getOrganisationUnitId() {
    return organisationUnitId;
  }

  String getAuthorityKey() {
    return authorityKey;
  }

  DecisionStatus getStatus() {
    return status;
  }

  String getSubject() {
    return subject;
  }

  Long getDraftDocumentId() {
    return draftDocumentId;
  }

  Long getRecordDocumentId() {
    return recordDocumentId;
  }

  String getSignedBy() {
    return signedBy;
  }

  String getSignerName() {
    return signerName;
  }

  String getSignerTitle() {
    return signerTitle;
  }

  Instant getSignedAt() {
    return signedAt;
  }

  String getRefusalReason() {
    return refusalReason;
  }

  int getRefusalCount() {
    return refusalCount;
  }

  String getDecisionNumber() {
    return decisionNumber;
  }

  Integer getNumberSequence() {
    return numberSequence;
  }

  LocalDate getIssuedOn() {
    return issuedOn;
  }

  String getIssuedBy() {
    return issuedBy;
  }

  Instant getIssuedAt() {
    return issuedAt;
  }

  String getDecidedBy() {
    return decidedBy;
  }

  String getSubmissionNumber() {
    return submissionNumber;
  }

  LocalDate getSubmissionDate() {
    return submissionDate;
  }

  String getAnsweredBy() {
    return answeredBy;
  }

  Instant getAwardsRecordedAt() {
    return awardsRecordedAt;
  }

  int getVersion() {
    return version;
  }
}
