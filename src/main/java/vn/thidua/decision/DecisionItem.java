package vn.thidua.decision;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.thidua.catalogue.NomineeKind;
import vn.thidua.catalogue.Track;

/** One awardee of a decision (or one proposal of a submission to the superior level), as it was approved. */
@Entity
@Table(name = "reward_decision_item")
class DecisionItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "decision_id", nullable = false)
  private Long decisionId;

  @Column(name = "proposal_id", nullable = false)
  private Long proposalId;

  @Enumerated(EnumType.STRING)
  @Column(name = "nominee_kind", nullable = false)
  private NomineeKind nomineeKind;

  @Column(name = "nominee_id", nullable = false)
  private Long nomineeId;

  @Column(name = "nominee_name", nullable = false)
  private String nomineeName;

  @Column(name = "nominee_kind_label", nullable = false)
  private String nomineeKindLabel;

  @Column(name = "unit_id", nullable = false)
  private Long unitId;

  @Column(name = "unit_name", nullable = false)
  private String unitName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Track track;

  @Column(name = "reward_form_code", nullable = false)
  private String rewardFormCode;

  @Column(name = "reward_form_name", nullable = false)
  private String rewardFormName;

  private String achievements;

  private Long money;

  @Column(nullable = false)
  private boolean included;

  private Boolean awarded;

  @Column(name = "answer_decision_number")
  private String answerDecisionNumber;

  @Column(name = "answer_decision_date")
  private LocalDate answerDecisionDate;

  @Column(name = "award_id")
  private Long awardId;

  protected DecisionItem() {
  }

  DecisionItem(Long decisionId, Long proposalId, NomineeKind nomineeKind, Long nomineeId, String nomineeName,
      String nomineeKindLabel, Long unitId, String unitName, Track track, String rewardFormCode,
      String rewardFormName, String achievements, Long money) {
    this.decisionId = decisionId;
    this.proposalId = proposalId;
    this.nomineeKind = nomineeKind;
    this.nomineeId = nomineeId;
    this.nomineeName = nomineeName;
    this.nomineeKindLabel = nomineeKindLabel;
    this.unitId = unitId;
    this.unitName = unitName;
    this.track = track;
    this.rewardFormCode = rewardFormCode;
    this.rewardFormName = rewardFormName;
    this.achievements = achievements;
    this.money = money;
    this.included = true;
  }

  /** Ban Tổ chức takes the awardee off the draft after the signer refused it. */
  void exclude() {
    included = false;
  }

  void answer(boolean wasAwarded, String number, LocalDate date) {
    awarded = wasAwarded;
    answerDecisionNumber = wasAwarded ? number : null;
    answerDecisionDate = wasAwarded ? date : null;
  }

  void recordedAs(long award) {
    awardId = award;
  }

  Long getId() {
    return id;
  }

  Long getDecisionId() {
    return decisionId;
  }

  Long getProposalId() {
    return proposalId;
  }

  NomineeKind getNomineeKind() {
    return nomineeKind;
  }

  Long getNomineeId() {
    return nomineeId;
  }

  String getNomineeName() {
    return nomineeName;
  }

  String getNomineeKindLabel() {
    return nomineeKindLabel;
  }

  Long getUnitId() {
    return unitId;
  }

  String getUnitName() {
    return unitName;
  }

  Track getTrack() {
    return track;
  }

  String getRewardFormCode() {
    return rewardFormCode;
  }

  String getRewardFormName() {
    return rewardFormName;
  }

  String getAchievements() {
    return achievements;
  }

  Long getMoney() {
    return money;
  }

  boolean isIncluded() {
    return included;
  }

  Boolean getAwarded() {
    return awarded;
  }

  String getAnswerDecisionNumber() {
    return answerDecisionNumber;
  }

  LocalDate getAnswerDecisionDate() {
    return answerDecisionDate;
  }

  Long getAwardId() {
    return awardId;
  }
}
