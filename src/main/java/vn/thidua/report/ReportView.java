package vn.thidua.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A results report as the API shows it, with its proposals and their files. {@code editable}
 * tells the unit's page whether it may still change it; {@code nominees} are whom it may propose.
 */
public record ReportView(
    Long id,
    String campaignId,
    String planNumber,
    String campaignTitle,
    int phaseNumber,
    String phaseName,
    LocalDate resultsDeadline,
    UnitRef unit,
    ReportStatus status,
    String statusLabel,
    String narrative,
    String headRemarks,
    List<ResultView> results,
    List<ProposalView> proposals,
    String preparedBy,
    String confirmedBy,
    Instant submittedAt,
    int version,
    boolean editable,
    String openTaskId,
    Nominees nominees) {

  public record UnitRef(Long id, String code, String name) {
  }

  public record ResultView(int index, String contentAreaCode, String contentAreaTitle, String target,
      BigDecimal plannedQuantity, String unitOfMeasure, BigDecimal achievedQuantity, SelfAssessment selfAssessment,
      String selfAssessmentLabel, String note) {
  }

  /** Whom the unit may propose: itself and the collectives under it, and its members. */
  public record Nominees(List<Choice> collectives, List<Choice> members) {
  }

  public record Choice(Long id, String name) {
  }
}
