package vn.thidua.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import vn.thidua.config.AppraisalProperties;
import vn.thidua.config.PostingPeriodProperties;

/** The calendar and the periods as shipped, and the mistakes an office may make editing them. */
class CalendarPropertiesTest {

  @Configuration
  @EnableConfigurationProperties({CalendarProperties.class, AppraisalProperties.class, PostingPeriodProperties.class})
  static class Periods {
  }

  private final ApplicationContextRunner shipped = new ApplicationContextRunner()
      .withInitializer(context -> ShippedCalendar.applicationYml()
          .forEach(context.getEnvironment().getPropertySources()::addLast))
      .withUserConfiguration(Periods.class);

  private final ApplicationContextRunner bare = new ApplicationContextRunner().withUserConfiguration(Periods.class);

  @Test
  void theAppraisalTakesTenWorkingDaysAndThePostingFive() {
    shipped.run(app -> {
      assertThat(app.getBean(AppraisalProperties.class).workingDays()).isEqualTo(10);
      assertThat(app.getBean(PostingPeriodProperties.class).workingDays()).isEqualTo(5);
    });
    bare.run(app -> {
      assertThat(app.getBean(AppraisalProperties.class).workingDays()).as("without configuration").isEqualTo(10);
      assertThat(app.getBean(PostingPeriodProperties.class).workingDays()).isEqualTo(5);
    });
  }

  @Test
  void theShippedHolidaysAreWeekdaysOfTheLaborCodeForThreeYears() {
    shipped.run(app -> {
      CalendarProperties calendar = app.getBean(CalendarProperties.class);
      assertThat(calendar.publicHolidays()).allSatisfy(day -> {
        assertThat(day.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(day.getYear()).isBetween(2026, 2028);
      });
      // 11 weekdays off a year: 1 + 5 (Tết) + 1 + 2 + 2, a holiday on a weekend being made up
      for (int year = 2026; year <= 2028; year++) {
        int inYear = year;
        assertThat(calendar.publicHolidays()).filteredOn(day -> day.getYear() == inYear).as("%d", year).hasSize(11);
      }
      assertThat(calendar.publicHolidays()).doesNotHaveDuplicates()
          .contains(LocalDate.of(2026, 2, 17), LocalDate.of(2026, 4, 27), LocalDate.of(2027, 4, 16),
              LocalDate.of(2028, 1, 26), LocalDate.of(2028, 4, 4), LocalDate.of(2028, 9, 4));
      assertThat(calendar.makeUpWorkingDays()).isEmpty();
    });
  }

  @Test
  void anEmptyCalendarIsAllowed() {
    bare.run(app -> assertThat(app.getBean(CalendarProperties.class).publicHolidays()).isEmpty());
  }

  @Test
  void aMakeUpDayMustBeAWeekendDay() {
    bare.withPropertyValues("thidua.calendar.make-up-working-days=2026-01-09").run(app -> {
      assertThat(app).hasFailed();
      assertThat(app.getStartupFailure()).rootCause()
          .hasMessageContaining("make-up-working-days chỉ gồm thứ Bảy hoặc Chủ nhật");
    });
  }

  @Test
  void aDayCannotBeBothHolidayAndMakeUpDay() {
    bare.withPropertyValues("thidua.calendar.public-holidays=2026-01-10",
        "thidua.calendar.make-up-working-days=2026-01-10").run(app -> {
          assertThat(app).hasFailed();
          assertThat(app.getStartupFailure()).rootCause()
              .hasMessageContaining("vừa là ngày nghỉ lễ vừa là ngày làm bù");
        });
  }

  @Test
  void periodsOutsideReasonRefuseToStart() {
    bare.withPropertyValues("thidua.appraisal.working-days=0").run(app -> {
      assertThat(app).hasFailed();
      assertThat(app.getStartupFailure()).rootCause()
          .hasMessageContaining("thidua.appraisal.working-days phải từ 1 ngày làm việc trở lên");
    });
    bare.withPropertyValues("thidua.posting.working-days=31").run(app -> {
      assertThat(app).hasFailed();
      assertThat(app.getStartupFailure()).rootCause()
          .hasMessageContaining("thidua.posting.working-days tối đa 30 ngày làm việc");
    });
  }

  @Test
  void aDateThatIsNoDateRefusesToStart() {
    bare.withPropertyValues("thidua.calendar.public-holidays=2026-02-30").run(app -> assertThat(app).hasFailed());
  }
}
