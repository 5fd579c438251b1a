package vn.thidua.summary;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One unit's part of a generated summary, kept as the JSON the API serves. */
@Embeddable
record SummaryUnitRow(
    @Column(name = "unit_id", nullable = false) Long unitId,
    @Column(name = "row_json", nullable = false) String json) {
}
