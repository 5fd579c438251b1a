package vn.thidua.decision;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.thidua.config.DecisionNumberingProperties;
import vn.thidua.config.DecisionNumberingProperties.Book;
import vn.thidua.config.DecisionNumberingProperties.Scope;
import vn.thidua.config.IssuingBodyProperties;

/**
 * The numbering configuration ({@code thidua.decisions.numbering}) checked once at start-up: a wrong
 * format or scope stops the application with a message naming the property, rather than a decision
 * numbered wrongly months later.
 */
@Component
class NumberingRules {

  static final String PREFIX = "thidua.decisions.numbering.";
  /** The registry's and the decision's column for a number is this long. */
  static final int MAX_NUMBER_LENGTH = 50;

  private final Map<NumberingBook, NumberingRule> rules = new EnumMap<>(NumberingBook.class);

  NumberingRules(DecisionNumberingProperties properties, IssuingBodyProperties issuingBody) {
    String symbol = issuingBody == null ? null : issuingBody.symbol();
    rules.put(NumberingBook.PARTY, rule("party", properties == null ? null : properties.party(), symbol));
    rules.put(NumberingBook.STATE, rule("state", properties == null ? null : properties.state(), symbol));
  }

  NumberingRule of(NumberingBook book) {
    return rules.get(book);
  }

  private static NumberingRule rule(String name, Book book, String symbol) {
    String property = PREFIX + name;
    if (book == null) {
      throw new IllegalStateException(property + " is missing: give its format and scope (TERM or YEAR)");
    }
    DecisionNumberFormat format = DecisionNumberFormat.of(property + ".format", book.format(), symbol);
    if (book.scope() == null) {
      throw new IllegalStateException(property + ".scope is missing: TERM (the committee's term, with "
          + property + ".term-start) or YEAR (restarts each 1 January)");
    }
    if (book.scope() == Scope.TERM && book.termStart() == null) {
      throw new IllegalStateException(property + ".scope is TERM but " + property + ".term-start is missing: "
          + "give the first day of the committee's current term, e.g. 2025-10-01");
    }
    LocalDate sample = book.termStart() == null ? LocalDate.of(2000, 1, 1) : book.termStart();
    String longest = format.write(999_999_999, sample);
    if (longest.length() > MAX_NUMBER_LENGTH) {
      throw new IllegalStateException(property + ".format \"" + book.format() + "\" writes numbers longer than "
          + MAX_NUMBER_LENGTH + " characters");
    }
    return new NumberingRule(format, book.scope(), book.scope() == Scope.TERM ? book.termStart() : null);
  }
}
