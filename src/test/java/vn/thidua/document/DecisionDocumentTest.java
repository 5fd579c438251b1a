package vn.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import vn.thidua.document.DecisionContent.Awardee;

/** The quyết định khen thưởng as the signer and the awardees read it: its text taken back out of the PDF. */
class DecisionDocumentTest {

  private static final String UNIT_AWARD = "Giấy khen của Ban Thường vụ Huyện ủy tặng tổ chức cơ sở đảng";
  private static final String MEMBER_AWARD = "Giấy khen của Ban Thường vụ Huyện ủy tặng đảng viên";
  private static final String FOUR_GOOD = "Chi bộ bốn tốt";

  private final DecisionDocument decision = new DecisionDocument(new DocumentFonts());

  @Test
  void aPartyDraftAwardsTheAnnexByFormWithTheMoneyAndLeavesNumberDateAndNameBlank() throws IOException {
    byte[] pdf = decision.pdf(partyDraft(List.of(
        collective("Chi bộ Thôn Phước Hòa", "Đảng bộ xã Bình Châu", UNIT_AWARD, 4_680_000L),
        individual("Nguyễn Thị Ngọc Trâm", "Chi bộ Thôn Phước Hòa", MEMBER_AWARD, 1_170_000L),
        collective("Đảng bộ xã Bình Thuận", "Huyện ủy Bình Sơn", UNIT_AWARD, 4_680_000L),
        individual("Lê Văn Dũng", "Chi bộ Trường THCS Bình Thuận", MEMBER_AWARD, 1_170_000L),
        individual("Phạm Thị Hường", "Chi bộ Thôn An Điềm", MEMBER_AWARD, 1_170_000L),
        collective("Chi bộ Thôn Mỹ Long", "Đảng bộ xã Bình Hải", FOUR_GOOD, null))));
    String text = flowing(textOf(pdf));

    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(text).contains("ĐẢNG BỘ TỈNH QUẢNG NGÃI", "BAN THƯỜNG VỤ HUYỆN ỦY BÌNH SƠN", "ĐẢNG CỘNG SẢN VIỆT NAM",
        "QUYẾT ĐỊNH Về việc khen thưởng tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua "
            + "“Dân vận khéo” đợt 1",
        "BAN THƯỜNG VỤ HUYỆN ỦY Căn cứ Điều lệ Đảng;",
        "Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ huyện khóa XXII;",
        "Xét đề nghị của Ban Tổ chức Huyện ủy tại Tờ trình số 45-TTr/BTCHU,");
    // the number and the date are left for the office
    assertThat(text).contains("Số -QĐ/HU", "Bình Sơn, ngày tháng năm 20..",
        "(Kèm theo Quyết định số -QĐ/HU, ngày tháng năm 20..)");
    // a blank wide enough to write in, not a single space
    assertThat(textOf(pdf)).containsPattern("Số[\\s\\u00A0]{8,}-QĐ/HU").containsPattern("ngày[\\s\\u00A0]{8,}tháng");
    assertThat(text).contains(
        "Điều 1. Khen thưởng 3 tập thể và 3 cá nhân có tên trong danh sách kèm theo Quyết định này, gồm:",
        "- " + UNIT_AWARD + ": 2 tập thể, tiền thưởng 9.360.000 đồng;",
        "- " + MEMBER_AWARD + ": 3 cá nhân, tiền thưởng 3.510.000 đồng;",
        "- " + FOUR_GOOD + ": 1 tập thể.",
        "Tổng số tiền thưởng: 12.870.000 đồng.", "(Có danh sách kèm theo)",
        "Điều 2. Tiền thưởng kèm theo các hình thức khen thưởng tại Điều 1 là 12.870.000 đồng "
            + "(Bằng chữ: Mười hai triệu tám trăm bảy mươi nghìn đồng), chi từ Quỹ thi đua, khen thưởng",
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.", "chịu trách nhiệm thi hành Quyết định này./.",
        "Nơi nhận:", "- Như Điều 3,", "- Ban Tổ chức Huyện ủy,", "- Lưu Văn phòng Huyện ủy.",
        "T/M BAN THƯỜNG VỤ", "BÍ THƯ");
    // the annex: grouped by form in the order the forms first appear, numbered through, with subtotals
    assertThat(text).contains("DANH SÁCH tập thể, cá nhân được khen thưởng",
        "STT Họ tên / Tập thể Đơn vị Hình thức Số tiền (đồng)",
        "I. " + UNIT_AWARD + " (2 tập thể)",
        "1 Chi bộ Thôn Phước Hòa Thành tích: Hoàn thành xuất sắc nhiệm vụ năm",
        "Đảng bộ xã Bình Châu " + UNIT_AWARD + " 4.680.000",
        "2 Đảng bộ xã Bình Thuận", "Cộng: 2 tập thể 9.360.000",
        "II. " + MEMBER_AWARD + " (3 cá nhân)", "3 Nguyễn Thị Ngọc Trâm", "4 Lê Văn Dũng", "5 Phạm Thị Hường",
        "Cộng: 3 cá nhân 3.510.000",
        "III. " + FOUR_GOOD + " (1 tập thể)", "6 Chi bộ Thôn Mỹ Long", "Cộng: 1 tập thể 0",
        "Tổng cộng: 6 (3 tập thể, 3 cá nhân) 12.870.000");
    assertThat(text.indexOf("I. " + UNIT_AWARD)).isGreaterThan(text.indexOf("DANH SÁCH"));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Dự thảo quyết định khen thưởng");
      assertThat(document.getNumberOfPages()).isEqualTo(2);
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        // the label once; the large mark across the page is drawn as outlines, not text
        assertThat(occurrences(pageText(document, page), DecisionDocument.DRAFT_MARK)).as("page %d", page)
            .isEqualTo(1);
      }
      assertThat(pageText(document, 2)).startsWith("2").contains("DANH SÁCH");
    }
  }

  @Test
  void theIssuedDecisionCarriesItsNumberDateAndSignerAndNoDraftMark() throws IOException {
    DecisionContent issued = partyDraft(List.of(
        individual("Nguyễn Thị Ngọc Trâm", "Chi bộ Thôn Phước Hòa", MEMBER_AWARD, 1_170_000L)))
        .issued("15-QĐ/HU", LocalDate.of(2025, 8, 20), "Nguyễn Văn Hòa");

    byte[] pdf = decision.pdf(issued);
    String text = flowing(textOf(pdf));

    assertThat(issued.draft()).isFalse();
    assertThat(text).contains("Số 15-QĐ/HU", "Bình Sơn, ngày 20 tháng 8 năm 2025",
        "(Kèm theo Quyết định số 15-QĐ/HU, ngày 20 tháng 8 năm 2025)", "T/M BAN THƯỜNG VỤ BÍ THƯ Nguyễn Văn Hòa",
        "Điều 1. Khen thưởng 1 cá nhân có tên", "(Bằng chữ: Một triệu một trăm bảy mươi nghìn đồng)",
        "Tổng cộng: 1 (1 cá nhân) 1.170.000");
    assertThat(text).doesNotContain(DecisionDocument.DRAFT_MARK, "THẢO", "năm 20..");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Quyết định khen thưởng số 15-QĐ/HU");
    }
  }

  @Test
  void aStateDecisionHasTheNationalMottoAndTheChairmansSignature() throws IOException {
    DecisionContent content = new DecisionContent("Ủy ban nhân dân huyện Bình Sơn", null, null, false, "128/QĐ-UBND",
        "/QĐ-UBND", "Bình Sơn", LocalDate.of(2026, 1, 9),
        "Về việc tặng danh hiệu Lao động tiên tiến năm 2025", "Chủ tịch Ủy ban nhân dân huyện",
        List.of("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
            "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ;"),
        "Theo đề nghị của Trưởng phòng Nội vụ huyện.",
        List.of(new Awardee("Lê Văn Dũng", "Cá nhân", "Phòng Văn hóa – Thông tin", "Lao động tiên tiến", null,
            702_000L)),
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Trần Thị Lan", List.of("Như Điều 3", "Lưu: VT, NV"), false);

    String text = flowing(textOf(decision.pdf(content)));

    assertThat(text).contains("ỦY BAN NHÂN DÂN HUYỆN BÌNH SƠN", "Số: 128/QĐ-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Bình Sơn, ngày 09 tháng 01 năm 2026",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN", "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
        "QUYẾT ĐỊNH:", "Điều 2. Tiền thưởng kèm theo các hình thức khen thưởng tại Điều 1 là 702.000 đồng "
            + "(Bằng chữ: Bảy trăm linh hai nghìn đồng)",
        "KT. CHỦ TỊCH PHÓ CHỦ TỊCH", "Trần Thị Lan", "- Lưu: VT, NV.");
    assertThat(text).doesNotContain("ĐẢNG CỘNG SẢN VIỆT NAM", DecisionDocument.DRAFT_MARK);
  }

  @Test
  void aDecisionWithoutMoneySaysSoInsteadOfAnAmount() throws IOException {
    String text = flowing(textOf(decision.pdf(partyDraft(List.of(
        collective("Chi bộ Thôn Mỹ Long", "Đảng bộ xã Bình Hải", FOUR_GOOD, null),
        collective("Chi bộ Thôn An Điềm", "Đảng bộ xã Bình Hải", FOUR_GOOD, 0L))))));

    assertThat(text).contains("- " + FOUR_GOOD + ": 2 tập thể.",
        "Điều 2. Các hình thức khen thưởng tại Điều 1 không kèm theo tiền thưởng.",
        "Cộng: 2 tập thể 0", "Tổng cộng: 2 (2 tập thể) 0");
    assertThat(text).doesNotContain("Tổng số tiền thưởng", "Bằng chữ", "tiền thưởng 0");
  }

  @Test
  void threeHundredAwardeesRunOverPagesUnderARepeatedHeadingAndEachIsListedOnce() throws IOException {
    List<Awardee> awardees = new ArrayList<>();
    IntStream.rangeClosed(1, 60).forEach(i -> awardees.add(
        collective("Chi bộ khu dân cư số " + i, "Đảng bộ xã Bình Hải", UNIT_AWARD, 4_680_000L)));
    IntStream.rangeClosed(1, 240).forEach(i -> awardees.add(
        individual("Đảng viên Trần Thị Ước số " + i, "Chi bộ Thôn " + (i % 12 + 1), MEMBER_AWARD, 1_170_000L)));
    DecisionContent content = partyDraft(awardees);
    decision.pdf(content);  // warm: the figure below is a running application's

    long started = System.nanoTime();
    byte[] pdf = decision.pdf(content);
    long millis = (System.nanoTime() - started) / 1_000_000;

    String text = flowing(textOf(pdf));
    System.out.printf("Decision with 300 awardees: %d bytes, %d ms%n", pdf.length, millis);
    assertThat(text).contains("Khen thưởng 60 tập thể và 240 cá nhân",
        "- " + UNIT_AWARD + ": 60 tập thể, tiền thưởng 280.800.000 đồng;",
        "- " + MEMBER_AWARD + ": 240 cá nhân, tiền thưởng 280.800.000 đồng.",
        "Tổng số tiền thưởng: 561.600.000 đồng.",
        "(Bằng chữ: Năm trăm sáu mươi mốt triệu sáu trăm nghìn đồng)",
        "Cộng: 60 tập thể 280.800.000", "Cộng: 240 cá nhân 280.800.000",
        "Tổng cộng: 300 (60 tập thể, 240 cá nhân) 561.600.000");
    for (int i = 1; i <= 60; i++) {
      assertThat(occurrences(text, i + " Chi bộ khu dân cư số " + i + " Thành tích")).as("collective %d", i)
          .isEqualTo(1);
    }
    for (int i = 1; i <= 240; i++) {
      assertThat(occurrences(text, (60 + i) + " Đảng viên Trần Thị Ước số " + i + " Thành tích"))
          .as("member %d", i).isEqualTo(1);
    }
    try (PDDocument document = Loader.loadPDF(pdf)) {
      int pages = document.getNumberOfPages();
      assertThat(pages).isGreaterThan(10);
      for (int page = 2; page <= pages; page++) {
        String onPage = flowing(pageText(document, page));
        assertThat(onPage).as("page %d", page).startsWith(page + " ")
            .contains("STT Họ tên / Tập thể Đơn vị Hình thức Số tiền (đồng)");
        assertThat(occurrences(onPage, DecisionDocument.DRAFT_MARK)).as("page %d", page).isEqualTo(1);
      }
    }
    assertThat(pdf.length).as("fonts embedded as subsets").isLessThan(600_000);
  }

  @Test
  void longNamesAndAchievementsWrapInsideTheirCells() throws IOException {
    String name = "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở và phong trào thi đua “Dân vận khéo” "
        + "của Đảng bộ xã Bình Thạnh nhiệm kỳ 2020 – 2025";
    String achievements = IntStream.rangeClosed(1, 80)
        .mapToObj(i -> "Thành tựu thứ " + i + ": vận động nhân dân hiến đất làm đường giao thông nông thôn.")
        .reduce((a, b) -> a + "\n" + b).orElseThrow();

    String text = flowing(textOf(decision.pdf(partyDraft(List.of(
        new Awardee(name, "Tập thể", "Đảng bộ xã Bình Thạnh", UNIT_AWARD, achievements, 4_680_000L))))));

    assertThat(text).contains(name, "Thành tựu thứ 1: vận động nhân dân", "Thành tựu thứ 80: vận động nhân dân",
        "Tổng cộng: 1 (1 tập thể) 4.680.000");
  }

  @Test
  void aDecisionWithoutAwardeesOrAnIssuedOneWithoutNumberIsAMistake() {
    assertThatThrownBy(() -> decision.pdf(partyDraft(List.of())))
        .isInstanceOf(IllegalArgumentException.class);
    DecisionContent unnumbered = new DecisionContent("Ban Thường vụ Huyện ủy Bình Sơn", null, null, true, null,
        "-QĐ/HU", "Bình Sơn", LocalDate.of(2025, 8, 20), "Về việc khen thưởng", "Ban Thường vụ Huyện ủy",
        List.of(), null, List.of(individual("Lê Văn Dũng", "Chi bộ", MEMBER_AWARD, null)), "T/M BAN THƯỜNG VỤ",
        null, List.of(), false);
    assertThatThrownBy(() -> decision.pdf(unnumbered)).isInstanceOf(IllegalArgumentException.class);
  }

  private static DecisionContent partyDraft(List<Awardee> awardees) {
    return new DecisionContent("Ban Thường vụ Huyện ủy Bình Sơn", "Đảng bộ tỉnh Quảng Ngãi", null, true, null,
        "-QĐ/HU", "Bình Sơn", null,
        "Về việc khen thưởng tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo” đợt 1",
        "Ban Thường vụ Huyện ủy",
        List.of("Căn cứ Điều lệ Đảng;", "Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ huyện khóa XXII;"),
        "Xét đề nghị của Ban Tổ chức Huyện ủy tại Tờ trình số 45-TTr/BTCHU,", awardees, "T/M BAN THƯỜNG VỤ\nBÍ THƯ",
        null, List.of("Như Điều 3", "Ban Tổ chức Huyện ủy", "Lưu Văn phòng Huyện ủy"), true);
  }

  private static Awardee collective(String name, String unit, String form, Long money) {
    return new Awardee(name, "Tập thể", unit, form, "Hoàn thành xuất sắc nhiệm vụ năm; lãnh đạo tốt phong trào.",
        money);
  }

  private static Awardee individual(String name, String unit, String form, Long money) {
    return new Awardee(name, "Cá nhân", unit, form, "Hoàn thành xuất sắc nhiệm vụ; tích cực trong công tác dân vận.",
        money);
  }

  private static String textOf(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static String pageText(PDDocument document, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(document);
  }

  /** The text with every line break and run of spaces, blanks included, as one space: wrapping does not matter. */
  private static String flowing(String text) {
    return text.replaceAll("[\\s\\u00A0]+", " ");
  }

  private static int occurrences(String text, String part) {
    Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }
}
