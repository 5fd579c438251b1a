package vn.thidua.campaign;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of the ceremony budget: estimated by Văn phòng, later settled with the actual amount. */
@Embeddable
public record BudgetItem(
    @Column(name = "description", nullable = false) String description,
    @Column(name = "estimated_amount", nullable = false) BigDecimal estimatedAmount,
    @Column(name = "actual_amount") BigDecimal actualAmount) {

  BudgetItem settled(BigDecimal actual) {
    return new BudgetItem(description, estimatedAmount, actual);
  }
}
