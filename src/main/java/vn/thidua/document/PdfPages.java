package vn.thidua.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import vn.thidua.document.DocumentFonts.Style;

/**
 * A4 pages written top to bottom: wrapped and justified paragraphs, centred lines, two-column headings and
 * ruled tables whose rows continue on the next page under a repeated header. Margins follow Nghị định
 * 30/2020/NĐ-CP (left 30 mm, right 20 mm, top and bottom 20 mm); pages after the first are numbered at the top.
 * Not thread-safe: one instance writes one document.
 */
final class PdfPages {

  static final float MM = 72f / 25.4f;
  private static final PDRectangle A4 = PDRectangle.A4;
  private static final float LINE_SPACING = 1.25f;
  private static final float CELL_PADDING = 3f;

  enum Align { LEFT, CENTER }

  /** A table column: its heading, its share of the text width and how its cells are aligned. */
  record Column(String heading, float share, Align align) {
  }

  final float left = 30 * MM;
  final float right = A4.getWidth() - 20 * MM;
  private final float top = A4.getHeight() - 20 * MM;
  private final float bottom = 20 * MM;

  private final PDDocument document = new PDDocument();
  private final Map<Style, PDFont> fonts = new HashMap<>();
  private final Map<Integer, Boolean> printable = new HashMap<>();
  private final Map<PDFont, Map<String, Float>> measuredWidths = new HashMap<>();
  private PDPageContentStream content;
  private int pageNumber;
  private float y;

  PdfPages(DocumentFonts family, String title) {
    for (Style style : Style.values()) {
      fonts.put(style, family.load(document, style));
    }
    PDDocumentInformation information = document.getDocumentInformation();
    information.setTitle(title);
    information.setCreator("Thi đua");
    information.setCreationDate(Calendar.getInstance());
    document.getDocumentCatalog().setLanguage("vi-VN");
    newPage();
  }

  float width() {
    return right - left;
  }

  PDFont font(Style style) {
    return fonts.get(style);
  }

  void space(float points) {
    y -= points;
  }

  /** Starts a new page unless this much room is left: keeps a heading with what it heads. */
  void keepRoomFor(float points) {
    ensureSpace(points);
  }

  /** Lines centred between the margins, wrapped when too long. */
  void centered(String text, Style style, float size) {
    centeredIn(text, style, size, left, right);
  }

  /** A short rule under a title, as documents draw it. */
  void centeredRule(float length) {
    float middle = (left + right) / 2;
    space(2);
    line(middle - length / 2, y, middle + length / 2, y, 0.6f);
    space(LINE_SPACING * 6);
  }

  /** A paragraph, justified, its first line indented; an explicit line break starts a new paragraph. */
  void paragraph(String text, Style style, float size, float firstLineIndent) {
    PDFont font = font(style);
    float height = size * LINE_SPACING;
    for (String part : clean(text).split("\n")) {
      List<String> lines = wrap(part, font, size, width() - firstLineIndent, width());
      for (int i = 0; i < lines.size(); i++) {
        ensureSpace(height);
        float x = left + (i == 0 ? firstLineIndent : 0);
        float lineWidth = width() - (i == 0 ? firstLineIndent : 0);
        boolean last = i == lines.size() - 1;
        if (last) {
          show(lines.get(i), font, size, x, y - size);
        } else {
          justify(lines.get(i), font, size, x, lineWidth, y - size);
        }
        y -= height;
      }
    }
  }

  /**
   * Two blocks side by side at the top of the first page: the issuing body on the left, the Party's name on
   * the right, each a list of (text, style, underlined) lines centred in its column.
   */
  void heading(List<HeadingLine> leftLines, List<HeadingLine> rightLines, float size) {
    float split = left + width() * 0.46f;
    float start = y;
    for (HeadingLine line : leftLines) {
      centeredIn(line.text(), line.style(), size, left, split, line.underlined());
    }
    float leftEnd = y;
    y = start;
    for (HeadingLine line : rightLines) {
      centeredIn(line.text(), line.style(), size, split, right, line.underlined());
    }
    y = Math.min(y, leftEnd);
  }

  record HeadingLine(String text, Style style, boolean underlined) {
  }

  /** A ruled table: the heading row, then the rows; a row too tall for the page continues on the next. */
  Table table(List<Column> columns, float size) {
    return new Table(columns, size);
  }

  final class Table {

    private final List<Column> columns;
    private final float[] widths;
    private final float size;

    private Table(List<Column> columns, float size) {
      this.columns = List.copyOf(columns);
      this.size = size;
      float shares = (float) columns.stream().mapToDouble(Column::share).sum();
      this.widths = new float[columns.size()];
      for (int i = 0; i < widths.length; i++) {
        widths[i] = width() * columns.get(i).share() / shares;
      }
      ensureSpace(rowHeight(headingLines(), 1) + lineHeight() * 2);
      headingRow();
    }

    void row(List<String> cells) {
      List<List<String>> lines = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        lines.add(cellLines(cells.get(i), font(Style.REGULAR), i));
      }
      int count = lines.stream().mapToInt(List::size).max().orElse(1);
      int from = 0;
      while (from < count) {
        int fitting = (int) Math.floor((y - bottom - 2 * CELL_PADDING) / lineHeight());
        int remaining = count - from;
        boolean fitsHere = remaining <= fitting;
        boolean fitsOnAFreshPage = remaining <= linesPerFreshPage();
        if (!fitsHere && (fitsOnAFreshPage || fitting < 2)) {
          newPage();
          headingRow();
          continue;
        }
        int drawn = Math.min(remaining, fitting);
        draw(lines, from, drawn, Style.REGULAR);
        from += drawn;
      }
    }

    private void headingRow() {
      List<List<String>> lines = headingLines();
      draw(lines, 0, lines.stream().mapToInt(List::size).max().orElse(1), Style.BOLD);
    }

    private List<List<String>> headingLines() {
      List<List<String>> lines = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        lines.add(cellLines(columns.get(i).heading(), font(Style.BOLD), i));
      }
      return lines;
    }

    private List<String> cellLines(String text, PDFont font, int column) {
      float available = widths[column] - 2 * CELL_PADDING;
      List<String> lines = new ArrayList<>();
      for (String part : clean(text).split("\n")) {
        lines.addAll(wrap(part, font, size, available, available));
      }
      return lines;
    }

    private void draw(List<List<String>> lines, int from, int count, Style style) {
      PDFont font = font(style);
      float height = rowHeight(lines, count);
      float x = left;
      for (int i = 0; i < columns.size(); i++) {
        rectangle(x, y - height, widths[i], height, style == Style.BOLD);
        List<String> cell = lines.get(i);
        for (int line = from; line < Math.min(cell.size(), from + count); line++) {
          String text = cell.get(line);
          float baseline = y - CELL_PADDING - (line - from) * lineHeight() - size;
          float textX = columns.get(i).align() == Align.CENTER
              ? x + (widths[i] - textWidth(text, font, size)) / 2 : x + CELL_PADDING;
          show(text, font, size, textX, baseline);
        }
        x += widths[i];
      }
      y -= height;
    }

    private float rowHeight(List<List<String>> lines, int count) {
      return count * lineHeight() + 2 * CELL_PADDING;
    }

    private float lineHeight() {
      return size * LINE_SPACING;
    }

    private int linesPerFreshPage() {
      float headingHeight = rowHeight(headingLines(), headingLines().stream().mapToInt(List::size).max().orElse(1));
      return (int) Math.floor((top - bottom - headingHeight - 2 * CELL_PADDING) / lineHeight());
    }
  }

  byte[] toBytes() {
    try {
      content.close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      document.close();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the PDF", e);
    }
  }

  private void centeredIn(String text, Style style, float size, float from, float to) {
    centeredIn(text, style, size, from, to, false);
  }

  private void centeredIn(String text, Style style, float size, float from, float to, boolean underlined) {
    PDFont font = font(style);
    float height = size * LINE_SPACING;
    for (String part : clean(text).split("\n")) {
      for (String line : wrap(part, font, size, to - from, to - from)) {
        ensureSpace(height);
        float lineWidth = textWidth(line, font, size);
        float x = from + (to - from - lineWidth) / 2;
        show(line, font, size, x, y - size);
        if (underlined) {
          line(x, y - size - 2, x + lineWidth, y - size - 2, 0.6f);
        }
        y -= height;
      }
    }
  }

  private void ensureSpace(float height) {
    if (y - height < bottom) {
      newPage();
    }
  }

  private void newPage() {
    try {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(A4);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      pageNumber++;
      y = top;
      if (pageNumber > 1) {
        String number = String.valueOf(pageNumber);
        PDFont font = font(Style.REGULAR);
        show(number, font, 12, (left + right - textWidth(number, font, 12)) / 2, A4.getHeight() - 12 * MM);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start a page", e);
    }
  }

  private void justify(String line, PDFont font, float size, float x, float lineWidth, float baseline) {
    String[] words = line.split(" ");
    if (words.length < 2) {
      show(line, font, size, x, baseline);
      return;
    }
    float wordsWidth = 0;
    for (String word : words) {
      wordsWidth += textWidth(word, font, size);
    }
    float gap = (lineWidth - wordsWidth) / (words.length - 1);
    float position = x;
    for (String word : words) {
      show(word, font, size, position, baseline);
      position += textWidth(word, font, size) + gap;
    }
  }

  private void show(String text, PDFont font, float size, float x, float baseline) {
    if (text.isEmpty()) {
      return;
    }
    try {
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(x, baseline);
      content.showText(text);
      content.endText();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write text", e);
    }
  }

  private void line(float x1, float y1, float x2, float y2, float lineWidth) {
    try {
      content.setLineWidth(lineWidth);
      content.moveTo(x1, y1);
      content.lineTo(x2, y2);
      content.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot draw a line", e);
    }
  }

  private void rectangle(float x, float bottomY, float w, float h, boolean shaded) {
    try {
      if (shaded) {
        content.setNonStrokingColor(0.92f, 0.92f, 0.92f);
        content.addRect(x, bottomY, w, h);
        content.fill();
        content.setNonStrokingColor(0f, 0f, 0f);
      }
      content.setLineWidth(0.5f);
      content.addRect(x, bottomY, w, h);
      content.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot draw a cell", e);
    }
  }

  /** Words to lines no wider than given; a word longer than a whole line is cut where it must be. */
  private List<String> wrap(String text, PDFont font, float size, float firstWidth, float otherWidth) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    float lineWidth = 0;
    float space = textWidth(" ", font, size);
    for (String word : text.strip().split(" +")) {
      if (word.isEmpty()) {
        continue;
      }
      float available = lines.isEmpty() ? firstWidth : otherWidth;
      float wordWidth = textWidth(word, font, size);
      float widened = line.isEmpty() ? wordWidth : lineWidth + space + wordWidth;
      if (widened <= available) {
        if (!line.isEmpty()) {
          line.append(' ');
        }
        line.append(word);
        lineWidth = widened;
        continue;
      }
      if (!line.isEmpty()) {
        lines.add(line.toString());
        line.setLength(0);
        available = otherWidth;
      }
      while (wordWidth > available) {
        int cut = longestFittingPrefix(word, font, size, available);
        lines.add(word.substring(0, cut));
        word = word.substring(cut);
        wordWidth = textWidth(word, font, size);
        available = otherWidth;
      }
      line.append(word);
      lineWidth = wordWidth;
    }
    if (!line.isEmpty() || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  private int longestFittingPrefix(String word, PDFont font, float size, float available) {
    int end = word.offsetByCodePoints(0, 1);
    while (end < word.length()) {
      int next = word.offsetByCodePoints(end, 1);
      if (textWidth(word.substring(0, next), font, size) > available) {
        break;
      }
      end = next;
    }
    return end;
  }

  /** Width of a text at a size; words are measured once per document, as the same names and words recur. */
  private float textWidth(String text, PDFont font, float size) {
    Map<String, Float> measured = measuredWidths.computeIfAbsent(font, any -> new HashMap<>());
    float width = 0;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf(' ', start);
      if (end < 0) {
        end = text.length();
      }
      if (end > start) {
        width += measured.computeIfAbsent(text.substring(start, end), word -> unitWidth(word, font));
      }
      if (end < text.length()) {
        width += measured.computeIfAbsent(" ", blank -> unitWidth(blank, font));
      }
      start = end + 1;
    }
    return width * size;
  }

  private static float unitWidth(String text, PDFont font) {
    try {
      return font.getStringWidth(text) / 1000;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot measure text", e);
    }
  }

  /**
   * Text as the fonts can print it: composed Vietnamese letters (a decomposed "ệ" from some keyboards becomes
   * one letter), tabs as spaces, other control characters dropped, and "?" for a character the font lacks
   * (an emoji, say) rather than a failed document.
   */
  private String clean(String text) {
    if (text == null) {
      return "";
    }
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n')
        .replace('\t', ' ');
    StringBuilder out = new StringBuilder(composed.length());
    composed.codePoints().forEach(codePoint -> {
      if (codePoint == '\n') {
        out.append('\n');
      } else if (Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT) {
        // zero-width and control characters print nothing
      } else if (printable.computeIfAbsent(codePoint, this::hasGlyph)) {
        out.appendCodePoint(codePoint);
      } else {
        out.append('?');
      }
    });
    return out.toString();
  }

  private boolean hasGlyph(int codePoint) {
    String character = new String(Character.toChars(codePoint));
    try {
      for (PDFont font : fonts.values()) {
        font.encode(character);
      }
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }
}
