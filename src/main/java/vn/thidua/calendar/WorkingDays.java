package vn.thidua.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Counts working days (ngày làm việc) for deadlines such as the appraisal's 10 working days: Saturdays,
 * Sundays and the configured public holidays do not count, a Saturday or Sunday worked in exchange does.
 *
 * <p>The convention is the administrative one: the day something happens does not count, the period starts
 * the next working day, and the deadline is the last of its working days. A dossier complete on Friday
 * 2027-01-08 with 10 working days is due on Friday 2027-01-22; with the default calendar, one complete on
 * Friday 2027-01-29 is due on Friday 2027-02-19, the Tết days off (4–10/02) counting for nothing.
 */
@Service
public class WorkingDays {

  private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);

  private final Set<LocalDate> holidays;
  private final Set<LocalDate> makeUpDays;

  WorkingDays(CalendarProperties properties, Clock clock) {
    this.holidays = Set.copyOf(properties.publicHolidays());
    this.makeUpDays = Set.copyOf(properties.makeUpWorkingDays());
    int thisYear = LocalDate.now(clock).getYear();
    if (holidays.stream().noneMatch(day -> day.getYear() == thisYear)) {
      // deadlines still come out, only too early around holidays: say so to whoever runs the installation
      log.warn("thidua.calendar.public-holidays lists no holiday in {}: working-day deadlines skip only weekends "
          + "until this year's holidays are configured", thisYear);
    }
  }

  /** Whether people work that day: a weekday that is no public holiday, or a Saturday or Sunday made up. */
  public boolean isWorkingDay(LocalDate day) {
    if (makeUpDays.contains(day)) {
      return true;
    }
    return !CalendarProperties.weekend(day) && !holidays.contains(day);
  }

  /**
   * The day on which {@code workingDays} working days after {@code start} are over: the last of them.
   * {@code start} itself never counts, working day or not; with 0 the answer is {@code start}.
   */
  public LocalDate plus(LocalDate start, int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
    }
    LocalDate day = start;
    int counted = 0;
    while (counted < workingDays) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * The working days after {@code from} up to and including {@code to}: how many of a period have been used,
   * so that {@code between(start, plus(start, n)) == n}. Negative when {@code to} is before {@code from}.
   */
  public int between(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -between(to, from);
    }
    int counted = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return counted;
  }
}
