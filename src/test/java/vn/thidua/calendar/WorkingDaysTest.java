package vn.thidua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Deadlines in working days, on the calendar the application ships and on small calendars made here. */
@ExtendWith(OutputCaptureExtension.class)
class WorkingDaysTest {

  private static final Clock IN_2027 = Clock.fixed(LocalDate.of(2027, 1, 4).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh"))
      .toInstant(), ZoneId.of("Asia/Ho_Chi_Minh"));

  private final WorkingDays shipped = new WorkingDays(ShippedCalendar.properties(), IN_2027);
  private final WorkingDays weekendsOnly = calendar(List.of(), List.of());

  @Test
  void aDossierCompleteOnFridayWithTenWorkingDaysIsDueTheFridayTwoWeeksLater() {
    assertThat(weekendsOnly.plus(LocalDate.of(2027, 1, 8), 10)).isEqualTo(LocalDate.of(2027, 1, 22));
    assertThat(shipped.plus(LocalDate.of(2027, 1, 8), 10)).isEqualTo(LocalDate.of(2027, 1, 22));
  }

  @Test
  void theStartDayNeverCountsEvenOnAWeekend() {
    assertThat(weekendsOnly.plus(LocalDate.of(2027, 1, 9), 1)).as("from Saturday").isEqualTo(LocalDate.of(2027, 1, 11));
    assertThat(weekendsOnly.plus(LocalDate.of(2027, 1, 11), 1)).as("from Monday").isEqualTo(LocalDate.of(2027, 1, 12));
    assertThat(weekendsOnly.plus(LocalDate.of(2027, 1, 9), 0)).as("nothing to add").isEqualTo(LocalDate.of(2027, 1, 9));
  }

  @Test
  void tetTakesAWholeWeekOutOfTheAppraisalPeriod() {
    // 2027: Tết days off Thu 04/02 – Wed 10/02 around the weekend of mùng 1 and 2
    LocalDate completeOnFriday = LocalDate.of(2027, 1, 29);

    assertThat(shipped.plus(completeOnFriday, 10)).isEqualTo(LocalDate.of(2027, 2, 19));
    assertThat(weekendsOnly.plus(completeOnFriday, 10)).isEqualTo(LocalDate.of(2027, 2, 12));
    assertThat(shipped.between(completeOnFriday, LocalDate.of(2027, 2, 19))).isEqualTo(10);
  }

  @Test
  void aPostingStartedTheFridayBeforeTet2026EndsTwoWeeksLater() {
    // 2026: Tết Monday 16/02 – Friday 20/02, between two weekends
    assertThat(shipped.plus(LocalDate.of(2026, 2, 13), 5)).isEqualTo(LocalDate.of(2026, 2, 27));
    assertThat(shipped.isWorkingDay(LocalDate.of(2026, 2, 23))).as("Monday after Tết").isTrue();
  }

  @Test
  void aHolidayOnAWeekendIsMadeUpOnTheNextWorkingDay() {
    // 30/04/2027 Friday, 01/05 Saturday made up on Monday 03/05
    assertThat(shipped.plus(LocalDate.of(2027, 4, 29), 1)).isEqualTo(LocalDate.of(2027, 5, 4));
    // 01/01/2028 Saturday made up on Monday 03/01, across the turn of the year
    assertThat(shipped.plus(LocalDate.of(2027, 12, 31), 1)).isEqualTo(LocalDate.of(2028, 1, 4));
    // 30/04/2028 Sunday and 01/05 Monday: the made-up day follows the holiday, on Tuesday 02/05
    assertThat(shipped.plus(LocalDate.of(2028, 4, 28), 1)).isEqualTo(LocalDate.of(2028, 5, 3));
  }

  @Test
  void aSaturdayWorkedInExchangeCountsAndTheDayOffDoesNot() {
    // a swap as the Ministry announces them: Friday 02/01/2026 off, Saturday 10/01/2026 worked
    WorkingDays swapped = calendar(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2)),
        List.of(LocalDate.of(2026, 1, 10)));

    assertThat(swapped.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
    assertThat(swapped.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
    assertThat(swapped.plus(LocalDate.of(2025, 12, 31), 1)).isEqualTo(LocalDate.of(2026, 1, 5));
    assertThat(swapped.plus(LocalDate.of(2026, 1, 9), 1)).isEqualTo(LocalDate.of(2026, 1, 10));
  }

  @Test
  void isWorkingDayKnowsWeekendsHolidaysAndOrdinaryDays() {
    assertThat(shipped.isWorkingDay(LocalDate.of(2026, 9, 1))).as("Tuesday before Quốc khánh").isTrue();
    assertThat(shipped.isWorkingDay(LocalDate.of(2026, 9, 2))).as("Quốc khánh").isFalse();
    assertThat(shipped.isWorkingDay(LocalDate.of(2026, 9, 3))).as("the day after").isFalse();
    assertThat(shipped.isWorkingDay(LocalDate.of(2026, 9, 5))).as("Saturday").isFalse();
    assertThat(shipped.isWorkingDay(LocalDate.of(2026, 9, 6))).as("Sunday").isFalse();
    assertThat(shipped.isWorkingDay(LocalDate.of(2027, 4, 16))).as("Giỗ Tổ Hùng Vương 2027").isFalse();
  }

  @Test
  void betweenCountsTheWorkingDaysAfterTheFirstDayUpToTheLast() {
    assertThat(shipped.between(LocalDate.of(2027, 1, 8), LocalDate.of(2027, 1, 8))).isZero();
    assertThat(shipped.between(LocalDate.of(2027, 1, 8), LocalDate.of(2027, 1, 11))).isEqualTo(1);
    assertThat(shipped.between(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 8))).isEqualTo(-1);
    assertThat(shipped.between(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 22))).as("Tết week").isZero();
  }

  @Test
  void betweenUndoesPlusOverThreeYearsOfHolidays() {
    for (LocalDate start = LocalDate.of(2026, 1, 1); start.getYear() < 2029; start = start.plusDays(5)) {
      for (int days : new int[] {0, 1, 5, 10, 23}) {
        LocalDate due = shipped.plus(start, days);
        assertThat(shipped.between(start, due)).as("%s + %d = %s", start, days, due).isEqualTo(days);
        assertThat(days == 0 || shipped.isWorkingDay(due)).as("%s is a working day", due).isTrue();
      }
    }
  }

  @Test
  void aNegativeNumberOfDaysIsAMistakeOfTheCaller() {
    assertThatThrownBy(() -> shipped.plus(LocalDate.of(2027, 1, 8), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCalendarWithoutThisYearsHolidaysIsReportedAtStart(CapturedOutput output) {
    int before = output.getAll().length();
    calendar(List.of(LocalDate.of(2026, 1, 1)), List.of());
    assertThat(output.getAll().substring(before)).contains("lists no holiday in 2027");
  }

  @Test
  void theShippedCalendarCoversThisYearSilently(CapturedOutput output) {
    int before = output.getAll().length();
    new WorkingDays(ShippedCalendar.properties(), IN_2027);
    assertThat(output.getAll().substring(before)).doesNotContain("lists no holiday");
  }

  private static WorkingDays calendar(List<LocalDate> holidays, List<LocalDate> makeUpDays) {
    return new WorkingDays(new CalendarProperties(holidays, makeUpDays), IN_2027);
  }
}
