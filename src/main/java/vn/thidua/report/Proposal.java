package vn.thidua.report;

import java.time.Instant;

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

  void changeStatus(ProposalStatus status) {
    this.status = status;
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
