package vn.thidua.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long the appraisal of a complete dossier may take, in working days. Historically 10 working days;
 * whether Nghị định 98/2023 or 152/2025 keeps that figure is unconfirmed, hence configuration. A unit
 * asked to supplement its dossier has {@code supplementWorkingDays} to do so.
 */
@Validated
@ConfigurationProperties("thidua.appraisal")
public record AppraisalProperties(
    @Min(value = 1, message = "thidua.appraisal.working-days phải từ 1 ngày làm việc trở lên")
    @Max(value = 60, message = "thidua.appraisal.working-days tối đa 60 ngày làm việc")
    @DefaultValue("10")
    int workingDays,
    @Min(value = 1, message = "thidua.appraisal.supplement-working-days phải từ 1 ngày làm việc trở lên")
    @Max(value = 60, message = "thidua.appraisal.supplement-working-days tối đa 60 ngày làm việc")
    @DefaultValue("5")
    int supplementWorkingDays) {
}
