package vn.thidua;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ThiDuaApplication {

  /** Timers, due dates and dates shown to officers are Vietnamese local time whatever the host says. */
  public static final String TIME_ZONE = "Asia/Ho_Chi_Minh";

  public static void main(String[] args) {
    TimeZone.setDefault(TimeZone.getTimeZone(TIME_ZONE));
    SpringApplication.run(ThiDuaApplication.class, args);
  }
}
