package vn.thidua.document;

import static vn.thidua.document.DocumentTexts.text;

import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

import vn.thidua.config.IssuingBodyProperties;
import vn.thidua.document.DocumentFonts.Style;
import vn.thidua.document.PdfPages.Align;
import vn.thidua.document.PdfPages.Column;

/**
 * A report of this installation's committee ({@code thidua.issuing-body.*}) as an A4 PDF: the committee's
 * heading and the Party's name with place and date, the title and subject, then the report's headings,
 * paragraphs and tables, in Liberation Serif so that every Vietnamese letter prints.
 */
@Component
public class ReportDocument {

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
    pages.partyHeading(issuingBody.superiorBody(), issuingBody.name(), issuingBody.place(), sheet.date(), BODY);
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


  private static void table(PdfPages pages, ReportSheet.Grid grid) {
    PdfPages.Table table = pages.table(grid.columns().stream()
        .map(column -> new Column(column.heading(), column.share(), column.centred() ? Align.CENTER : Align.LEFT))
        .toList(), TABLE);
    for (List<String> row : grid.rows()) {
      table.row(row.stream().map(DocumentTexts::text).toList());
    }
    pages.space(BODY * 0.5f);
  }


}
