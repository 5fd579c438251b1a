package vn.thidua.document;

import java.time.LocalDate;
import java.util.List;

/**
 * A report of the committee (báo cáo) to print: its title and subject under the committee's heading, then
 * headings, paragraphs and tables in the order given. The feature writing the report decides the content;
 * {@link ReportDocument} lays it out.
 *
 * @param title the document type, e.g. "BÁO CÁO"
 * @param subject what it is about, e.g. "Sơ kết đợt 1 phong trào thi đua ..."
 * @param date the date the report is dated
 */
public record ReportSheet(String title, String subject, LocalDate date, List<Block> blocks) {

  public ReportSheet {
    blocks = blocks == null ? List.of() : List.copyOf(blocks);
  }

  /** One part of the report's body. */
  public sealed interface Block permits Heading, Text, Grid {
  }

  /** A heading: level 1 for a part ("I. ..."), level 2 for what is under it. */
  public record Heading(String text, int level) implements Block {
  }

  /** A paragraph; a line break starts a new paragraph. */
  public record Text(String text) implements Block {
  }

  /** A ruled table; every row has one cell per column. */
  public record Grid(List<GridColumn> columns, List<List<String>> rows) implements Block {

    public Grid {
      columns = List.copyOf(columns);
      rows = rows == null ? List.of() : List.copyOf(rows);
    }
  }

  /** A column: its heading, its share of the width, and whether its cells are centred. */
  public record GridColumn(String heading, float share, boolean centred) {
  }
}
