package vn.thidua.pledge;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A registration as the API shows it. {@code editable} tells the unit's page whether it may still
 * change it; {@code contentAreas} and {@code availableTitles} are the choices it offers.
 */
public record PledgeView(
    Long id,
    String campaignId,
    String planNumber,
    String campaignTitle,
    LocalDate pledgeDeadline,
    UnitRef unit,
    PledgeStatus status,
    String statusLabel,
    String responsePlanSummary,
    String responseMeasures,
    List<TargetView> targets,
    List<Choice> titles,
    String signerName,
    LocalDate signedOn,
    String returnReason,
    String submittedBy,
    Instant submittedAt,
    String reviewedBy,
    Instant reviewedAt,
    int version,
    boolean editable,
    String openTaskId,
    List<Choice> contentAreas,
    List<Choice> availableTitles) {

  public record UnitRef(Long id, String code, String name) {
  }

  public record TargetView(String contentAreaCode, String contentAreaTitle, String target, BigDecimal quantity,
      String unitOfMeasure) {
  }

  /** A code and what people read for it. */
  public record Choice(String code, String name) {
  }
}
