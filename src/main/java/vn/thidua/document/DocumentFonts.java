package vn.thidua.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * The serif family of generated documents: Liberation Serif (SIL Open Font License 1.1), metric-compatible
 * with Times New Roman, which administrative documents use, and covering every Vietnamese letter. It comes
 * from a Maven artifact so that documents look the same on every machine, whatever fonts it has.
 */
@Component
class DocumentFonts {

  enum Style {
    REGULAR("LiberationSerif-Regular.ttf"),
    BOLD("LiberationSerif-Bold.ttf"),
    ITALIC("LiberationSerif-Italic.ttf"),
    BOLD_ITALIC("LiberationSerif-BoldItalic.ttf");

    private final String file;

    Style(String file) {
      this.file = file;
    }
  }

  private static final String FOLDER = "liberation/";
  private static final int GSUB = tag("GSUB");
  private static final int HIDDEN_GSUB = tag("gsub");

  private final Map<Style, byte[]> files = new EnumMap<>(Style.class);

  /** Reads the font files once, at start-up: a missing font stops the application instead of a document. */
  DocumentFonts() {
    for (Style style : Style.values()) {
      try (InputStream in = DocumentFonts.class.getClassLoader().getResourceAsStream(FOLDER + style.file)) {
        if (in == null) {
          throw new IllegalStateException("Font " + FOLDER + style.file + " is not on the classpath");
        }
        files.put(style, withoutGlyphSubstitution(in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read font " + style.file, e);
      }
    }
  }

  /**
   * Hides the font's glyph substitution table (GSUB) from PDFBox by renaming its directory entry. With that
   * table, PDFBox 3 runs every text it writes through its substitution engine, which for Latin script only
   * forms ligatures ("ﬁ") and took most of the time of a long document; Vietnamese letters are single
   * characters of the font and need no substitution. The table is never embedded in a PDF either way.
   */
  static byte[] withoutGlyphSubstitution(byte[] font) {
    ByteBuffer data = ByteBuffer.wrap(font);
    int tables = Short.toUnsignedInt(data.getShort(4));
    for (int table = 0; table < tables; table++) {
      int entry = 12 + 16 * table;
      if (data.getInt(entry) == GSUB) {
        data.putInt(entry, HIDDEN_GSUB);
      }
    }
    return font;
  }

  private static int tag(String name) {
    return ByteBuffer.wrap(name.getBytes(StandardCharsets.US_ASCII)).getInt();
  }

  /** The font for one document, embedded as a subset: only the glyphs the document uses. */
  PDType0Font load(PDDocument document, Style style) {
    try {
      return PDType0Font.load(document, new ByteArrayInputStream(files.get(style)), true);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot load font " + style.file, e);
    }
  }
}
