package vn.thidua.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What reward money is computed from: the base salary (lương cơ sở) the Government sets, and the step
 * the amount is rounded up to (the decrees round up to tens of thousands of đồng).
 */
@Validated
@ConfigurationProperties("thidua.rewards")
public record RewardMoneyProperties(
    @NotNull(message = "Chưa đặt lương cơ sở thidua.rewards.base-salary (base salary missing)")
    @Positive(message = "Lương cơ sở thidua.rewards.base-salary phải lớn hơn 0 (base salary must be positive)")
    Long baseSalary,
    @NotNull(message = "Chưa đặt bước làm tròn thidua.rewards.money-rounding-step (rounding step missing)")
    @Positive(message = "Bước làm tròn thidua.rewards.money-rounding-step phải lớn hơn 0 (must be positive)")
    Long moneyRoundingStep) {

  /** VND for a multiple of the base salary, rounded up to the step; 0 when the form carries no money. */
  public long amount(BigDecimal multiple) {
    if (multiple == null || multiple.signum() <= 0) {
      return 0;
    }
    BigDecimal step = BigDecimal.valueOf(moneyRoundingStep);
    return multiple.multiply(BigDecimal.valueOf(baseSalary))
        .divide(step, 0, RoundingMode.CEILING)
        .multiply(step)
        .longValueExact();
  }
}
