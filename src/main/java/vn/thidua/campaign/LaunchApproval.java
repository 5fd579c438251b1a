package vn.thidua.campaign;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One approval or return of the launch budget and programme, kept for every round. */
@Entity
@Table(name = "launch_approval")
public class LaunchApproval {

  public enum Approver { STANDING_OFFICE, PEOPLES_COMMITTEE }

  public enum Decision { APPROVE, RETURN }

  public enum ReturnTarget { BUDGET, PROGRAMME }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private String campaignId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Approver approver;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Decision decision;

  @Enumerated(EnumType.STRING)
  @Column(name = "return_target")
  private ReturnTarget returnTarget;

  private String reason;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at", nullable = false)
  private Instant decidedAt;

  protected LaunchApproval() {
  }

  LaunchApproval(String campaignId, Approver approver, Decision decision, ReturnTarget returnTarget, String reason,
      String decidedBy, Instant decidedAt) {
    this.campaignId = campaignId;
    this.approver = approver;
    this.decision = decision;
    this.returnTarget = returnTarget;
    this.reason = reason;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  public Long getId() {
    return id;
  }

  public String getCampaignId() {
    return campaignId;
  }

  public Approver getApprover() {
    return approver;
  }

  public Decision getDecision() {
    return decision;
  }

  public ReturnTarget getReturnTarget() {
    return returnTarget;
  }

  public String getReason() {
    return reason;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
