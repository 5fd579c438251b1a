package vn.thidua.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long the agreed list is posted publicly (công khai) before the decision, in working days. The law
 * fixes 10 working days only for national honours; for local forms the committee sets its own period.
 */
@Validated
@ConfigurationProperties("thidua.posting")
public record PostingPeriodProperties(
    @Min(value = 1, message = "thidua.posting.working-days phải từ 1 ngày làm việc trở lên")
    @Max(value = 30, message = "thidua.posting.working-days tối đa 30 ngày làm việc")
    @DefaultValue("5")
    int workingDays) {
}
