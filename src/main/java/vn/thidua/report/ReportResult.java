package vn.thidua.report;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A pledged target (copied from the accepted registration) with what the unit achieved. */
@Embeddable
public record ReportResult(
    @Column(name = "content_area_code", nullable = false) String contentAreaCode,
    @Column(name = "target", nullable = false) String target,
    @Column(name = "planned_quantity", nullable = false) BigDecimal plannedQuantity,
    @Column(name = "unit_of_measure", nullable = false) String unitOfMeasure,
    @Column(name = "achieved_quantity") BigDecimal achievedQuantity,
    @Enumerated(EnumType.STRING) @Column(name = "self_assessment") SelfAssessment selfAssessment,
    @Column(name = "note") String note) {

  ReportResult withAchievement(BigDecimal achieved, SelfAssessment assessment, String note) {
    return new ReportResult(contentAreaCode, target, plannedQuantity, unitOfMeasure, achieved, assessment, note);
  }

  boolean complete() {
    return achievedQuantity != null && selfAssessment != null;
  }
}
