package vn.thidua.appraisal;

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

import vn.thidua.rating.QualityRating;

/** One proposal under appraisal: inspection, the rules' result, the conclusion, the council's result. */
@Entity
@Table(name = "appraisal_item")
public class AppraisalItem {

  /** The council's vote on a proposal the appraising body agreed. */
  public enum CouncilResult {
    AGREE("Hội đồng đồng ý"),
    DISAGREE("Hội đồng không đồng ý");

    private final String label;

    CouncilResult(String label) {
      this.label = label;
    }

    String label() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "appraisal_id", nullable = false)
  private Long appraisalId;

  @Column(name = "proposal_id", nullable = false)
  private Long proposalId;

  @Column(name = "discipline_pending")
  private Boolean disciplinePending;

  @Column(name = "investigation_pending")
  private Boolean investigationPending;

  @Column(name = "complaint_pending")
  private Boolean complaintPending;

  @Column(name = "inspection_note")
  private String inspectionNote;

  @Column(name = "inspected_by")
  private String inspectedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "recorded_rating")
  private QualityRating recordedRating;

  @Column(name = "consecutive_years")
  private Integer consecutiveYears;

  private Boolean eligible;

  @Column(name = "eligibility_reason")
  private String eligibilityReason;

  @Enumerated(EnumType.STRING)
  private Conclusion conclusion;

  @Column(name = "adjusted_form_code")
  private String adjustedFormCode;

  @Column(name = "conclusion_note")
  private String conclusionNote;

  @Column(name = "supplement_deadline")
  private LocalDate supplementDeadline;

  @Enumerated(EnumType.STRING)
  @Column(name = "council_result")
  private CouncilResult councilResult;

  @Column(name = "council_note")
  private String councilNote;

  @Enumerated(EnumType.STRING)
  private Outcome outcome;

  @Column(name = "outcome_reason")
  private String outcomeReason;

  @Version
  private int version;

  protected AppraisalItem() {
  }

  AppraisalItem(Long appraisalId, Long proposalId) {
    this.appraisalId = appraisalId;
    this.proposalId = proposalId;
  }

  void inspect(boolean discipline, boolean investigation, boolean complaint, String note, String by) {
    disciplinePending = discipline;
    investigationPending = investigation;
    complaintPending = complaint;
    inspectionNote = note;
    inspectedBy = by;
  }

  boolean inspected() {
    return disciplinePending != null && investigationPending != null && complaintPending != null;
  }

  void records(QualityRating rating, int years) {
    recordedRating = rating;
    consecutiveYears = years;
  }

  void rulesSay(boolean eligible, String reason) {
    this.eligible = eligible;
    this.eligibilityReason = reason;
  }

  void conclude(Conclusion conclusion, String adjustedFormCode, String note) {
    this.conclusion = conclusion;
    this.adjustedFormCode = conclusion == Conclusion.ADJUST_FORM ? adjustedFormCode : null;
    this.conclusionNote = note;
  }

  void awaitSupplement(LocalDate deadline) {
    supplementDeadline = deadline;
  }

  /** Supplemented: the proposal comes back to the appraising body without a conclusion. */
  void supplemented() {
    conclusion = null;
    conclusionNote = null;
    supplementDeadline = null;
  }

  void councilSays(CouncilResult result, String note) {
    councilResult = result;
    councilNote = note;
  }

  void end(Outcome outcome, String reason) {
    this.outcome = outcome;
    this.outcomeReason = reason;
  }

  Long getId() {
    return id;
  }

  Long getAppraisalId() {
    return appraisalId;
  }

  Long getProposalId() {
    return proposalId;
  }

  Boolean getDisciplinePending() {
    return disciplinePending;
  }

  Boolean getInvestigationPending() {
    return investigationPending;
  }

  Boolean getComplaintPending() {
    return complaintPending;
  }

  String getInspectionNote() {
    return inspectionNote;
  }

  QualityRating getRecordedRating() {
    return recordedRating;
  }

  Integer getConsecutiveYears() {
    return consecutiveYears;
  }

  Boolean getEligible() {
    return eligible;
  }

  String getEligibilityReason() {
    return eligibilityReason;
  }

  Conclusion getConclusion() {
    return conclusion;
  }

  String getAdjustedFormCode() {
    return adjustedFormCode;
  }

  String getConclusionNote() {
    return conclusionNote;
  }

  LocalDate getSupplementDeadline() {
    return supplementDeadline;
  }

  CouncilResult getCouncilResult() {
    return councilResult;
  }

  String getCouncilNote() {
    return councilNote;
  }

  Outcome getOutcome() {
    return outcome;
  }

  String getOutcomeReason() {
    return outcomeReason;
  }

  int getVersion() {
    return version;
  }
}
