package vn.thidua.document;

import java.text.Normalizer;

/** File names as people send them, made safe to store and to offer for download. */
final class FileNames {

  /** Longest name accepted, in characters; the stored name may gain an extension of up to five more. */
  static final int MAX_LENGTH = 255;

  private static final String FORBIDDEN_ON_WINDOWS = "<>:\"|?*";

  private FileNames() {
  }

  /**
   * The name without any folder part, in composed Unicode (a Mac sends "ờ" as "o" plus two marks), without
   * control or invisible formatting characters (a right-to-left override can disguise "exe"), with characters
   * Windows refuses replaced by "_" and without leading or trailing dots and spaces. Vietnamese letters stay.
   * Answers "" when nothing usable is left.
   */
  static String sanitize(String raw) {
    if (raw == null) {
      return "";
    }
    String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
    // browsers on Windows once sent the whole path, "C:\Users\...\to-trinh.pdf"
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder clean = new StringBuilder(name.length());
    name.codePoints().forEach(codePoint -> {
      int type = Character.getType(codePoint);
      if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
        clean.append(' ');
      } else if (Character.isISOControl(codePoint) || type == Character.FORMAT || type == Character.SURROGATE
          || type == Character.PRIVATE_USE || type == Character.UNASSIGNED) {
        return;
      } else if (FORBIDDEN_ON_WINDOWS.indexOf(codePoint) >= 0) {
        clean.append('_');
      } else {
        clean.appendCodePoint(codePoint);
      }
    });
    return clean.toString().replaceAll(" {2,}", " ").replaceAll("^[ .]+|[ .]+$", "");
  }

  static int length(String name) {
    return name.codePointCount(0, name.length());
  }

  /** The part after the last dot, or "" when there is none. */
  static String extension(String name) {
    if (name == null) {
      return "";
    }
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1);
  }

  /**
   * The name under which the file is offered for download: a PDF sent as "bao-cao.docx" becomes
   * "bao-cao.docx.pdf", so the computer that opens it picks the right program.
   */
  static String withExtensionOf(DocumentType type, String name) {
    return type.hasExtension(extension(name)) ? name : name + "." + type.extension();
  }
}
