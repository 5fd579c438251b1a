package vn.thidua.appraisal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.thidua.report.ProposalView;

/** An appraisal as its page shows it, with what the person may do now. */
public record AppraisalView(
    Long id,
    String campaignId,
    int phaseNumber,
    Long reportId,
    String unitName,
    String track,
    String trackLabel,
    int round,
    AppraisalStatus status,
    String statusLabel,
    LocalDate dueDate,
    LocalDate councilDate,
    String councilMembers,
    List<Item> items,
    boolean canInspect,
    boolean canConclude,
    boolean canCouncil,
    String openTaskId) {

  public record Item(
      Long itemId,
      ProposalView proposal,
      String recordedRating,
      String recordedRatingLabel,
      Integer recordedConsecutiveYears,
      boolean ratingDisagrees,
      Boolean disciplinePending,
      Boolean investigationPending,
      Boolean complaintPending,
      String inspectionNote,
      Boolean eligible,
      String eligibilityReason,
      Conclusion conclusion,
      String conclusionLabel,
      String adjustedFormCode,
      String conclusionNote,
      LocalDate supplementDeadline,
      String councilResult,
      String councilNote,
      Outcome outcome,
      String outcomeReason,
      List<EarlierAward> earlierAwards,
      List<Choice> formChoices) {
  }

  /** An award the registry holds for the nominee, newest first; a revoked one stays, marked as such. */
  public record EarlierAward(String formName, int year, String decisionNumber, boolean revoked) {
  }

  public record Choice(String code, String name) {
  }

  /** The notice a unit receives for a proposal not agreed. */
  public record Notice(Long id, Long proposalId, String nomineeName, String formName, String reason,
      Instant sentAt) {
  }
}
