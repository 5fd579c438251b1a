package vn.thidua.document;

import java.util.Locale;

/** How the generated documents write what they are given: nothing for a missing text, capitals in Vietnamese. */
final class DocumentTexts {

  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private DocumentTexts() {
  }

  static String text(String text) {
    return text == null ? "" : text;
  }

  /** "Huyện ủy Bình Sơn" → "HUYỆN ỦY BÌNH SƠN". */
  static String upper(String text) {
    return text(text).strip().toUpperCase(VIETNAMESE);
  }
}
