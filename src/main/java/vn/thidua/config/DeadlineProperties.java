package vn.thidua.config;

import java.time.LocalTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * When units are reminded of a deadline (registration, results): some days before it, at an
 * office hour. A deadline day counts in full: it is overdue from the next midnight.
 */
@Validated
@ConfigurationProperties("thidua.deadlines")
public record DeadlineProperties(
    @Min(value = 0, message = "thidua.deadlines.reminder-days-before không được âm")
    @Max(value = 60, message = "thidua.deadlines.reminder-days-before tối đa 60 ngày")
    int reminderDaysBefore,
    @NotNull(message = "Cần cấu hình thidua.deadlines.reminder-time (giờ gửi nhắc hạn)") LocalTime reminderTime) {
}
