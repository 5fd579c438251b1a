package vn.thidua.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How many of each kind of nominee a list holds, as a sentence says it: "3 tập thể, 2 cá nhân". */
final class NomineeCounts {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private NomineeCounts() {
  }

  /** The counts by kind label, in the order the kinds first appear, joined by the separator; "" for none. */
  static String of(List<String> kindLabels, String separator) {
    Map<String, Long> byKind = kindLabels.stream().collect(Collectors.groupingBy(
        label -> label == null ? "" : label.strip().toLowerCase(VIETNAMESE), LinkedHashMap::new,
        Collectors.counting()));
    return byKind.entrySet().stream()
        .map(kind -> kind.getValue() + (kind.getKey().isEmpty() ? " đề nghị" : " " + kind.getKey()))
        .collect(Collectors.joining(separator));
  }

  /** "I", "II", ... for the groups of a list. */
  static String roman(int number) {
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder roman = new StringBuilder();
    int rest = number;
    for (int i = 0; i < values.length; i++) {
      while (rest >= values[i]) {
        roman.append(symbols[i]);
        rest -= values[i];
      }
    }
    return roman.toString();
  }
}
