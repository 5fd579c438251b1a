package vn.thidua.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One data line of a CSV file with its number. The typed readers return null for an empty cell and,
 * for a value that is not of the type, add a Vietnamese error naming the column to {@code errors}.
 */
public record CsvLine(long number, Map<String, String> values) {

  private static final DateTimeFormatter VIETNAMESE_DATE =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
  /** Whole đồng, digits optionally grouped by thousands with dots, commas or spaces ("4.680.000"). */
  private static final Pattern AMOUNT = Pattern.compile("\\d{1,3}([., ]\\d{3})+|\\d+");

  public CsvLine {
    values = Map.copyOf(values);
  }

  /** The cell's text, stripped; "" when empty. */
  public String text(String column) {
    return values.getOrDefault(column, "");
  }

  /** The cell's text, or null when empty. */
  public String optional(String column) {
    String text = text(column);
    return text.isEmpty() ? null : text;
  }

  public CsvLineError error(String column, String message) {
    return new CsvLineError(number, column, message);
  }

  public Integer integer(String column, List<CsvLineError> errors) {
    String text = text(column);
    if (text.isEmpty()) {
      return null;
    }
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException e) {
      errors.add(error(column, "Cột " + column + ": \"" + text + "\" không phải là số nguyên"));
      return null;
    }
  }

  public Long id(String column, List<CsvLineError> errors) {
    String text = text(column);
    if (text.isEmpty()) {
      return null;
    }
    try {
      return Long.valueOf(text);
    } catch (NumberFormatException e) {
      errors.add(error(column, "Cột " + column + ": \"" + text + "\" không phải là mã số"));
      return null;
    }
  }

  /** A decimal with a dot or, as Vietnamese write it, a comma ("92,5" in quotes). */
  public BigDecimal decimal(String column, List<CsvLineError> errors) {
    String text = text(column);
    if (text.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(text.replace(',', '.'));
    } catch (NumberFormatException e) {
      errors.add(error(column, "Cột " + column + ": \"" + text + "\" không phải là số"));
      return null;
    }
  }

  /** An amount in whole đồng: "4680000", "4.680.000" or "4,680,000". */
  public Long amount(String column, List<CsvLineError> errors) {
    String text = text(column);
    if (text.isEmpty()) {
      return null;
    }
    if (!AMOUNT.matcher(text).matches()) {
      errors.add(error(column, "Cột " + column + ": \"" + text
          + "\" không phải số tiền (đồng, số nguyên, ví dụ 4680000 hoặc 4.680.000)"));
      return null;
    }
    try {
      return Long.valueOf(text.replaceAll("[., ]", ""));
    } catch (NumberFormatException e) {
      errors.add(error(column, "Cột " + column + ": số tiền \"" + text + "\" quá lớn"));
      return null;
    }
  }

  /** A date as dd/MM/yyyy (as people write it) or yyyy-MM-dd. */
  public LocalDate date(String column, List<CsvLineError> errors) {
    String text = text(column);
    if (text.isEmpty()) {
      return null;
    }
    try {
      return text.contains("/") ? LocalDate.parse(text, VIETNAMESE_DATE) : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      errors.add(error(column, "Cột " + column + ": \"" + text + "\" không phải ngày hợp lệ (dd/MM/yyyy)"));
      return null;
    }
  }

  /**
   * An enum constant by its name or by its Vietnamese label (case ignored), e.g. {@code INDIVIDUAL} or
   * "Cá nhân".
   */
  public <E extends Enum<E>> E choice(String column, Class<E> type, Function<E, String> label,
      List<CsvLineError> errors) {
    String text = text(column);
    if (text.isEmpty()) {
      return null;
    }
    String wanted = text.toLowerCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().toLowerCase(Locale.ROOT).equals(wanted)
          || label.apply(constant).toLowerCase(Locale.ROOT).equals(wanted)) {
        return constant;
      }
    }
    errors.add(error(column, "Cột " + column + ": \"" + text + "\" không hợp lệ; chấp nhận: "
        + Arrays.stream(type.getEnumConstants()).map(constant -> constant.name() + " (" + label.apply(constant) + ")")
            .collect(Collectors.joining(", "))));
    return null;
  }
}
