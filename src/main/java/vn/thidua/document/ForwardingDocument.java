package vn.thidua.document;

import static vn.thidua.document.DocumentTexts.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import vn.thidua.config.IssuingBodyProperties;
import vn.thidua.document.DocumentFonts.Style;
import vn.thidua.document.PdfPages.Align;
import vn.thidua.document.PdfPages.Column;
import vn.thidua.document.PdfPages.SizedLine;

/**
 * The submission to the superior body (tờ trình đề nghị cấp trên khen thưởng) as an A4 PDF: the Standing
 * Committee asks the superior body's Standing Committee to award the proposals approved here whose form is
 * beyond its own authority, listed by form with counts, and leaves its signature block ("T/M BAN THƯỜNG VỤ")
 * empty for the signer.
 */
@Component
public class ForwardingDocument {

  private static final float BODY = 13;
  private static final float TABLE = 11;
  private static final float INDENT = 10 * PdfPages.MM;
  /** A form's title, the table heading and a first row: never split from each other. */
  private static final float HEADED_TABLE = BODY * 3 + TABLE * 8;

  private final DocumentFonts fonts;
  private final IssuingBodyProperties issuingBody;

  ForwardingDocument(DocumentFonts fonts, IssuingBodyProperties issuingBody) {
    this.fonts = fonts;
    this.issuingBody = issuingBody;
  }

  /** A list from this installation's committee to its superior body ({@code thidua.issuing-body.*}). */
  public ForwardingList list(LocalDate date, String campaignTitle, String planNumber, String phaseName,
      List<ForwardingList.Entry> entries) {
    return new ForwardingList(issuingBody.name(), issuingBody.superiorBody(), issuingBody.place(), date,
        campaignTitle, planNumber, phaseName, entries);
  }

  public byte[] pdf(ForwardingList list) {
    Objects.requireNonNull(list.issuingBody(), "issuingBody");
    Objects.requireNonNull(list.superiorBody(), "superiorBody");
    Objects.requireNonNull(list.date(), "date");
    PdfPages pages = new PdfPages(fonts, "Tờ trình đề nghị cấp trên khen thưởng – " + text(list.campaignTitle()));
    pages.partyHeading(list.superiorBody(), list.issuingBody(), list.place(), list.date(), BODY);
    title(pages, list);
    request(pages, list);
    entries(pages, list);
    closing(pages, list);
    return pages.toBytes();
  }


  private void title(PdfPages pages, ForwardingList list) {
    pages.centered("TỜ TRÌNH", Style.BOLD, 15);
    StringBuilder subject = new StringBuilder("về việc đề nghị cấp trên khen thưởng tập thể, cá nhân có thành tích");
    if (!blank(list.phaseName())) {
      subject.append(" trong ").append(list.phaseName().strip());
    }
    if (!blank(list.campaignTitle())) {
      subject.append(", phong trào thi đua “").append(list.campaignTitle().strip()).append('”');
    }
    pages.centered(subject.toString(), Style.BOLD, 14);
    pages.space(4);
    pages.centeredRule(25 * PdfPages.MM);
    pages.centered("Kính gửi: " + addressee(list), Style.REGULAR, 14);
    pages.space(BODY);
  }

  private void request(PdfPages pages, ForwardingList list) {
    StringBuilder request = new StringBuilder();
    if (!blank(list.planNumber())) {
      request.append("Thực hiện Kế hoạch số ").append(list.planNumber().strip()).append(" của Ban Thường vụ ")
          .append(list.issuingBody().strip());
      if (!blank(list.campaignTitle())) {
        request.append(" về phát động phong trào thi đua “").append(list.campaignTitle().strip()).append('”');
      }
      request.append("; căn cứ");
    } else {
      request.append("Căn cứ");
    }
    request.append(" kết quả xét duyệt khen thưởng");
    if (!blank(list.phaseName())) {
      request.append(' ').append(list.phaseName().strip());
    }
    request.append(", Ban Thường vụ ")
        .append(list.issuingBody().strip()).append(" kính đề nghị ").append(addressee(list))
        .append(" xem xét, khen thưởng ").append(list.entries().size()).append(" đề nghị")
        .append(breakdown(list.entries())).append(" thuộc thẩm quyền của cấp trên như sau:");
    pages.paragraph(request.toString(), Style.REGULAR, BODY, INDENT);
    pages.space(BODY * 0.5f);
  }

  private void entries(PdfPages pages, ForwardingList list) {
    Map<String, List<ForwardingList.Entry>> byForm = new LinkedHashMap<>();
    for (ForwardingList.Entry entry : list.entries()) {
      byForm.computeIfAbsent(text(entry.formName()).strip(), form -> new ArrayList<>()).add(entry);
    }
    int formNumber = 1;
    for (Map.Entry<String, List<ForwardingList.Entry>> form : byForm.entrySet()) {
      pages.space(3);
      pages.keepRoomFor(HEADED_TABLE);
      pages.paragraph(formNumber++ + ". " + form.getKey() + ": " + counts(form.getValue()), Style.BOLD_ITALIC,
          BODY, 0);
      pages.space(3);
      PdfPages.Table table = pages.table(List.of(
          new Column("STT", 0.07f, Align.CENTER),
          new Column("Tên tập thể, cá nhân", 0.26f, Align.LEFT),
          new Column("Tập thể / cá nhân", 0.12f, Align.CENTER),
          new Column("Đơn vị", 0.22f, Align.LEFT),
          new Column("Thành tích", 0.33f, Align.LEFT)), TABLE);
      int row = 1;
      for (ForwardingList.Entry entry : form.getValue()) {
        table.row(List.of(String.valueOf(row++), text(entry.nomineeName()), text(entry.nomineeKindLabel()),
            text(entry.unitName()), text(entry.achievements())));
      }
      pages.space(BODY * 0.5f);
    }
    pages.space(BODY * 0.5f);
    pages.paragraph("Tổng cộng: " + list.entries().size() + " đề nghị" + breakdown(list.entries()) + ".",
        Style.BOLD, BODY, 0);
  }

  private void closing(PdfPages pages, ForwardingList list) {
    pages.space(BODY * 0.5f);
    pages.paragraph("Ban Thường vụ " + list.issuingBody().strip() + " kính đề nghị " + addressee(list)
        + " xem xét, quyết định./.", Style.REGULAR, BODY, INDENT);
    pages.space(BODY);
    List<SizedLine> recipients = List.of(
        new SizedLine("Nơi nhận:", Style.BOLD_ITALIC, 12),
        new SizedLine("- Như trên,", Style.REGULAR, 11),
        new SizedLine("- Lưu hồ sơ khen thưởng.", Style.REGULAR, 11));
    List<SizedLine> signature = new ArrayList<>();
    signature.add(new SizedLine("T/M BAN THƯỜNG VỤ", Style.BOLD, BODY));
    // left empty: the title, signature and name are written when it is signed
    for (int i = 0; i < 6; i++) {
      signature.add(new SizedLine("", Style.REGULAR, BODY));
    }
    pages.sideBySide(recipients, signature);
  }

  private static String addressee(ForwardingList list) {
    return "Ban Thường vụ " + list.superiorBody().strip();
  }

  private static String counts(List<ForwardingList.Entry> entries) {
    return entries.isEmpty() ? "không có đề nghị"
        : NomineeCounts.of(entries.stream().map(ForwardingList.Entry::nomineeKindLabel).toList(), ", ");
  }

  private static String breakdown(List<ForwardingList.Entry> entries) {
    return entries.isEmpty() ? "" : " (" + counts(entries) + ")";
  }


  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

}
