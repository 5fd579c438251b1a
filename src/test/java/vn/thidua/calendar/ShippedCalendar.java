package vn.thidua.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** The calendar as {@code application.yml} ships it, bound the way the application binds it. */
final class ShippedCalendar {

  private ShippedCalendar() {
  }

  static List<PropertySource<?>> applicationYml() {
    try {
      return new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CalendarProperties properties() {
    return new Binder(ConfigurationPropertySources.from(applicationYml()))
        .bind("thidua.calendar", CalendarProperties.class).get();
  }
}
