package vn.thidua.config;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How reward decisions are numbered, one book per issuing office: the Party committee's decisions
 * (Văn phòng cấp ủy) and the People's Committee's (Văn phòng UBND). A format has the placeholders
 * {@code {n}} (the sequence, required), {@code {symbol}} ({@code thidua.issuing-body.symbol}) and
 * {@code {year}} (the year of issue). Checked at start-up by {@code vn.thidua.decision.NumberingRules}.
 */
@ConfigurationProperties("thidua.decisions.numbering")
public record DecisionNumberingProperties(Book party, Book state) {

  /** Where a book's sequence restarts at 1. */
  public enum Scope {
    /** The committee's term (nhiệm kỳ), from {@code term-start}: Party documents run through the term. */
    TERM,
    /** The calendar year: State documents restart each 1 January. */
    YEAR
  }

  /** One book: its number format, its scope and, for the scope TERM, the day the current term began. */
  public record Book(String format, Scope scope, LocalDate termStart) {
  }
}
