package vn.thidua.document;

/**
 * Amounts of Vietnamese đồng as documents write them: in figures with a dot between thousands
 * ({@code 1.170.000}) and in words ("Một triệu một trăm bảy mươi nghìn đồng"), the way an accountant reads them
 * out: "linh" for a missing ten, "mốt", "lăm", and "không trăm" inside a longer number.
 */
public final class MoneyWords {

  private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
  private static final long BILLION = 1_000_000_000L;

  private MoneyWords() {
  }

  /** "1.170.000". */
  public static String figures(long amount) {
    requireNotNegative(amount);
    String digits = Long.toString(amount);
    StringBuilder grouped = new StringBuilder(digits.length() + digits.length() / 3);
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        grouped.append('.');
      }
      grouped.append(digits.charAt(i));
    }
    return grouped.toString();
  }

  /** "1.170.000 đồng". */
  public static String amount(long amount) {
    return figures(amount) + " đồng";
  }

  /** "Một triệu một trăm bảy mươi nghìn đồng"; "Không đồng" for nothing. */
  public static String words(long amount) {
    requireNotNegative(amount);
    String words = amount == 0 ? "không" : read(amount, false);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " đồng";
  }

  /**
   * A number in words; {@code inside} when higher digits precede it, so that its leading zeros are read
   * ("một triệu không trăm linh năm").
   */
  private static String read(long number, boolean inside) {
    if (number >= BILLION) {
      String billions = read(number / BILLION, inside) + " tỷ";
      long rest = number % BILLION;
      return rest == 0 ? billions : billions + " " + read(rest, true);
    }
    StringBuilder words = new StringBuilder();
    long[] groups = {number / 1_000_000, number / 1_000 % 1_000, number % 1_000};
    String[] scales = {" triệu", " nghìn", ""};
    boolean started = inside;
    for (int i = 0; i < groups.length; i++) {
      if (groups[i] == 0) {
        continue;
      }
      if (!words.isEmpty()) {
        words.append(' ');
      }
      words.append(hundreds((int) groups[i], started)).append(scales[i]);
      started = true;
    }
    return words.toString();
  }

  /** Up to three digits: "một trăm linh năm", "hai mươi mốt", "mười lăm". */
  private static String hundreds(int number, boolean inside) {
    int hundreds = number / 100;
    int tens = number / 10 % 10;
    int ones = number % 10;
    StringBuilder words = new StringBuilder();
    boolean readHundreds = inside || hundreds > 0;
    if (readHundreds) {
      words.append(DIGITS[hundreds]).append(" trăm");
    }
    if (tens == 0) {
      if (ones > 0) {
        words.append(readHundreds ? " linh " : "").append(DIGITS[ones]);
      }
      return words.toString().strip();
    }
    words.append(readHundreds ? " " : "").append(tens == 1 ? "mười" : DIGITS[tens] + " mươi");
    if (ones == 1 && tens > 1) {
      words.append(" mốt");
    } else if (ones == 5) {
      words.append(" lăm");
    } else if (ones > 0) {
      words.append(' ').append(DIGITS[ones]);
    }
    return words.toString();
  }

  private static void requireNotNegative(long amount) {
    if (amount < 0) {
      throw new IllegalArgumentException("A reward amount cannot be negative: " + amount);
    }
  }
}
