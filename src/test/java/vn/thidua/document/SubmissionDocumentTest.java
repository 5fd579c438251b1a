package vn.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import vn.thidua.config.IssuingBodyProperties;
import vn.thidua.document.SubmissionList.Entry;
import vn.thidua.document.SubmissionList.Group;

/** The tờ trình as a person reads it: its text taken back out of the PDF. */
class SubmissionDocumentTest {

  private static final IssuingBodyProperties BINH_SON =
      new IssuingBodyProperties("Huyện ủy Bình Sơn", "Đảng bộ tỉnh Quảng Ngãi", "HU", "Bình Sơn");
  private static final String PARTY = "Khen thưởng của Đảng";
  private static final String STATE = "Khen thưởng của Nhà nước";

  private final SubmissionDocument submission = new SubmissionDocument(new DocumentFonts(), BINH_SON);

  @Test
  void theSubmissionListsEveryNomineeByTrackAndFormWithCountsAndTotal() throws IOException {
    SubmissionList list = submission.list(LocalDate.of(2025, 8, 5), "Dân vận khéo", "123-KH/HU",
        "sơ kết đợt 1 (8/2024 – 7/2025)", List.of(
            new Group(PARTY, "Chi bộ bốn tốt", List.of(
                collective("Chi bộ Thôn Phước Hòa", "Đảng bộ xã Bình Châu"),
                collective("Chi bộ Trường THCS Bình Thuận", "Đảng bộ xã Bình Thuận"))),
            new Group(PARTY, "Giấy khen của Ban Thường vụ cấp ủy tặng đảng viên", List.of(
                individual("Nguyễn Thị Ngọc Trâm", "Chi bộ Thôn Phước Hòa"))),
            new Group(STATE, "Tập thể lao động tiên tiến", List.of(
                collective("Trạm Y tế xã Bình Chương", "Ủy ban nhân dân xã Bình Chương"))),
            new Group(STATE, "Lao động tiên tiến", List.of(
                individual("Lê Văn Dũng", "Phòng Văn hóa – Thông tin")))));

    byte[] pdf = submission.pdf(list);
    String text = flowing(textOf(pdf));

    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(text).contains("ĐẢNG BỘ TỈNH QUẢNG NGÃI", "HUYỆN ỦY BÌNH SƠN", "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Bình Sơn, ngày 05 tháng 8 năm 2025", "TỜ TRÌNH",
        "về việc đề nghị khen thưởng tập thể, cá nhân có thành tích trong sơ kết đợt 1 (8/2024 – 7/2025)",
        "Kính gửi: Ban Thường vụ Huyện ủy Bình Sơn", "Kế hoạch số 123-KH/HU",
        "quyết định khen thưởng 5 đề nghị (3 tập thể, 2 cá nhân) như sau:");
    assertThat(text).contains("I. Khen thưởng của Đảng: 3 đề nghị (2 tập thể, 1 cá nhân)",
        "1. Chi bộ bốn tốt: 2 tập thể", "2. Giấy khen của Ban Thường vụ cấp ủy tặng đảng viên: 1 cá nhân",
        "II. Khen thưởng của Nhà nước: 2 đề nghị (1 tập thể, 1 cá nhân)",
        "1. Tập thể lao động tiên tiến: 1 tập thể", "2. Lao động tiên tiến: 1 cá nhân",
        "Tổng cộng: 5 đề nghị (3 tập thể, 2 cá nhân).", "xem xét, quyết định./.");
    assertThat(text).contains("Chi bộ Thôn Phước Hòa", "Chi bộ Trường THCS Bình Thuận", "Nguyễn Thị Ngọc Trâm",
        "Trạm Y tế xã Bình Chương", "Lê Văn Dũng", "Phòng Văn hóa – Thông tin", "Đảng bộ xã Bình Châu",
        "Ủy ban nhân dân xã Bình Chương", "Tên tập thể, cá nhân", "Thành tích");
    // numbered table rows: each form restarts at 1
    assertThat(text).contains("STT Tên tập thể, cá nhân Tập thể / cá nhân Đơn vị Thành tích 1 Chi bộ Thôn Phước Hòa Tập thể",
        "2 Chi bộ Trường THCS Bình Thuận Tập thể", "1 Nguyễn Thị Ngọc Trâm Cá nhân", "1 Lê Văn Dũng Cá nhân");

    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDPage first = document.getPage(0);
      assertThat(first.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
      assertThat(first.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
      List<String> fonts = new ArrayList<>();
      for (var name : first.getResources().getFontNames()) {
        PDFont font = first.getResources().getFont(name);
        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        fonts.add(font.getName());
      }
      assertThat(fonts).anyMatch(name -> name.endsWith("+LiberationSerif-Bold"))
          .anyMatch(name -> name.endsWith("+LiberationSerif"));
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Tờ trình đề nghị khen thưởng – Dân vận khéo");
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("vi-VN");
    }
  }

  @Test
  void twoHundredNomineesRunOverPagesAndEachIsListedOnce() throws IOException {
    submission.pdf(submission.list(LocalDate.of(2026, 8, 20), "khởi động", null, null, List.of()));
    List<Entry> members = IntStream.rangeClosed(1, 150)
        .mapToObj(i -> individual("Đảng viên Trần Thị Ước số " + i, "Chi bộ Thôn " + (i % 12 + 1))).toList();
    List<Entry> cells = IntStream.rangeClosed(1, 50)
        .mapToObj(i -> collective("Chi bộ khu dân cư số " + i, "Đảng bộ xã Bình Hải")).toList();
    SubmissionList list = submission.list(LocalDate.of(2026, 8, 20), "Dân vận khéo", "123-KH/HU", "tổng kết đợt 2",
        List.of(new Group(PARTY, "Chi bộ bốn tốt", cells),
            new Group(PARTY, "Giấy khen của Ban Thường vụ cấp ủy tặng đảng viên", members)));

    long started = System.nanoTime();
    byte[] pdf = submission.pdf(list);
    long millis = (System.nanoTime() - started) / 1_000_000;
    String text = flowing(textOf(pdf));

    System.out.printf("Submission of 200 nominees: %d bytes, %d ms%n", pdf.length, millis);
    assertThat(text).contains("1. Chi bộ bốn tốt: 50 tập thể", "2. Giấy khen của Ban Thường vụ cấp ủy tặng đảng viên: "
        + "150 cá nhân", "Tổng cộng: 200 đề nghị (50 tập thể, 150 cá nhân).");
    for (int i = 1; i <= 150; i++) {
      assertThat(occurrences(text, "Đảng viên Trần Thị Ước số " + i + " Cá nhân")).as("member %d", i).isEqualTo(1);
    }
    for (int i = 1; i <= 50; i++) {
      assertThat(occurrences(text, "Chi bộ khu dân cư số " + i + " Tập thể")).as("cell %d", i).isEqualTo(1);
    }
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(5);
    }
    // the table heading is repeated on every page the table runs over
    assertThat(occurrences(text, "Tên tập thể, cá nhân")).isGreaterThan(5);
    assertThat(pdf.length).as("fonts embedded as subsets").isLessThan(400_000);
  }

  @Test
  void anAchievementLongerThanAPageContinuesOnTheNextPage() throws IOException {
    String achievements = IntStream.rangeClosed(1, 120)
        .mapToObj(i -> "Thành tích thứ " + i + ": hoàn thành xuất sắc nhiệm vụ được giao.")
        .reduce((a, b) -> a + "\n" + b).orElseThrow();
    SubmissionList list = submission.list(LocalDate.of(2026, 8, 20), "Dân vận khéo", "123-KH/HU", "tổng kết đợt 2",
        List.of(new Group(STATE, "Chiến sĩ thi đua cơ sở",
            List.of(new Entry("Phạm Thị Hường", "Cá nhân", "Phòng Nội vụ", achievements)))));

    String text = flowing(textOf(submission.pdf(list)));

    assertThat(text).contains("Thành tích thứ 1: hoàn thành xuất sắc", "Thành tích thứ 120: hoàn thành xuất sắc",
        "Tổng cộng: 1 đề nghị (1 cá nhân).");
  }

  @Test
  void textFromAnyKeyboardPrintsAndWhatNoFontHasBecomesAQuestionMark() throws IOException {
    String decomposed = Normalizer.normalize("Nguyễn Hữu Đức", Normalizer.Form.NFD);
    SubmissionList list = submission.list(LocalDate.of(2026, 2, 3), "Dân vận khéo", null, null,
        List.of(new Group(PARTY, "Chi bộ bốn tốt",
            List.of(new Entry(decomposed, "Cá nhân", "Chi bộ\tThôn 3", "Tích cực 👍 trong\u200B phong trào")))));

    String text = flowing(textOf(submission.pdf(list)));

    assertThat(text).contains("Nguyễn Hữu Đức", "Chi bộ Thôn 3", "Tích cực ? trong phong trào",
        "Bình Sơn, ngày 03 tháng 02 năm 2026", "Căn cứ đề nghị của các đơn vị");
    assertThat(text).doesNotContain("Kế hoạch số");
  }

  @Test
  void anEmptyListStillReadsAsADocument() throws IOException {
    String text = flowing(textOf(submission.pdf(submission.list(LocalDate.of(2026, 8, 20), "Dân vận khéo", "123-KH/HU",
        "tổng kết đợt 2", List.of()))));

    assertThat(text).contains("TỜ TRÌNH", "Tổng cộng: 0 đề nghị.");
  }

  @Test
  void datesAreWrittenAsDocumentsWriteThem() {
    assertThat(DocumentDates.written(LocalDate.of(2025, 8, 5))).isEqualTo("ngày 05 tháng 8 năm 2025");
    assertThat(DocumentDates.written(LocalDate.of(2026, 2, 20))).isEqualTo("ngày 20 tháng 02 năm 2026");
    assertThat(DocumentDates.written(LocalDate.of(2026, 12, 31))).isEqualTo("ngày 31 tháng 12 năm 2026");
    assertThat(DocumentDates.placeAndDate("Bình Sơn", LocalDate.of(2026, 1, 9)))
        .isEqualTo("Bình Sơn, ngày 09 tháng 01 năm 2026");
    assertThat(DocumentDates.placeAndDate(" ", LocalDate.of(2026, 1, 9))).isEqualTo("Ngày 09 tháng 01 năm 2026");
  }

  private static Entry collective(String name, String unit) {
    return new Entry(name, "Tập thể", unit, "Hoàn thành xuất sắc nhiệm vụ năm; lãnh đạo thực hiện tốt phong trào.");
  }

  private static Entry individual(String name, String unit) {
    return new Entry(name, "Cá nhân", unit, "Hoàn thành xuất sắc nhiệm vụ; tích cực trong công tác dân vận.");
  }

  private static String textOf(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  /** The text with every line break and run of spaces as one space: wrapping does not matter. */
  private static String flowing(String text) {
    return text.replaceAll("\\s+", " ");
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
