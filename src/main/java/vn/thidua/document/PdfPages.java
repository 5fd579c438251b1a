package vn.thidua.document;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
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
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.util.Matrix;

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

  enum Align { LEFT, CENTER, RIGHT }

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
  private String mark;

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

  /** Ends the page: what follows starts at the top of a new one. */
  void pageBreak() {
    newPage();
  }

  /**
   * Marks this page and every page after it, e.g. "DỰ THẢO" on a draft: a boxed label in the top margin, as
   * offices mark drafts, and the same words drawn large and pale across the page as outlines, so that a printed
   * or copied page cannot pass for the issued document while its text still reads once.
   */
  void markEveryPage(String text) {
    this.mark = clean(text).strip();
    drawMark();
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
    heading(leftLines, rightLines, size, 0.46f);
  }

  /**
   * The heading of a Party document (Hướng dẫn 36-HD/VPTW): the superior body (if any), the issuing body in bold
   * and "*" on the left; "ĐẢNG CỘNG SẢN VIỆT NAM" and the place and date on the right; then a blank line and a half.
   */
  void partyHeading(String superiorBody, String issuingBody, String place, LocalDate date, float size) {
    List<HeadingLine> body = new ArrayList<>();
    if (superiorBody != null && !superiorBody.isBlank()) {
      body.add(new HeadingLine(DocumentTexts.upper(superiorBody), Style.REGULAR, false));
    }
    body.add(new HeadingLine(DocumentTexts.upper(issuingBody), Style.BOLD, false));
    body.add(new HeadingLine("*", Style.REGULAR, false));
    List<HeadingLine> party = List.of(
        new HeadingLine("ĐẢNG CỘNG SẢN VIỆT NAM", Style.BOLD, true),
        new HeadingLine("", Style.REGULAR, false),
        new HeadingLine(DocumentDates.placeAndDate(place, date), Style.ITALIC, false));
    heading(body, party, size);
    space(size * 1.5f);
  }

  /** {@link #heading(List, List, float)} with the left block's share of the width, e.g. narrower beside a long motto. */
  void heading(List<HeadingLine> leftLines, List<HeadingLine> rightLines, float size, float leftShare) {
    float split = left + width() * leftShare;
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

  /**
   * Two blocks side by side, kept together on one page: on the left lines flush left (the recipients of a
   * document), on the right lines centred (the signature); each line in its own style and size.
   */
  void sideBySide(List<SizedLine> leftLines, List<SizedLine> rightLines) {
    float split = left + width() * 0.46f;
    float height = Math.max(blockHeight(leftLines, split - left), blockHeight(rightLines, right - split));
    ensureSpace(height);
    float start = y;
    for (SizedLine line : leftLines) {
      PDFont font = font(line.style());
      for (String part : clean(line.text()).split("\n")) {
        for (String wrapped : wrap(part, font, line.size(), split - left, split - left)) {
          show(wrapped, font, line.size(), left, y - line.size());
          y -= line.size() * LINE_SPACING;
        }
      }
    }
    float leftEnd = y;
    y = start;
    for (SizedLine line : rightLines) {
      centeredIn(line.text(), line.style(), line.size(), split, right);
    }
    y = Math.min(y, leftEnd);
  }

  /** A line of {@link #sideBySide}: an empty text leaves a line's room, e.g. for a signature. */
  record SizedLine(String text, Style style, float size) {
  }

  private float blockHeight(List<SizedLine> lines, float available) {
    float height = 0;
    for (SizedLine line : lines) {
      for (String part : clean(line.text()).split("\n")) {
        height += wrap(part, font(line.style()), line.size(), available, available).size()
            * line.size() * LINE_SPACING;
      }
    }
    return height;
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
      ensureSpace(headingHeight() + lineHeight() * 2);
      headingRow();
    }

    void row(List<String> cells) {
      row(cells, Style.REGULAR);
    }

    /**
     * A row in a style, e.g. bold for a subtotal; a null cell is merged into the cell on its left, so that
     * a group's title or a total's label can run across several columns.
     */
    void row(List<String> cells, Style style) {
      List<Cell> row = cells(cells, style);
      int count = row.stream().mapToInt(cell -> cell.lines().size()).max().orElse(1);
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
        draw(row, from, drawn, style, false);
        from += drawn;
      }
    }

    /** Continues the table on a new page, under its heading, unless this many lines of rows still fit here. */
    void keepRoomForLines(int lines) {
      if (y - lines * (lineHeight() + 2 * CELL_PADDING) < bottom) {
        newPage();
        headingRow();
      }
    }

    private void headingRow() {
      List<Cell> heading = headingCells();
      draw(heading, 0, heading.stream().mapToInt(cell -> cell.lines().size()).max().orElse(1), Style.BOLD, true);
    }

    private List<Cell> headingCells() {
      return cells(columns.stream().map(Column::heading).toList(), Style.BOLD);
    }

    /** The cells of a row: each spans its column and the null cells after it. */
    private List<Cell> cells(List<String> texts, Style style) {
      List<Cell> cells = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        if (i > 0 && texts.get(i) == null) {
          continue;
        }
        float cellWidth = widths[i];
        for (int next = i + 1; next < columns.size() && texts.get(next) == null; next++) {
          cellWidth += widths[next];
        }
        float available = cellWidth - 2 * CELL_PADDING;
        List<String> lines = new ArrayList<>();
        for (String part : clean(texts.get(i)).split("\n")) {
          lines.addAll(wrap(part, font(style), size, available, available));
        }
        cells.add(new Cell(i, cellWidth, lines));
      }
      return cells;
    }

    private void draw(List<Cell> cells, int from, int count, Style style, boolean shaded) {
      PDFont font = font(style);
      float height = count * lineHeight() + 2 * CELL_PADDING;
      float x = left;
      for (Cell cell : cells) {
        rectangle(x, y - height, cell.width(), height, shaded);
        Align align = columns.get(cell.column()).align();
        for (int line = from; line < Math.min(cell.lines().size(), from + count); line++) {
          String text = cell.lines().get(line);
          float baseline = y - CELL_PADDING - (line - from) * lineHeight() - size;
          float textX = switch (align) {
            case CENTER -> x + (cell.width() - textWidth(text, font, size)) / 2;
            case RIGHT -> x + cell.width() - CELL_PADDING - textWidth(text, font, size);
            case LEFT -> x + CELL_PADDING;
          };
          show(text, font, size, textX, baseline);
        }
        x += cell.width();
      }
      y -= height;
    }

    private record Cell(int column, float width, List<String> lines) {
    }

    private float headingHeight() {
      return headingCells().stream().mapToInt(cell -> cell.lines().size()).max().orElse(1) * lineHeight()
          + 2 * CELL_PADDING;
    }

    private float lineHeight() {
      return size * LINE_SPACING;
    }

    private int linesPerFreshPage() {
      return (int) Math.floor((top - bottom - headingHeight() - 2 * CELL_PADDING) / lineHeight());
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
      drawMark();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start a page", e);
    }
  }

  /** The page's mark, if any: the label in the top margin and the pale outlines, before anything else. */
  private void drawMark() {
    if (mark == null || mark.isEmpty()) {
      return;
    }
    PDFont bold = font(Style.BOLD);
    float labelSize = 12;
    float labelWidth = textWidth(mark, bold, labelSize);
    float baseline = A4.getHeight() - 12 * MM;
    show(mark, bold, labelSize, right - labelWidth - CELL_PADDING, baseline);
    try {
      content.setLineWidth(0.8f);
      content.addRect(right - labelWidth - 2 * CELL_PADDING, baseline - CELL_PADDING - 1,
          labelWidth + 2 * CELL_PADDING, labelSize + 2 * CELL_PADDING);
      content.stroke();
      drawOutlines(mark, bold, 96, 0.9f);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot mark the page", e);
    }
  }

  /**
   * Text drawn as the outlines of its glyphs, diagonally across the middle of the page: a picture, not text,
   * so that extracting or copying the page's text does not pick it up letter by letter.
   */
  private void drawOutlines(String text, PDFont font, float size, float gray) throws IOException {
    if (!(font instanceof PDVectorFont vectorFont)) {
      return;
    }
    byte[] codes = font.encode(text);
    float width = textWidth(text, font, size);
    float capHeight = 0.66f * size;
    content.saveGraphicsState();
    content.setNonStrokingColor(gray);
    Matrix placement = Matrix.getRotateInstance(Math.toRadians(50), A4.getWidth() / 2, A4.getHeight() / 2);
    placement.translate(-width / 2, -capHeight / 2);
    placement.scale(size / 1000, size / 1000);
    content.transform(placement);
    float advance = 0;
    for (int i = 0; i + 1 < codes.length; i += 2) {
      int code = (codes[i] & 0xff) << 8 | codes[i + 1] & 0xff;
      appendPath(vectorFont.getNormalizedPath(code), advance);
      advance += font.getWidth(code);
    }
    content.fill();
    content.restoreGraphicsState();
  }

  /** A glyph's outline, moved right by the advance so far; TrueType's quadratic curves become cubic ones. */
  private void appendPath(GeneralPath path, float offset) throws IOException {
    float[] point = new float[6];
    float lastX = 0;
    float lastY = 0;
    for (PathIterator segments = path.getPathIterator(null); !segments.isDone(); segments.next()) {
      int type = segments.currentSegment(point);
      int end = switch (type) {
        case PathIterator.SEG_MOVETO -> {
          content.moveTo(offset + point[0], point[1]);
          yield 0;
        }
        case PathIterator.SEG_LINETO -> {
          content.lineTo(offset + point[0], point[1]);
          yield 0;
        }
        case PathIterator.SEG_QUADTO -> {
          content.curveTo(offset + lastX + 2f / 3 * (point[0] - lastX), lastY + 2f / 3 * (point[1] - lastY),
              offset + point[2] + 2f / 3 * (point[0] - point[2]), point[3] + 2f / 3 * (point[1] - point[3]),
              offset + point[2], point[3]);
          yield 2;
        }
        case PathIterator.SEG_CUBICTO -> {
          content.curveTo(offset + point[0], point[1], offset + point[2], point[3], offset + point[4], point[5]);
          yield 4;
        }
        default -> {
          content.closePath();
          yield -1;
        }
      };
      if (end >= 0) {
        lastX = point[end];
        lastY = point[end + 1];
      }
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
