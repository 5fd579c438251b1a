package vn.thidua.document;

import static vn.thidua.document.DocumentTexts.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.thidua.config.IssuingBodyProperties;
import vn.thidua.document.DocumentFonts.Style;
import vn.thidua.document.PdfPages.Align;
import vn.thidua.document.PdfPages.Column;

/**
 * The submission (tờ trình) asking the Standing Committee to decide the rewards agreed after appraisal, as an
 * A4 PDF: the committee's heading, the title, the request, then the nominees by track and form, each form
 * a numbered table with its count, and the total. The formal layout of Hướng dẫn 36-HD/VPTW (number, recipients,
 * signature) comes later.
 */
@Component
public class SubmissionDocument {

  private static final float BODY = 13;
  private static final float TABLE = 11;
  /** A form's title, the table heading and a first row: never split from each other. */
  private static final float HEADED_TABLE = BODY * 3 + TABLE * 8;
  private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};

  private final DocumentFonts fonts;
  private final IssuingBodyProperties issuingBody;

  SubmissionDocument(DocumentFonts fonts, IssuingBodyProperties issuingBody) {
    this.fonts = fonts;
    this.issuingBody = issuingBody;
  }

  /** A list headed by this installation's committee ({@code thidua.issuing-body.*}). */
  public SubmissionList list(LocalDate date, String campaignTitle, String planNumber, String phaseName,
      List<SubmissionList.Group> groups) {
    return new SubmissionList(issuingBody.name(), issuingBody.superiorBody(), issuingBody.place(), date,
        campaignTitle, planNumber, phaseName, groups);
  }

  public byte[] pdf(SubmissionList list) {
    Objects.requireNonNull(list.issuingBody(), "issuingBody");
    Objects.requireNonNull(list.date(), "date");
    PdfPages pages = new PdfPages(fonts, "Tờ trình đề nghị khen thưởng – " + text(list.campaignTitle()));
    pages.partyHeading(list.superiorBody(), list.issuingBody(), list.place(), list.date(), BODY);
    title(pages, list);
    request(pages, list);
    nominees(pages, list);
    closing(pages, list);
    return pages.toBytes();
  }


  private void title(PdfPages pages, SubmissionList list) {
    pages.centered("TỜ TRÌNH", Style.BOLD, 15);
    StringBuilder subject = new StringBuilder("về việc đề nghị khen thưởng tập thể, cá nhân có thành tích");
    if (!text(list.phaseName()).isBlank()) {
      subject.append(" trong ").append(list.phaseName().strip());
    }
    if (!text(list.campaignTitle()).isBlank()) {
      subject.append(", phong trào thi đua “").append(list.campaignTitle().strip()).append('”');
    }
    pages.centered(subject.toString(), Style.BOLD, 14);
    pages.space(4);
    pages.centeredRule(25 * PdfPages.MM);
    pages.centered("Kính gửi: Ban Thường vụ " + list.issuingBody().strip(), Style.REGULAR, 14);
    pages.space(BODY);
  }

  private void request(PdfPages pages, SubmissionList list) {
    StringBuilder request = new StringBuilder();
    if (!text(list.planNumber()).isBlank()) {
      request.append("Thực hiện Kế hoạch số ").append(list.planNumber().strip()).append(" của Ban Thường vụ ")
          .append(list.issuingBody().strip());
      if (!text(list.campaignTitle()).isBlank()) {
        request.append(" về phát động phong trào thi đua “").append(list.campaignTitle().strip()).append('”');
      }
      request.append("; căn cứ");
    } else {
      request.append("Căn cứ");
    }
    request.append(" đề nghị của các đơn vị và kết quả thẩm định hồ sơ, kính trình Ban Thường vụ xem xét, ")
        .append("quyết định khen thưởng ").append(list.total()).append(" đề nghị")
        .append(breakdown(entries(list.groups()))).append(" như sau:");
    pages.paragraph(request.toString(), Style.REGULAR, BODY, 10 * PdfPages.MM);
    pages.space(BODY * 0.5f);
  }

  private void nominees(PdfPages pages, SubmissionList list) {
    Map<String, List<SubmissionList.Group>> byTrack = new LinkedHashMap<>();
    for (SubmissionList.Group group : list.groups()) {
      byTrack.computeIfAbsent(text(group.trackLabel()), track -> new ArrayList<>()).add(group);
    }
    int trackNumber = 0;
    for (Map.Entry<String, List<SubmissionList.Group>> track : byTrack.entrySet()) {
      List<SubmissionList.Entry> trackEntries = entries(track.getValue());
      pages.keepRoomFor(HEADED_TABLE + BODY * 2);
      pages.paragraph(roman(trackNumber++) + ". " + track.getKey() + ": " + trackEntries.size() + " đề nghị"
          + breakdown(trackEntries), Style.BOLD, BODY, 0);
      int formNumber = 1;
      for (SubmissionList.Group group : track.getValue()) {
        pages.space(3);
        pages.keepRoomFor(HEADED_TABLE);
        pages.paragraph(formNumber++ + ". " + text(group.formName()) + ": " + counts(group.entries()),
            Style.BOLD_ITALIC, BODY, 0);
        pages.space(3);
        PdfPages.Table table = pages.table(List.of(
            new Column("STT", 0.07f, Align.CENTER),
            new Column("Tên tập thể, cá nhân", 0.26f, Align.LEFT),
            new Column("Tập thể / cá nhân", 0.12f, Align.CENTER),
            new Column("Đơn vị", 0.22f, Align.LEFT),
            new Column("Thành tích", 0.33f, Align.LEFT)), TABLE);
        int row = 1;
        for (SubmissionList.Entry entry : group.entries()) {
          table.row(List.of(String.valueOf(row++), text(entry.nomineeName()), text(entry.nomineeKindLabel()),
              text(entry.unitName()), text(entry.achievements())));
        }
        pages.space(BODY * 0.5f);
      }
    }
    pages.space(BODY * 0.5f);
    pages.paragraph("Tổng cộng: " + list.total() + " đề nghị" + breakdown(entries(list.groups())) + ".",
        Style.BOLD, BODY, 0);
  }

  private void closing(PdfPages pages, SubmissionList list) {
    pages.space(BODY * 0.5f);
    pages.paragraph("Kính trình Ban Thường vụ " + list.issuingBody().strip() + " xem xét, quyết định./.",
        Style.REGULAR, BODY, 10 * PdfPages.MM);
  }

  private static List<SubmissionList.Entry> entries(List<SubmissionList.Group> groups) {
    return groups.stream().flatMap(group -> group.entries().stream()).toList();
  }

  /** "3 tập thể, 2 cá nhân", in the order the kinds first appear. */
  private static String counts(List<SubmissionList.Entry> entries) {
    if (entries.isEmpty()) {
      return "không có đề nghị";
    }
    Map<String, Long> byKind = entries.stream().collect(Collectors.groupingBy(
        entry -> text(entry.nomineeKindLabel()).strip().toLowerCase(DocumentTexts.VIETNAMESE), LinkedHashMap::new,
        Collectors.counting()));
    return byKind.entrySet().stream()
        .map(kind -> kind.getValue() + (kind.getKey().isEmpty() ? " đề nghị" : " " + kind.getKey()))
        .collect(Collectors.joining(", "));
  }

  private static String breakdown(List<SubmissionList.Entry> entries) {
    return entries.isEmpty() ? "" : " (" + counts(entries) + ")";
  }

  private static String roman(int index) {
    return index < ROMAN.length ? ROMAN[index] : String.valueOf(index + 1);
  }


}
