package vn.thidua.registry;

import java.time.Instant;
import java.time.LocalDate;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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
import vn.thidua.organization.Nominee;

/**
 * One entry of the reward registry (sổ khen thưởng): a form a unit or member received, by which decision.
 * The nominee's name and unit are kept as they were on the decision; {@code unitId} is the unit whose
 * officers may see the entry.
 */
@Entity
@Table(name = "award")
class Award {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "nominee_kind", nullable = false, length = 20)
  private NomineeKind nomineeKind;

  @Column(name = "nominee_id", nullable = false)
  private long nomineeId;

  @Column(name = "unit_id", nullable = false)
  private long unitId;

  @Column(name = "member_id")
  private Long memberId;

  @Column(name = "nominee_name", nullable = false, length = 300)
  private String nomineeName;

  @Column(name = "reward_form_code", nullable = false, length = 60)
  private String rewardFormCode;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private Track track;

  @Column(name = "award_year", nullable = false)
  private int awardYear;

  @Column(name = "decision_number", nullable = false, length = 50)
  private String decisionNumber;

  @Column(name = "decision_date", nullable = false)
  private LocalDate decisionDate;

  @Column(name = "decided_by", nullable = false, length = 200)
  private String decidedBy;

  @Column(name = "reward_money")
  private Long rewardMoney;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "award_source", nullable = false, length = 20)
  private AwardSource source;

  @Column(name = "campaign_id", length = 36)
  private String campaignId;

  @Column(name = "phase_number")
  private Integer phaseNumber;

  @Column(name = "recorded_by", length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by", length = 100)
  private String revokedBy;

  @Column(name = "revoked_reason", length = 2000)
  private String revokedReason;

  @Column(name = "revocation_legal_ground", length = 1000)
  private String revocationLegalGround;

  @Column(name = "revocation_decision_number", length = 50)
  private String revocationDecisionNumber;

  @Column(name = "revoked_on")
  private LocalDate revokedOn;

  @Version
  @Column(nullable = false)
  private int version;

  Award() {
  }

  /** The entry for an award that passed every check; the track is the form's, as the catalogue says. */
  Award(Nominee nominee, NewAward award, Track track, String recordedBy, Instant recordedAt) {
    this.nomineeKind = nominee.kind();
    this.nomineeId = nominee.id();
    this.unitId = nominee.unit().id();
    this.memberId = nominee.nomineeMemberId();
    this.nomineeName = nominee.name();
    this.rewardFormCode = award.rewardFormCode();
    this.track = track;
    this.awardYear = award.year();
    this.decisionNumber = award.decisionNumber();
    this.decisionDate = award.decisionDate();
    this.decidedBy = award.decidedBy();
    this.rewardMoney = award.money();
    this.source = award.source();
    this.campaignId = award.campaignId();
    this.phaseNumber = award.phaseNumber();
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  /** Marks the award revoked (thu hồi); it stays in the registry, no longer a current award. */
  void revoke(Revocation revocation, String by, Instant at) {
    this.revokedReason = revocation.reason();
    this.revocationLegalGround = revocation.legalGround();
    this.revocationDecisionNumber = revocation.decisionNumber();
    this.revokedOn = revocation.revokedOn();
    this.revokedBy = by;
    this.revokedAt = at;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public String getRevokedBy() {
    return revokedBy;
  }

  public String getRevokedReason() {
    return revokedReason;
  }

  public String getRevocationLegalGround() {
    return revocationLegalGround;
  }

  public String getRevocationDecisionNumber() {
    return revocationDecisionNumber;
  }

  public LocalDate getRevokedOn() {
    return revokedOn;
  }

  public Long getId() {
    return id;
  }

  public NomineeKind getNomineeKind() {
    return nomineeKind;
  }

  public long getNomineeId() {
    return nomineeId;
  }

  /** The unit awarded, or null for an individual. */
  public Long getNomineeUnitId() {
    return nomineeKind == NomineeKind.COLLECTIVE ? nomineeId : null;
  }

  /** The member awarded, or null for a collective. */
  public Long getNomineeMemberId() {
    return memberId;
  }

  public long getUnitId() {
    return unitId;
  }

  public String getNomineeName() {
    return nomineeName;
  }

  public String getRewardFormCode() {
    return rewardFormCode;
  }

  public Track getTrack() {
    return track;
  }

  public int getAwardYear() {
    return awardYear;
  }

  public String getDecisionNumber() {
    return decisionNumber;
  }

  public LocalDate getDecisionDate() {
    return decisionDate;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Long getRewardMoney() {
    return rewardMoney;
  }

  public AwardSource getSource() {
    return source;
  }

  public String getCampaignId() {
    return campaignId;
  }

  public Integer getPhaseNumber() {
    return phaseNumber;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public int getVersion() {
    return version;
  }
}
