package vn.thidua.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

/**
 * A campaign as the API shows it: its plan, where it stands, and what the bodies prepared. {@code progress},
 * on one campaign only, says where every unit stands per phase (see {@link CampaignProgress}).
 */
public record CampaignView(
    String id,
    String planNumber,
    String title,
    String theme,
    List<String> slogans,
    List<ContentArea> contentAreas,
    LocalDate pledgeDeadline,
    List<Phase> phases,
    List<UnitRef> units,
    UnitRef responseSpeechUnit,
    CampaignStatus status,
    String statusLabel,
    List<CurrentStep> currentSteps,
    LaunchView launch,
    String createdBy,
    Instant createdAt,
    Instant launchedAt,
    CampaignProgress progress) {

  public record UnitRef(String code, String name) {
  }

  /** An open task of the campaign: what is being done and by which body or person. */
  public record CurrentStep(String taskId, String activityId, String name, List<String> candidateGroups,
      String assignee, Date created) {
  }

  public record LaunchView(
      String ceremonyScript, String commitmentText, String speechText, String speechStatus, String speechRemarks,
      LocalDate invitationDate, String guestList, String invitationNote,
      List<BudgetItem> budgetItems, BigDecimal budgetTotal, String budgetNote, BigDecimal actualTotal, String settlementNote,
      String presenterName, String presenterPosition, String presenterNote,
      String responseSpeakerName, String responseSpeakerPosition, String responseSpeechText,
      String communicationPlan, String communicationChannels, LocalDate communicationStartDate, LocalDate communicationEndDate,
      String mobilizationPlan, String mobilizationTargetGroups,
      LocalDate ceremonyDate, String ceremonyPlace, Integer attendeeCount, String attendeesNote, String ceremonyNote,
      List<UnitRef> signedUnits, List<ApprovalView> approvals, List<CompletedStep> completedSteps) {
  }

  public record ApprovalView(String approver, String decision, String returnTarget, String reason, String decidedBy,
      Instant decidedAt) {
  }
}
