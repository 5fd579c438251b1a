package vn.thidua.report;

import java.time.Instant;
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

import vn.thidua.catalogue.NomineeKind;
import vn.thidua.catalogue.Track;
import vn.thidua.rating.QualityRating;

/** A reward proposal (đề nghị khen thưởng) of a unit for itself, a collective under it or a member. */
@Entity
@Table(name = "proposal")
class Proposal {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "report_id", nullable = false)
  private Long reportId;

  @Column(name = "unit_id", nullable = false)
  private Long unitId;

  @Enumerated(EnumType.STRING)
  @Column(name = "nominee_kind", nullable = false)
  private NomineeKind nomineeKind;

  @Column(name = "nominee_unit_id")
  private Long nomineeUnitId;

  @Column(name = "nominee_member_id")
  private Long nomineeMemberId;

  @Column(name = "nominee_name", nullable = false)
  private String nomineeName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Track track;

  @Column(name = "reward_form_code", nullable = false)
  private String rewardFormCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "declared_rating", nullable = false)
  private QualityRating declaredRating;

  @Column(name = "consecutive_excellent_years", nullable = false)
  private int consecutiveExcellentYears;

  @Column(nullable = false)
  private String achievements;

  @Column(name = "member_count")
  private Integer memberCount;

  @Column(name = "members_completing_tasks")
  private Integer membersCompletingTasks;

  @Column(name = "members_advanced_workers")
  private Integer membersAdvancedWorkers;

  @Column(name = "members_emulation_fighters")
  private Integer membersEmulationFighters;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProposalStatus status;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version
  private int version;

  protected Proposal() {
  }

  Proposal(Long reportId, Long unitId, String createdBy, Instant createdAt) {
    this.reportId = reportId;
    this.unitId = unitId;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.status = ProposalStatus.DRAFT;
  }

  void edit(ProposalContent content, Instant at) {
    nomineeKind = content.nomineeKind();
    nomineeUnitId = content.nomineeUnitId();
    nomineeMemberId = content.nomineeMemberId();
    nomineeName = content.nomineeName();
    track = content.track();
    rewardFormCode = content.rewardFormCode();
    declaredRating = content.declaredRating();
    consecutiveExcellentYears = content.consecutiveExcellentYears();
    achievements = content.achievements();
    memberCount = content.memberCount();
    membersCompletingTasks = content.membersCompletingTasks();
    membersAdvancedWorkers = content.membersAdvancedWorkers();
    membersEmulationFighters = content.membersEmulationFighters();
    updatedAt = at;
  }

  // --- where the proposal goes, each move from the states the processes move it from

  /** The unit's head sent the report. */
  void submitted() {
    moveTo(ProposalStatus.SUBMITTED, ProposalStatus.DRAFT);
  }

  /** Submission closed before the unit sent its report. */
  void notSubmitted() {
    moveTo(ProposalStatus.NOT_SUBMITTED, ProposalStatus.DRAFT);
  }

  /** Appraised in a round: the first after submission, again after a supplement or a send-back by the vote. */
  void inAppraisal() {
    moveTo(ProposalStatus.IN_APPRAISAL, ProposalStatus.SUBMITTED, ProposalStatus.SUPPLEMENT_REQUESTED,
        ProposalStatus.SENT_BACK);
  }

  void supplementRequested() {
    moveTo(ProposalStatus.SUPPLEMENT_REQUESTED, ProposalStatus.IN_APPRAISAL);
  }

  void agreedAtAppraisal() {
    moveTo(ProposalStatus.AGREED, ProposalStatus.IN_APPRAISAL);
  }

  void notAgreedAtAppraisal() {
    moveTo(ProposalStatus.NOT_AGREED, ProposalStatus.IN_APPRAISAL);
  }

  /** An objection to the posted list was upheld: the proposal leaves the list before the vote. */
  void withdrawn() {
    moveTo(ProposalStatus.WITHDRAWN, ProposalStatus.AGREED);
  }

  /** A mass organisation's proposal, decided by the organisation itself rather than appraised here. */
  void decidedByOrganisation() {
    moveTo(ProposalStatus.DECIDED_BY_ORGANISATION, ProposalStatus.SUBMITTED);
  }

  void approved() {
    moveTo(ProposalStatus.APPROVED, ProposalStatus.AGREED);
  }

  void notApproved() {
    moveTo(ProposalStatus.NOT_APPROVED, ProposalStatus.AGREED);
  }

  /** The Standing Committee sends it back for another round of appraisal. */
  void sentBack() {
    moveTo(ProposalStatus.SENT_BACK, ProposalStatus.AGREED);
  }

  /** The signer refused the draft decision and Ban Tổ chức took this awardee off it. */
  void droppedFromDecision() {
    moveTo(ProposalStatus.NOT_APPROVED, ProposalStatus.APPROVED);
  }

  /** Approved for a form the superior level decides: submitted upward. */
  void forwarded() {
    moveTo(ProposalStatus.FORWARDED, ProposalStatus.APPROVED);
  }

  /** Awarded: by the decision issued here, by the superior level's answer or by the organisation. */
  void decided() {
    moveTo(ProposalStatus.DECIDED, ProposalStatus.APPROVED, ProposalStatus.FORWARDED,
        ProposalStatus.DECIDED_BY_ORGANISATION);
  }

  void notAwardedBySuperior() {
    moveTo(ProposalStatus.NOT_DECIDED_BY_SUPERIOR, ProposalStatus.FORWARDED);
  }

  /** The mass organisation recorded its decision without this proposal. */
  void notAwardedByOrganisation() {
    moveTo(ProposalStatus.NOT_APPROVED, ProposalStatus.DECIDED_BY_ORGANISATION);
  }

  /** A retried step repeats its move: already there is no error; any other state refuses it. */
  private void moveTo(ProposalStatus next, ProposalStatus... allowedFrom) {
    if (status == next) {
      return;
    }
    if (!List.of(allowedFrom).contains(status)) {
      throw new IllegalProposalTransition(id, nomineeName, status, next);
    }
    status = next;
  }

  /** What a unit enters for a proposal, checked against the registry and the catalogue. */
  record ProposalContent(NomineeKind nomineeKind, Long nomineeUnitId, Long nomineeMemberId, String nomineeName,
      Track track, String rewardFormCode, QualityRating declaredRating, int consecutiveExcellentYears,
      String achievements, Integer memberCount, Integer membersCompletingTasks, Integer membersAdvancedWorkers,
      Integer membersEmulationFighters) {
  }

  Long getId() {
    return id;
  }

  Long getReportId() {
    return reportId;
  }

  Long getUnitId() {
    return unitId;
  }

  NomineeKind getNomineeKind() {
    return nomineeKind;
  }

  Long getNomineeUnitId() {
    return nomineeUnitId;
  }

  Long getNomineeMemberId() {
    return nomineeMemberId;
  }

  String getNomineeName() {
    return nomineeName;
  }

  Track getTrack() {
    return track;
  }

  String getRewardFormCode() {
    return rewardFormCode;
  }

  QualityRating getDeclaredRating() {
    return declaredRating;
  }

  int getConsecutiveExcellentYears() {
    return consecutiveExcellentYears;
  }

  String getAchievements() {
    return achievements;
  }

  Integer getMemberCount() {
    return memberCount;
  }

  Integer getMembersCompletingTasks() {
    return membersCompletingTasks;
  }

  Integer getMembersAdvancedWorkers() {
    return membersAdvancedWorkers;
  }

  Integer getMembersEmulationFighters() {
    return membersEmulationFighters;
  }

  ProposalStatus getStatus() {
    return status;
  }

  String getCreatedBy() {
    return createdBy;
  }

  Instant getCreatedAt() {
    return createdAt;
  }

  Instant getUpdatedAt() {
    return updatedAt;
  }

  int getVersion() {
    return version;
  }
}
