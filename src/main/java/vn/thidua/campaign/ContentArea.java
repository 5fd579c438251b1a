package vn.thidua.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A content area of the campaign (nội dung thi đua) that units set their targets against. */
@Embeddable
public record ContentArea(
    @Column(name = "code", nullable = false) String code,
    @Column(name = "title", nullable = false) String title) {
}
