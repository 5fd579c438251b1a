package vn.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import vn.thidua.config.IssuingBodyProperties;
import vn.thidua.document.ForwardingList.Entry;

/** The tờ trình to the province as its Standing Committee reads it: its text taken back out of the PDF. */
class ForwardingDocumentTest {

  private static final IssuingBodyProperties BINH_SON =
      new IssuingBodyProperties("Huyện ủy Bình Sơn", "Đảng bộ tỉnh Quảng Ngãi", "HU", "Bình Sơn");
  private static final String PROVINCE_PARTY_AWARD = "Bằng khen của Ban Thường vụ Tỉnh ủy";
  private static final String PROVINCE_STATE_AWARD = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh";

  private final ForwardingDocument forwarding = new ForwardingDocument(new DocumentFonts(), BINH_SON);

  @Test
  void theSubmissionAsksTheSuperiorBodyAndListsTheProposalsByFormWithCounts() throws IOException {
    ForwardingList list = forwarding.list(LocalDate.of(2025, 8, 25), "Dân vận khéo", "123-KH/HU",
        "sơ kết đợt 1 (8/2024 – 7/2025)", List.of(
            new Entry("Đảng bộ xã Bình Châu", "Tập thể", "Huyện ủy Bình Sơn", PROVINCE_PARTY_AWARD,
                "Năm năm liền hoàn thành xuất sắc nhiệm vụ."),
            new Entry("Lê Văn Dũng", "Cá nhân", "Phòng Văn hóa – Thông tin", PROVINCE_STATE_AWARD,
                "Chiến sĩ thi đua cơ sở ba năm liền."),
            new Entry("Nguyễn Thị Ngọc Trâm", "Cá nhân", "Chi bộ Thôn Phước Hòa", PROVINCE_PARTY_AWARD,
                "Tiêu biểu trong phong trào.")));

    byte[] pdf = forwarding.pdf(list);
    String text = flowing(textOf(pdf));

    assertThat(text).contains("ĐẢNG BỘ TỈNH QUẢNG NGÃI", "HUYỆN ỦY BÌNH SƠN", "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Bình Sơn, ngày 25 tháng 8 năm 2025", "TỜ TRÌNH",
        "về việc đề nghị cấp trên khen thưởng tập thể, cá nhân có thành tích trong sơ kết đợt 1 (8/2024 – 7/2025), "
            + "phong trào thi đua “Dân vận khéo”",
        "Kính gửi: Ban Thường vụ Đảng bộ tỉnh Quảng Ngãi", "Thực hiện Kế hoạch số 123-KH/HU",
        "Ban Thường vụ Huyện ủy Bình Sơn kính đề nghị Ban Thường vụ Đảng bộ tỉnh Quảng Ngãi xem xét, khen thưởng "
            + "3 đề nghị (1 tập thể, 2 cá nhân) thuộc thẩm quyền của cấp trên như sau:");
    // grouped by form in the order the forms first appear
    assertThat(text).contains("1. " + PROVINCE_PARTY_AWARD + ": 1 tập thể, 1 cá nhân",
        "1 Đảng bộ xã Bình Châu Tập thể Huyện ủy Bình Sơn Năm năm liền", "2 Nguyễn Thị Ngọc Trâm Cá nhân",
        "2. " + PROVINCE_STATE_AWARD + ": 1 cá nhân", "1 Lê Văn Dũng Cá nhân Phòng Văn hóa – Thông tin",
        "Tổng cộng: 3 đề nghị (1 tập thể, 2 cá nhân).", "xem xét, quyết định./.", "Nơi nhận:", "- Như trên,",
        "T/M BAN THƯỜNG VỤ");
    assertThat(text.indexOf("2. " + PROVINCE_STATE_AWARD)).isGreaterThan(text.indexOf("2 Nguyễn Thị Ngọc Trâm"));
    // the signature block is left for the signer: nothing after its heading
    assertThat(text.strip()).endsWith("T/M BAN THƯỜNG VỤ");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Tờ trình đề nghị cấp trên khen thưởng – Dân vận khéo");
    }
  }

  @Test
  void manyProposalsRunOverPagesAndEachIsListedOnce() throws IOException {
    List<Entry> entries = IntStream.rangeClosed(1, 120)
        .mapToObj(i -> new Entry("Đảng viên Trần Thị Ước số " + i, "Cá nhân", "Chi bộ Thôn " + (i % 12 + 1),
            PROVINCE_PARTY_AWARD, "Hoàn thành xuất sắc nhiệm vụ năm năm liền."))
        .toList();

    byte[] pdf = forwarding.pdf(forwarding.list(LocalDate.of(2026, 8, 20), "Dân vận khéo", null, null, entries));
    String text = flowing(textOf(pdf));

    assertThat(text).contains("Căn cứ kết quả xét duyệt khen thưởng, Ban Thường vụ Huyện ủy Bình Sơn kính đề nghị",
        "1. " + PROVINCE_PARTY_AWARD + ": 120 cá nhân", "Tổng cộng: 120 đề nghị (120 cá nhân).");
    assertThat(text).doesNotContain("Kế hoạch số");
    for (int i = 1; i <= 120; i++) {
      assertThat(occurrences(text, i + " Đảng viên Trần Thị Ước số " + i + " Cá nhân")).as("member %d", i)
          .isEqualTo(1);
    }
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(3);
      assertThat(occurrences(text, "Tên tập thể, cá nhân")).isEqualTo(document.getNumberOfPages());
    }
  }

  @Test
  void anEmptyListStillReadsAsADocumentAndAListWithoutDateIsAMistake() throws IOException {
    String text = flowing(textOf(forwarding.pdf(
        forwarding.list(LocalDate.of(2026, 8, 20), "Dân vận khéo", "123-KH/HU", "tổng kết đợt 2", List.of()))));

    assertThat(text).contains("TỜ TRÌNH", "khen thưởng 0 đề nghị thuộc thẩm quyền", "Tổng cộng: 0 đề nghị.");
    assertThatThrownBy(() -> forwarding.pdf(forwarding.list(null, "Dân vận khéo", null, null, List.of())))
        .isInstanceOf(NullPointerException.class);
  }

  private static String textOf(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

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
