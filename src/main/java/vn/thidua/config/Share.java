package vn.thidua.config;

/**
 * A share of the Standing Committee written as a fraction, such as {@code 1/2} or {@code 2/3}, so that
 * thresholds are compared in exact integer arithmetic: "more than half" of 13 is 7, never 6.5 rounded.
 */
public record Share(int numerator, int denominator) {

  public Share {
    if (denominator <= 0 || numerator < 0 || numerator > denominator) {
      throw new IllegalArgumentException("Tỷ lệ phải là phân số từ 0 đến 1, ví dụ 1/2 hoặc 2/3 (nhận được "
          + numerator + "/" + denominator + ")");
    }
  }

  /** Reads "2/3" (configuration binds through this). */
  public static Share valueOf(String text) {
    String[] parts = text == null ? new String[0] : text.strip().split("/");
    try {
      if (parts.length == 2) {
        return new Share(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw new IllegalArgumentException("Tỷ lệ \"" + text + "\" không đúng dạng phân số, ví dụ 1/2 hoặc 2/3");
  }

  /** Whether {@code count} is strictly more than this share of {@code total}. */
  public boolean exceededBy(int count, int total) {
    return (long) count * denominator > (long) numerator * total;
  }

  /** Whether {@code count} is at least this share of {@code total}. */
  public boolean reachedBy(int count, int total) {
    return (long) count * denominator >= (long) numerator * total;
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
