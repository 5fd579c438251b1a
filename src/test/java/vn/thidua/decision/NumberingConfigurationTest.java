package vn.thidua.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import vn.thidua.config.DecisionNumberingProperties;
import vn.thidua.config.IssuingBodyProperties;

/** A wrong numbering configuration stops the application at start-up, saying which property is wrong. */
class NumberingConfigurationTest {

  @EnableConfigurationProperties({DecisionNumberingProperties.class, IssuingBodyProperties.class})
  static class Numbering {
  }

  private final ApplicationContextRunner application = new ApplicationContextRunner()
      .withUserConfiguration(Numbering.class, NumberingRules.class)
      .withPropertyValues("thidua.issuing-body.symbol=ĐU",
          "thidua.decisions.numbering.party.format={n}-QĐ/{symbol}",
          "thidua.decisions.numbering.party.scope=TERM",
          "thidua.decisions.numbering.party.term-start=2025-10-01",
          "thidua.decisions.numbering.state.format={n}/QĐ-UBND",
          "thidua.decisions.numbering.state.scope=YEAR");

  private String startUpFailure(String... properties) {
    String[] message = new String[1];
    application.withPropertyValues(properties).run(context -> {
      assertThat(context).hasFailed();
      Throwable cause = context.getStartupFailure();
      while (cause.getCause() != null) {
        cause = cause.getCause();
      }
      message[0] = cause.getMessage();
    });
    return message[0];
  }

  @Test
  void aCommuneCommitteeNumbersWithItsOwnSymbol() {
    application.run(context -> {
      NumberingRule party = context.getBean(NumberingRules.class).of(NumberingBook.PARTY);
      assertThat(party.write(7, LocalDate.of(2026, 3, 1))).isEqualTo("7-QĐ/ĐU");
      assertThat(party.sequenceOf("07-qđ/đu", LocalDate.of(2026, 3, 1))).isEqualTo(OptionalInt.of(7));
      assertThat(party.sequenceOf("7-QĐ/HU", LocalDate.of(2026, 3, 1))).isEmpty();
    });
    application.withPropertyValues("thidua.decisions.numbering.state.format={n}/{year}/QĐ-UBND").run(context ->
        assertThat(context.getBean(NumberingRules.class).of(NumberingBook.STATE).write(128, LocalDate.of(2026, 5, 4)))
            .isEqualTo("128/2026/QĐ-UBND"));
  }

  @Test
  void anUnknownPlaceholderStopsTheStart() {
    assertThat(startUpFailure("thidua.decisions.numbering.state.format={n}/QĐ-{body}"))
        .isEqualTo("thidua.decisions.numbering.state.format \"{n}/QĐ-{body}\" has the unknown placeholder {body} "
            + "(known: {n}, {symbol}, {year})");
  }

  @Test
  void aFormatWithoutTheSequenceStopsTheStart() {
    assertThat(startUpFailure("thidua.decisions.numbering.party.format=QĐ/{symbol}"))
        .isEqualTo("thidua.decisions.numbering.party.format \"QĐ/{symbol}\" lacks the sequence placeholder {n}");
    assertThat(startUpFailure("thidua.decisions.numbering.party.format={n}-{n}-QĐ/{symbol"))
        .isEqualTo("thidua.decisions.numbering.party.format \"{n}-{n}-QĐ/{symbol\" has an unbalanced brace; "
            + "has {n} more than once");
  }

  @Test
  void aTermScopeWithoutTheTermsFirstDayStopsTheStart() {
    assertThat(startUpFailure("thidua.decisions.numbering.party.term-start="))
        .isEqualTo("thidua.decisions.numbering.party.scope is TERM but thidua.decisions.numbering.party.term-start "
            + "is missing: give the first day of the committee's current term, e.g. 2025-10-01");
  }

  @Test
  void aMissingScopeOrAnUnknownOneStopsTheStart() {
    assertThat(startUpFailure("thidua.decisions.numbering.state.scope="))
        .startsWith("thidua.decisions.numbering.state.scope is missing: TERM");
    assertThat(startUpFailure("thidua.decisions.numbering.state.scope=MONTH"))
        .contains("MONTH");
  }
}
