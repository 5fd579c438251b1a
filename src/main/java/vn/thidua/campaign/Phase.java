package vn.thidua.campaign;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A phase (đợt thi đua) with its review month (sơ kết / tổng kết) and results deadline. */
@Embeddable
public record Phase(
    @Column(name = "phase_number", nullable = false) int number,
    @Column(name = "name", nullable = false) String name,
    @Column(name = "start_date", nullable = false) LocalDate startDate,
    @Column(name = "end_date", nullable = false) LocalDate endDate,
    @Column(name = "review_month", nullable = false) String reviewMonth,
    @Column(name = "results_deadline", nullable = false) LocalDate resultsDeadline) {
}
