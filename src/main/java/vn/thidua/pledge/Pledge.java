package vn.thidua.pledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A unit's registration (bản đăng ký thi đua) in a campaign: response plan, targets, titles. */
@Entity
@Table(name = "pledge")
class Pledge {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private String campaignId;

  @Column(name = "unit_id", nullable = false)
  private Long unitId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PledgeStatus status;

  @Column(name = "response_plan_summary")
  private String responsePlanSummary;

  @Column(name = "response_measures")
  private String responseMeasures;

  @ElementCollection
  @CollectionTable(name = "pledge_target", joinColumns = @JoinColumn(name = "pledge_id"))
  @OrderColumn(name = "sort_order")
  private List<PledgeTarget> targets = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "pledge_title", joinColumns = @JoinColumn(name = "pledge_id"))
  @OrderColumn(name = "sort_order")
  @Column(name = "reward_form_code", nullable = false)
  private List<String> titleCodes = new ArrayList<>();

  @Column(name = "signer_name")
  private String signerName;

  @Column(name = "signed_on")
  private LocalDate signedOn;

  @Column(name = "return_reason")
  private String returnReason;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "updated_by")
  private String updatedBy;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "reviewed_by")
  private String reviewedBy;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Version
  private int version;

  protected Pledge() {
  }

  Pledge(String campaignId, Long unitId, String processInstanceId) {
    this.campaignId = campaignId;
    this.unitId = unitId;
    this.processInstanceId = processInstanceId;
    this.status = PledgeStatus.DRAFT;
  }

  void edit(String responsePlanSummary, String responseMeasures, List<PledgeTarget> targets, List<String> titleCodes,
      String signerName, LocalDate signedOn, String by, Instant at) {
    this.responsePlanSummary = responsePlanSummary;
    this.responseMeasures = responseMeasures;
    this.targets.clear();
    this.targets.addAll(targets);
    this.titleCodes.clear();
    this.titleCodes.addAll(titleCodes);
    this.signerName = signerName;
    this.signedOn = signedOn;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  void submit(String by, Instant at) {
    status = PledgeStatus.SUBMITTED;
    submittedBy = by;
    submittedAt = at;
  }

  void accept(String by, Instant at) {
    status = PledgeStatus.ACCEPTED;
    returnReason = null;
    reviewedBy = by;
    reviewedAt = at;
  }

  void returnToUnit(String reason, String by, Instant at) {
    status = PledgeStatus.RETURNED;
    returnReason = reason;
    reviewedBy = by;
    reviewedAt = at;
  }

  void recordMissing() {
    status = PledgeStatus.MISSING;
  }

  Long getId() {
    return id;
  }

  String getCampaignId() {
    return campaignId;
  }

  Long getUnitId() {
    return unitId;
  }

  PledgeStatus getStatus() {
    return status;
  }

  String getResponsePlanSummary() {
    return responsePlanSummary;
  }

  String getResponseMeasures() {
    return responseMeasures;
  }

  List<PledgeTarget> getTargets() {
    return targets;
  }

  List<String> getTitleCodes() {
    return titleCodes;
  }

  String getSignerName() {
    return signerName;
  }

  LocalDate getSignedOn() {
    return signedOn;
  }

  String getReturnReason() {
    return returnReason;
  }

  String getProcessInstanceId() {
    return processInstanceId;
  }

  String getUpdatedBy() {
    return updatedBy;
  }

  Instant getUpdatedAt() {
    return updatedAt;
  }

  String getSubmittedBy() {
    return submittedBy;
  }

  Instant getSubmittedAt() {
    return submittedAt;
  }

  String getReviewedBy() {
    return reviewedBy;
  }

  Instant getReviewedAt() {
    return reviewedAt;
  }

  int getVersion() {
    return version;
  }
}
