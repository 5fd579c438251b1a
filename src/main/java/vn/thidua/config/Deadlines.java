package vn.thidua.config;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.springframework.stereotype.Component;

import vn.thidua.ThiDuaApplication;

/** The moments the engine's timers fire for a deadline, in Vietnamese local time. */
@Component
public class Deadlines {

  private static final ZoneId ZONE = ZoneId.of(ThiDuaApplication.TIME_ZONE);

  private final DeadlineProperties properties;

  Deadlines(DeadlineProperties properties) {
    this.properties = properties;
  }

  /** The reminder: the configured days before the deadline, at the configured hour. */
  public Date reminderAt(LocalDate deadline) {
    return Date.from(deadline.minusDays(properties.reminderDaysBefore())
        .atTime(properties.reminderTime()).atZone(ZONE).toInstant());
  }

  /** The deadline day counts in full: overdue from the following midnight. */
  public Date overdueAt(LocalDate deadline) {
    return startOf(deadline.plusDays(1));
  }

  /** Midnight at the start of the day. */
  public Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(ZONE).toInstant());
  }
}
