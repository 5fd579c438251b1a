package vn.thidua.config;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.thidua.ThiDuaApplication;

@Configuration
class ClockConfiguration {

  @Bean
  Clock clock() {
    return Clock.system(ZoneId.of(ThiDuaApplication.TIME_ZONE));
  }
}
