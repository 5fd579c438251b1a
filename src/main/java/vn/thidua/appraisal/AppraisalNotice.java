package vn.thidua.appraisal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The written notice a unit receives for a proposal that was not agreed, with the reason. */
@Entity
@Table(name = "appraisal_notice")
class AppraisalNotice {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "unit_id", nullable = false)
  private Long unitId;

  @Column(name = "proposal_id", nullable = false)
  private Long proposalId;

  @Column(name = "appraisal_id", nullable = false)
  private Long appraisalId;

  @Column(name = "nominee_name", nullable = false)
  private String nomineeName;

  @Column(name = "form_name", nullable = false)
  private String formName;

  @Column(nullable = false)
  private String reason;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  protected AppraisalNotice() {
  }

  AppraisalNotice(Long unitId, Long proposalId, Long appraisalId, String nomineeName, String formName, String reason,
      Instant sentAt) {
    this.unitId = unitId;
    this.proposalId = proposalId;
    this.appraisalId = appraisalId;
    this.nomineeName = nomineeName;
    this.formName = formName;
    this.reason = reason;
    this.sentAt = sentAt;
  }

  Long getId() {
    return id;
  }

  Long getUnitId() {
    return unitId;
  }

  Long getProposalId() {
    return proposalId;
  }

  Long getAppraisalId() {
    return appraisalId;
  }

  String getNomineeName() {
    return nomineeName;
  }

  String getFormName() {
    return formName;
  }

  String getReason() {
    return reason;
  }

  Instant getSentAt() {
    return sentAt;
  }
}
