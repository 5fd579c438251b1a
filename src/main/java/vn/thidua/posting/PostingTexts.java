package vn.thidua.posting;

import java.text.NumberFormat;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How texts people send are kept: as typed, in one Unicode form, without invisible control characters. */
final class PostingTexts {

  static final int CONTENT_MAX = 2_000;
  static final int NAME_MAX = 200;
  static final int CONTACT_MAX = 200;
  static final int ANSWER_MAX = 4_000;

  // control characters carry no meaning in an objection, and PostgreSQL refuses NUL in text
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

  private PostingTexts() {
  }

  /**
   * NFC (Vietnamese typed as base letter plus combining marks counts like the precomposed letters), line
   * breaks as \n, no other control characters, no surrounding blanks; null when nothing is left.
   */
  static String clean(String text) {
    if (text == null) {
      return null;
    }
    String normalized = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
    String cleaned = CONTROL.matcher(normalized).replaceAll("").strip();
    return cleaned.isEmpty() ? null : cleaned;
  }

  /** Characters as a person counts them (a Vietnamese letter with its marks, an emoji: one each). */
  static int length(String text) {
    return text == null ? 0 : text.codePointCount(0, text.length());
  }

  /** 2000 → "2.000", as Vietnamese writes numbers. */
  static String number(long value) {
    return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN")).format(value);
  }
}
