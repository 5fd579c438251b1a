package vn.thidua.document;

import static vn.thidua.document.DocumentTexts.text;
import static vn.thidua.document.DocumentTexts.upper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import vn.thidua.document.DecisionContent.Awardee;
import vn.thidua.document.DocumentFonts.Style;
import vn.thidua.document.PdfPages.Align;
import vn.thidua.document.PdfPages.Column;
import vn.thidua.document.PdfPages.HeadingLine;
import vn.thidua.document.PdfPages.SizedLine;

/**
 * A reward decision (quyết định khen thưởng) as an A4 PDF: the heading of the Party or the State, the title and
 * subject, the legal bases, Điều 1 (who is awarded, counted per form), Điều 2 (the reward money, in figures and
 * in words), Điều 3 (who carries it out), the recipients and the signature, then the annex: every awardee
 * grouped by form, with subtotals and the grand total. A draft leaves the number, the date and the signer's name
 * blank and is marked "DỰ THẢO" on every page. The formal layout of Nghị định 30/2020/NĐ-CP and Hướng dẫn
 * 36-HD/VPTW comes later.
 */
@Component
public class DecisionDocument {

  /** The mark on every page of a draft. */
  public static final String DRAFT_MARK = "DỰ THẢO";

  private static final String STATE_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc";
  /** Non-breaking spaces: a blank that the office fills by hand and that line wrapping does not swallow. */
  private static final String BLANK = "\u00A0".repeat(10);
  private static final float BODY = 13;
  private static final float TABLE = 11;
  private static final float INDENT = 10 * PdfPages.MM;

  private final DocumentFonts fonts;

  DecisionDocument(DocumentFonts fonts) {
    this.fonts = fonts;
  }

  public byte[] pdf(DecisionContent content) {
    if (content.awardees().isEmpty()) {
      throw new IllegalArgumentException("A reward decision awards at least one collective or person");
    }
    if (!content.draft() && (blank(content.number()) || content.date() == null)) {
      throw new IllegalArgumentException("An issued decision needs its number and date; a draft leaves them blank");
    }
    PdfPages pages = new PdfPages(fonts, content.draft()
        ? "Dự thảo quyết định khen thưởng" : "Quyết định khen thưởng số " + content.number().strip());
    if (content.draft()) {
      pages.markEveryPage(DRAFT_MARK);
    }
    Map<String, List<Awardee>> byForm = byForm(content.awardees());
    heading(pages, content);
    title(pages, content);
    preamble(pages, content);
    articles(pages, content, byForm);
    signature(pages, content);
    annex(pages, content, byForm);
    return pages.toBytes();
  }

  private void heading(PdfPages pages, DecisionContent content) {
    List<HeadingLine> body = new ArrayList<>();
    List<HeadingLine> motto = new ArrayList<>();
    if (content.party()) {
      if (!blank(content.superiorBody())) {
        body.add(new HeadingLine(upper(content.superiorBody()), Style.REGULAR, false));
      }
      body.add(new HeadingLine(upper(content.authorityName()), Style.BOLD, false));
      body.add(new HeadingLine("*", Style.REGULAR, false));
      body.add(new HeadingLine(numberLine(content), Style.REGULAR, false));
      motto.add(new HeadingLine("ĐẢNG CỘNG SẢN VIỆT NAM", Style.BOLD, true));
    } else {
      body.add(new HeadingLine(upper(content.authorityName()), Style.BOLD, false));
      body.add(new HeadingLine("", Style.REGULAR, false));
      body.add(new HeadingLine(numberLine(content), Style.REGULAR, false));
      String[] lines = (blank(content.nationalMotto()) ? STATE_MOTTO : content.nationalMotto().strip()).split("\n");
      for (int i = 0; i < lines.length; i++) {
        motto.add(new HeadingLine(lines[i].strip(), Style.BOLD, i == lines.length - 1));
      }
    }
    motto.add(new HeadingLine("", Style.REGULAR, false));
    motto.add(new HeadingLine(placeAndDate(content), Style.ITALIC, false));
    pages.heading(body, motto, content.party() ? BODY : 12, content.party() ? 0.46f : 0.38f);
    pages.space(BODY * 1.5f);
  }

  /** "Số 15-QĐ/HU" for the Party, "Số: 128/QĐ-UBND" for the State; in a draft the number is left blank. */
  private static String numberLine(DecisionContent content) {
    String number = blank(content.number()) ? BLANK + text(content.numberSuffix()).strip() : content.number().strip();
    return (content.party() ? "Số " : "Số: ") + number;
  }

  private static String placeAndDate(DecisionContent content) {
    if (content.date() != null) {
      return DocumentDates.placeAndDate(content.place(), content.date());
    }
    String blankDate = "ngày" + BLANK + "tháng" + BLANK + "năm 20..";
    return blank(content.place()) ? "Ngày" + BLANK + "tháng" + BLANK + "năm 20.."
        : content.place().strip() + ", " + blankDate;
  }

  private void title(PdfPages pages, DecisionContent content) {
    pages.centered("QUYẾT ĐỊNH", Style.BOLD, 15);
    if (!blank(content.subject())) {
      pages.centered(content.subject().strip(), Style.BOLD, 14);
    }
    pages.space(2);
    pages.centeredRule(25 * PdfPages.MM);
    pages.space(BODY * 0.5f);
    if (!blank(content.deciderTitle())) {
      pages.centered(upper(content.deciderTitle()), Style.BOLD, 14);
      pages.space(BODY * 0.5f);
    }
  }

  private void preamble(PdfPages pages, DecisionContent content) {
    // State decisions set their legal bases in italics (Nghị định 30/2020), Party decisions upright
    Style bases = content.party() ? Style.REGULAR : Style.ITALIC;
    for (String basis : content.legalBases()) {
      if (!blank(basis)) {
        pages.paragraph(basis.strip(), bases, BODY, INDENT);
      }
    }
    if (!blank(content.proposalBasis())) {
      pages.paragraph(content.proposalBasis().strip(), bases, BODY, INDENT);
    }
    pages.space(BODY * 0.5f);
    pages.centered(content.party() ? "QUYẾT ĐỊNH" : "QUYẾT ĐỊNH:", Style.BOLD, 14);
    pages.space(BODY * 0.5f);
  }

  private void articles(PdfPages pages, DecisionContent content, Map<String, List<Awardee>> byForm) {
    pages.paragraph("Điều 1. Khen thưởng " + counts(content.awardees(), " và ")
        + " có tên trong danh sách kèm theo Quyết định này, gồm:", Style.REGULAR, BODY, INDENT);
    int form = 0;
    for (Map.Entry<String, List<Awardee>> group : byForm.entrySet()) {
      long money = money(group.getValue());
      pages.paragraph("- " + group.getKey() + ": " + counts(group.getValue(), ", ")
          + (money > 0 ? ", tiền thưởng " + MoneyWords.amount(money) : "")
          + (++form == byForm.size() ? "." : ";"), Style.REGULAR, BODY, INDENT);
    }
    long total = content.totalMoney();
    if (total > 0) {
      pages.paragraph("Tổng số tiền thưởng: " + MoneyWords.amount(total) + ".", Style.REGULAR, BODY, INDENT);
    }
    pages.paragraph("(Có danh sách kèm theo)", Style.ITALIC, BODY, INDENT);
    if (total > 0) {
      pages.paragraph("Điều 2. Tiền thưởng kèm theo các hình thức khen thưởng tại Điều 1 là "
          + MoneyWords.amount(total) + " (Bằng chữ: " + MoneyWords.words(total)
          + "), chi từ Quỹ thi đua, khen thưởng theo quy định hiện hành.", Style.REGULAR, BODY, INDENT);
    } else {
      pages.paragraph("Điều 2. Các hình thức khen thưởng tại Điều 1 không kèm theo tiền thưởng.",
          Style.REGULAR, BODY, INDENT);
    }
    pages.paragraph("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Các cơ quan tham mưu, giúp việc, các cơ quan, "
        + "đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
        Style.REGULAR, BODY, INDENT);
    pages.space(BODY);
  }

  private void signature(PdfPages pages, DecisionContent content) {
    List<SizedLine> recipients = new ArrayList<>();
    recipients.add(new SizedLine("Nơi nhận:", Style.BOLD_ITALIC, 12));
    List<String> names = content.recipients().stream().filter(name -> !blank(name)).map(String::strip).toList();
    if (names.isEmpty()) {
      names = List.of("Như Điều 3", "Lưu");
    }
    for (int i = 0; i < names.size(); i++) {
      recipients.add(new SizedLine("- " + names.get(i) + (i == names.size() - 1 ? "." : ","), Style.REGULAR, 11));
    }
    List<SizedLine> signer = new ArrayList<>();
    for (String line : text(content.signerCapacity()).strip().split("\n")) {
      signer.add(new SizedLine(upper(line), Style.BOLD, BODY));
    }
    // room for the signature and the seal
    for (int i = 0; i < 5; i++) {
      signer.add(new SizedLine("", Style.REGULAR, BODY));
    }
    signer.add(new SizedLine(text(content.signerName()).strip(), Style.BOLD, BODY));
    pages.sideBySide(recipients, signer);
  }

  private void annex(PdfPages pages, DecisionContent content, Map<String, List<Awardee>> byForm) {
    pages.pageBreak();
    pages.centered("DANH SÁCH", Style.BOLD, 14);
    pages.centered("tập thể, cá nhân được khen thưởng", Style.BOLD, BODY);
    String number = blank(content.number()) ? BLANK + text(content.numberSuffix()).strip() : content.number().strip();
    String date = content.date() == null ? "ngày" + BLANK + "tháng" + BLANK + "năm 20.."
        : DocumentDates.written(content.date());
    pages.centered("(Kèm theo Quyết định số " + number + ", " + date + ")", Style.ITALIC, BODY);
    pages.space(BODY * 0.5f);
    PdfPages.Table table = pages.table(List.of(
        new Column("STT", 0.07f, Align.CENTER),
        new Column("Họ tên / Tập thể", 0.35f, Align.LEFT),
        new Column("Đơn vị", 0.23f, Align.LEFT),
        new Column("Hình thức", 0.19f, Align.LEFT),
        new Column("Số tiền (đồng)", 0.16f, Align.RIGHT)), TABLE);
    int row = 1;
    int form = 1;
    for (Map.Entry<String, List<Awardee>> group : byForm.entrySet()) {
      // a form's title stays with its first awardee
      table.keepRoomForLines(3);
      table.row(spanning(NomineeCounts.roman(form++) + ". " + group.getKey() + " ("
          + counts(group.getValue(), ", ") + ")", null), Style.BOLD);
      for (Awardee awardee : group.getValue()) {
        String name = text(awardee.nomineeName()).strip();
        if (!blank(awardee.achievements())) {
          name += "\nThành tích: " + awardee.achievements().strip();
        }
        table.row(List.of(String.valueOf(row++), name, text(awardee.unitName()), group.getKey(),
            awardee.money() == null ? "" : MoneyWords.figures(awardee.money())));
      }
      table.row(spanning("Cộng: " + counts(group.getValue(), ", "), MoneyWords.figures(money(group.getValue()))),
          Style.BOLD);
    }
    table.row(spanning("Tổng cộng: " + content.awardees().size() + " (" + counts(content.awardees(), ", ") + ")",
        MoneyWords.figures(content.totalMoney())), Style.BOLD);
  }

  /** A row whose label runs across the first four columns, with an amount in the last one (or across all five). */
  private static List<String> spanning(String label, String amount) {
    List<String> cells = new ArrayList<>(List.of(label));
    for (int i = 0; i < 3; i++) {
      cells.add(null);
    }
    cells.add(amount);
    return cells;
  }

  /** The awardees by form, forms in the order they first appear. */
  private static Map<String, List<Awardee>> byForm(List<Awardee> awardees) {
    Map<String, List<Awardee>> byForm = new LinkedHashMap<>();
    for (Awardee awardee : awardees) {
      byForm.computeIfAbsent(text(awardee.formName()).strip(), form -> new ArrayList<>()).add(awardee);
    }
    return byForm;
  }

  private static String counts(List<Awardee> awardees, String separator) {
    return NomineeCounts.of(awardees.stream().map(Awardee::nomineeKindLabel).toList(), separator);
  }

  private static long money(List<Awardee> awardees) {
    return awardees.stream().map(Awardee::money).filter(Objects::nonNull).mapToLong(Long::longValue).sum();
  }


  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

}
