package vn.thidua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The days that break the working week (Bộ luật Lao động 2019, Điều 112): public holidays on weekdays, the
 * days a holiday on a weekend is made up on, and days off the Government swaps in. Saturdays worked in
 * exchange (ngày làm bù) go in {@code makeUpWorkingDays}. Announced once a year: an office keeps this list.
 */
@Validated
@ConfigurationProperties("thidua.calendar")
public record CalendarProperties(
    @NotNull(message = "thidua.calendar.public-holidays không được để trống (có thể là danh sách rỗng)")
    @DefaultValue
    List<@NotNull(message = "thidua.calendar.public-holidays có một ngày trống") LocalDate> publicHolidays,
    @NotNull(message = "thidua.calendar.make-up-working-days không được để trống (có thể là danh sách rỗng)")
    @DefaultValue
    List<@NotNull(message = "thidua.calendar.make-up-working-days có một ngày trống") LocalDate> makeUpWorkingDays) {

  @AssertTrue(message = "thidua.calendar.make-up-working-days chỉ gồm thứ Bảy hoặc Chủ nhật được làm bù; "
      + "ngày nghỉ trong tuần thì ghi vào thidua.calendar.public-holidays")
  public boolean isEveryMakeUpDayAWeekend() {
    return makeUpWorkingDays == null || makeUpWorkingDays.stream().allMatch(CalendarProperties::weekend);
  }

  @AssertTrue(message = "Một ngày không thể vừa là ngày nghỉ lễ vừa là ngày làm bù "
      + "(thidua.calendar.public-holidays và thidua.calendar.make-up-working-days)")
  public boolean isNoDayBothHolidayAndMakeUpDay() {
    return publicHolidays == null || makeUpWorkingDays == null
        || makeUpWorkingDays.stream().noneMatch(publicHolidays::contains);
  }

  static boolean weekend(LocalDate day) {
    return day != null && (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY);
  }
}
