package vn.thidua.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A book's number format such as {@code {n}-QĐ/{symbol}} or {@code {n}/QĐ-UBND}: writes the number of a
 * sequence and recognises a number written that way, so that a number the office enters from its own
 * register can count in the sequence.
 */
final class DecisionNumberFormat {

  static final String SEQUENCE = "{n}";
  static final String SYMBOL = "{symbol}";
  static final String YEAR = "{year}";
  /** A sequence beyond nine digits is no register's number: such a text is kept as entered, outside the sequence. */
  private static final int MAX_DIGITS = 9;
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*}");

  private final String format;
  private final String symbol;

  private DecisionNumberFormat(String format, String symbol) {
    this.format = format;
    this.symbol = symbol;
  }

  /** The format checked; every problem names the property, for the person who wrote the configuration. */
  static DecisionNumberFormat of(String property, String format, String symbol) {
    List<String> problems = new ArrayList<>();
    if (format == null || format.isBlank()) {
      throw new IllegalStateException(property + " is missing: give a format such as \"{n}-QĐ/{symbol}\"");
    }
    Matcher placeholders = PLACEHOLDER.matcher(format);
    int sequences = 0;
    while (placeholders.find()) {
      String placeholder = placeholders.group();
      switch (placeholder) {
        case SEQUENCE -> sequences++;
        case SYMBOL -> {
          if (symbol == null || symbol.isBlank()) {
            problems.add("uses {symbol} but thidua.issuing-body.symbol is not set");
          }
        }
        case YEAR -> {
          // the year of issue
        }
        default -> problems.add("has the unknown placeholder " + placeholder + " (known: {n}, {symbol}, {year})");
      }
    }
    String outside = PLACEHOLDER.matcher(format).replaceAll("");
    if (outside.indexOf('{') >= 0 || outside.indexOf('}') >= 0) {
      problems.add("has an unbalanced brace");
    }
    if (sequences == 0) {
      problems.add("lacks the sequence placeholder {n}");
    } else if (sequences > 1) {
      problems.add("has {n} more than once");
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(property + " \"" + format + "\" " + String.join("; ", problems));
    }
    return new DecisionNumberFormat(format, symbol == null ? null : symbol.strip());
  }

  String write(int sequence, LocalDate issueDate) {
    return fixed(issueDate).replace(SEQUENCE, Integer.toString(sequence));
  }

  /** The sequence of a number written in this format for that issue date, whatever its letter case. */
  OptionalInt sequenceOf(String number, LocalDate issueDate) {
    String written = fixed(issueDate);
    int at = written.indexOf(SEQUENCE);
    Pattern pattern = Pattern.compile(Pattern.quote(written.substring(0, at)) + "0*(\\d{1," + MAX_DIGITS + "})"
        + Pattern.quote(written.substring(at + SEQUENCE.length())), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    Matcher matcher = pattern.matcher(number.strip());
    if (!matcher.matches()) {
      return OptionalInt.empty();
    }
    int sequence = Integer.parseInt(matcher.group(1));
    return sequence == 0 ? OptionalInt.empty() : OptionalInt.of(sequence);
  }

  /** Everything but the sequence filled in. */
  private String fixed(LocalDate issueDate) {
    String text = format.replace(YEAR, Integer.toString(issueDate.getYear()));
    return symbol == null ? text : text.replace(SYMBOL, symbol);
  }

  @Override
  public String toString() {
    return format;
  }
}
