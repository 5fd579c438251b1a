package vn.thidua.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.stereotype.Component;

import vn.thidua.config.IssuingBodyProperties;
import vn.thidua.document.DocumentFonts.Style;
import vn.thidua.document.PdfPages.Align;
import vn.thidua.document.PdfPages.Column;
import vn.thidua.document.PdfPages.HeadingLine;

/**
 * A report of this installation's committee ({@code thidua.issuing-body.*}) as an A4 PDF: the committee's
 * heading and the Party's name with place and date, the title and subject, then the report's headings,
 * paragraphs and tables, in Liberation Serif so that every Vietnamese letter prints.
 */
@Component
public class ReportDocument {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final float BODY = 13;
  private static final float TABLE = 10.5f;
  /** A heading, the table heading and a first row: never split from each other. */
  private static final float HEADED_TABLE = BODY * 2 + TABLE * 8;

  private final DocumentFonts fonts;
  private final IssuingBodyProperties issuingBody;

  ReportDocument(DocumentFonts fonts, IssuingBodyProperties issuingBody) {
    this.fonts = fonts;
    this.issuingBody = issuingBody;
  }

  public byte[] pdf(ReportSheet sheet) {
    Objects.requireNonNull(sheet.date(), "date");
    PdfPages pages = new PdfPages(fonts, text(sheet.title()) + " – " + text(sheet.subject()));
    heading(pages, sheet);
    pages.centered(text(sheet.title()), Style.BOLD, 15);
    pages.centered(text(sheet.subject()), Style.BOLD, 14);
    pages.space(4);
    pages.centeredRule(25 * PdfPages.MM);
    pages.space(BODY * 0.5f);
    for (ReportSheet.Block block : sheet.blocks()) {
      if (block instanceof ReportSheet.Heading heading) {
        pages.space(BODY * 0.4f);
        pages.keepRoomFor(HEADED_TABLE);
        pages.paragraph(text(heading.text()), heading.level() <= 1 ? Style.BOLD : Style.BOLD_ITALIC, BODY, 0);
        pages.space(3);
      } else if (block instanceof ReportSheet.Text paragraph) {
        pages.paragraph(text(paragraph.text()), Style.REGULAR, BODY, 10 * PdfPages.MM);
      } else if (block instanceof ReportSheet.Grid grid) {
        table(pages, grid);
      }
    }
    return pages.toBytes();
  }

  private void heading(PdfPages pages, ReportSheet sheet) {
    List<HeadingLine> body = new ArrayList<>();
    if (issuingBody.superiorBody() != null && !issuingBody.superiorBody().isBlank()) {
      body.add(new HeadingLine(upper(issuingBody.superiorBody()), Style.REGULAR, false));
    }
    body.add(new HeadingLine(upper(issuingBody.name()), Style.BOLD, false));
    body.add(new HeadingLine("*", Style.REGULAR, false));
    List<HeadingLine> party = List.of(
        new HeadingLine("ĐẢNG CỘNG SẢN VIỆT NAM", Style.BOLD, true),
        new HeadingLine("", Style.REGULAR, false),
        new HeadingLine(DocumentDates.placeAndDate(issuingBody.place(), sheet.date()), Style.ITALIC, false));
    pages.heading(body, party, BODY);
    pages.space(BODY * 1.5f);
  }

  private static void table(PdfPages pages, ReportSheet.Grid grid) {
    PdfPages.Table table = pages.table(grid.columns().stream()
        .map(column -> new Column(column.heading(), column.share(), column.centred() ? Align.CENTER : Align.LEFT))
        .toList(), TABLE);
    for (List<String> row : grid.rows()) {
      table.row(row.stream().map(ReportDocument::text).toList());
    }
    pages.space(BODY * 0.5f);
  }

  private static String upper(String text) {
    return text(text).strip().toUpperCase(VIETNAMESE);
  }

  private static String text(String text) {
    return text == null ? "" : text;
  }
}
