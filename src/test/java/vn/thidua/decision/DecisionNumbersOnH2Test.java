package vn.thidua.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.config.DecisionNumberingProperties;
import vn.thidua.config.IssuingBodyProperties;
import vn.thidua.security.CurrentUser;
import vn.thidua.web.ApiException;

/** The embedded default numbers decisions in H2: the same migration, the same SQL, the same rules. */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:numbering;DB_CLOSE_DELAY=-1")
@EnableConfigurationProperties({DecisionNumberingProperties.class, IssuingBodyProperties.class})
@Import({NumberingRules.class, DecisionNumbers.class, CurrentUser.class, DecisionNumbersOnH2Test.Time.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class DecisionNumbersOnH2Test {

  @TestConfiguration
  static class Time {
    @Bean
    Clock clock() {
      return Clock.systemDefaultZone();
    }
  }

  @Autowired
  private DecisionNumbers numbers;

  @Test
  void decisionsAreNumberedAndEnteredNumbersCheckedOnH2() {
    LocalDate day = LocalDate.of(2026, 8, 20);

    IssuedNumber first = numbers.next(NumberingBook.PARTY, day);
    IssuedNumber entered = numbers.manual(NumberingBook.PARTY, day, "20-QĐ/HU");
    IssuedNumber afterIt = numbers.next(NumberingBook.PARTY, day);
    IssuedNumber state = numbers.next(NumberingBook.STATE, day);

    assertThat(first).isEqualTo(new IssuedNumber(NumberingBook.PARTY, "TERM-2025-10-01", 1, "1-QĐ/HU"));
    assertThat(entered.sequence()).isNull();
    assertThat(afterIt.number()).isEqualTo("21-QĐ/HU");
    assertThat(state.number()).isEqualTo("1/QĐ-UBND");
    assertThat(numbers.preview(NumberingBook.PARTY, day)).isEqualTo("22-QĐ/HU");
    try {
      numbers.manual(NumberingBook.PARTY, day, "20-QĐ/HU");
      throw new AssertionError("a number used twice was accepted");
    } catch (ApiException refused) {
      assertThat(refused.status()).isEqualTo(HttpStatus.CONFLICT);
    }
    assertThat(numbers.next(NumberingBook.PARTY, day).number()).isEqualTo("22-QĐ/HU");
  }
}
