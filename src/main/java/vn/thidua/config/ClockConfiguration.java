package vn.thidua.config;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.thidua.ThiDuaApplication;

@Configuration
class ClockConfiguration {

  /**
   * The application's clock is the engine's: what a timer, a due date and a "not after today" check take
   * as now is the same instant (the system time, unless a test moves the engine's clock).
   */
  @Bean
  Clock clock() {
    return new EngineClock(ZoneId.of(ThiDuaApplication.TIME_ZONE));
  }

  private static final class EngineClock extends Clock {

    private final ZoneId zone;

    EngineClock(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new EngineClock(other);
    }

    @Override
    public Instant instant() {
      return ClockUtil.getCurrentTime().toInstant();
    }
  }
}
