package vn.thidua.pledge;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A target (chỉ tiêu) a unit pledges under one content area of the campaign. */
@Embeddable
public record PledgeTarget(
    @Column(name = "content_area_code", nullable = false) String contentAreaCode,
    @Column(name = "target", nullable = false) String target,
    @Column(name = "quantity", nullable = false) BigDecimal quantity,
    @Column(name = "unit_of_measure", nullable = false) String unitOfMeasure) {
}
