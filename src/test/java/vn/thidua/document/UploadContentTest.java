package vn.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.CRC32;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

import vn.thidua.web.ApiException;

/** Files that are what they claim: a signature or a name is a claim, the file must also open as that type. */
class UploadContentTest {

  private static final int MEGABYTE = 1024 * 1024;

  private final UploadValidator validator = new UploadValidator(
      new DocumentProperties(DataSize.ofMegabytes(10), DataSize.ofMegabytes(100)));

  private DocumentType accepted(String fileName, byte[] content) {
    return validator.check("PROPOSAL", "42", "TO_TRINH", fileName, content, "chauo.canbo").type();
  }

  /** The one message the refusal gives about the file. */
  private String refusal(String fileName, byte[] content) {
    return refusal(validator, fileName, content);
  }

  private static String refusal(UploadValidator validator, String fileName, byte[] content) {
    ApiException refusal = catchThrowableOfType(ApiException.class,
        () -> validator.check("PROPOSAL", "42", "TO_TRINH", fileName, content, "chauo.canbo"));
    assertThat(refusal).as(fileName + " is refused").isNotNull();
    assertThat(refusal.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refusal.errors()).hasSize(1);
    assertThat(refusal.errors().get(0).field()).isEqualTo("file");
    return refusal.errors().get(0).message();
  }

  @Test
  void realFilesOfEachTypeAreAccepted() {
    assertThat(accepted("Tờ trình.pdf", TestFiles.pdf("Tờ trình đề nghị khen thưởng"))).isEqualTo(DocumentType.PDF);
    assertThat(accepted("Biên bản.pdf", TestFiles.pdf())).isEqualTo(DocumentType.PDF);
    assertThat(accepted("Báo cáo.docx", TestFiles.docx())).isEqualTo(DocumentType.DOCX);
    assertThat(accepted("Báo cáo có ảnh.docx", TestFiles.docxWithPicture(2 * MEGABYTE, 3))).isEqualTo(DocumentType.DOCX);
    assertThat(accepted("Ảnh.jpg", TestFiles.jpeg())).isEqualTo(DocumentType.JPEG);
    assertThat(accepted("Ảnh.png", TestFiles.png())).isEqualTo(DocumentType.PNG);
  }

  @Test
  void aZipBombNamedDocxIsStoppedAtTheCompressionLimitWithoutInflatingItAll() {
    byte[] bomb = TestFiles.docxBomb(200L * MEGABYTE);
    assertThat(bomb.length).as("about 200 KB on the wire").isLessThan(400 * 1024);

    // the ratio check fires after about 100 KB inflated; the 100 MB total would say so instead
    assertThat(refusal("bao-cao.docx", bomb)).isEqualTo("Tệp \"bao-cao.docx\" vượt quá giới hạn giải nén: "
        + "có phần giải nén ra lớn gấp hơn 100 lần khi nén, dấu hiệu của tệp nén độc hại (zip bomb)");
  }

  @Test
  void aWordDocumentInflatingBeyondTheConfiguredLimitIsRefused() {
    UploadValidator oneMegabyteUnpacked = new UploadValidator(
        new DocumentProperties(DataSize.ofMegabytes(10), DataSize.ofMegabytes(1)));

    assertThat(refusal(oneMegabyteUnpacked, "bao-cao.docx", TestFiles.docxWithPicture(2 * MEGABYTE, 5)))
        .isEqualTo("Tệp \"bao-cao.docx\" vượt quá giới hạn giải nén: nội dung giải nén lớn hơn 1 MB");
    assertThat(oneMegabyteUnpacked.check("PROPOSAL", "42", "TO_TRINH", "bao-cao.docx",
        TestFiles.docxWithPicture(MEGABYTE / 2, 5), "chauo.canbo").type()).isEqualTo(DocumentType.DOCX);
  }

  @Test
  void aZipHoldingWordDocumentXmlWithoutThePackageStructureIsRefused() {
    byte[] bare = TestFiles.zip(Map.of("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>"));

    assertThat(refusal("ho-so.docx", bare)).isEqualTo("Tệp \"ho-so.docx\" không phải tài liệu Word (DOCX) hợp lệ: "
        + "thiếu phần _rels/.rels (quan hệ của gói)");
  }

  @Test
  void aPackageWhoseRelationshipsNameNoMainDocumentIsRefused() {
    Map<String, String> parts = TestFiles.wordParts();
    parts.put("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>");

    assertThat(refusal("ho-so.docx", TestFiles.zip(parts))).endsWith("không khai báo phần văn bản chính");
  }

  @Test
  void aSpreadsheetWithAWordPartNameIsNotAWordDocument() {
    Map<String, String> parts = TestFiles.wordParts();
    parts.put("[Content_Types].xml", parts.get("[Content_Types].xml").replace(
        "wordprocessingml.document.main+xml", "spreadsheetml.sheet.main+xml"));

    assertThat(refusal("bang-tinh.docx", TestFiles.zip(parts))).isEqualTo("Tệp \"bang-tinh.docx\" không phải tài liệu "
        + "Word (DOCX) hợp lệ: phần văn bản chính không phải nội dung Word (có thể là bảng tính, trình chiếu hoặc "
        + "văn bản có macro được đổi tên)");
  }

  @Test
  void aDocumentTypeDeclarationInAPackagePartIsRefused() {
    Map<String, String> parts = TestFiles.wordParts();
    parts.put("_rels/.rels", "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + parts.get("_rels/.rels")
        .replaceFirst("<\\?xml[^>]*>", ""));

    assertThat(refusal("ho-so.docx", TestFiles.zip(parts))).endsWith("phần mô tả của gói không phải XML đọc được");
  }

  @Test
  void entryNamesLeavingThePackageAreRefused() {
    for (String escaping : new String[] {"../../etc/cron.d/job", "/etc/passwd", "word\\..\\..\\x.xml", "C:/x.xml"}) {
      Map<String, String> parts = TestFiles.wordParts();
      parts.put(escaping, "x");

      assertThat(refusal("ho-so.docx", TestFiles.zip(parts))).as(escaping).isEqualTo("Tệp \"ho-so.docx\" không phải "
          + "tài liệu Word (DOCX) hợp lệ: có phần mang đường dẫn ra ngoài tài liệu (\"..\" hoặc đường dẫn tuyệt đối)");
    }
  }

  @Test
  void twoPartsWhoseNamesDifferOnlyInCaseAreRefused() {
    Map<String, String> parts = TestFiles.wordParts();
    parts.put("WORD/DOCUMENT.XML", "<w:document/>");

    assertThat(refusal("ho-so.docx", TestFiles.zip(parts))).endsWith("có hai phần trùng tên");
  }

  @Test
  void aPackageOfMoreThanAThousandPartsIsRefused() {
    Map<String, String> parts = TestFiles.wordParts();
    for (int i = 0; parts.size() <= WordPackageCheck.MAX_ENTRIES; i++) {
      parts.put("customXml/item" + i + ".xml", "<x/>");
    }

    assertThat(refusal("ho-so.docx", TestFiles.zip(parts)))
        .isEqualTo("Tệp \"ho-so.docx\" vượt quá giới hạn giải nén: có hơn 1000 phần bên trong");
  }

  @Test
  void aDirectoryThatListsOtherPartsThanTheEntriesHoldIsRefused() {
    Map<String, String> parts = TestFiles.wordParts();
    parts.put("word/extra1.xml", "<x/>");
    byte[] docx = TestFiles.zip(parts);
    // the last occurrence of the name is the central directory's: Word would open another part than was checked
    byte[] name = "word/extra1.xml".getBytes(StandardCharsets.US_ASCII);
    int inDirectory = lastIndexOf(docx, name);
    docx[inDirectory + name.length - 5] = '2';

    assertThat(refusal("ho-so.docx", docx)).endsWith("mục lục của tệp nén không khớp với các phần bên trong");
  }

  @Test
  void aPdfHtmlPolyglotIsRefused() {
    byte[] htmlAfterPdfHeader = TestFiles.text("%PDF-1.4\n<!DOCTYPE html><html><body><script>fetch('/api/me')"
        + "</script></body></html>\n%%EOF\n");
    byte[] pdfCarryingHtml = TestFiles.text(new String(TestFiles.pdf(), StandardCharsets.US_ASCII)
        .replaceFirst("\n", "\n%<html><script>alert(document.cookie)</script>\n"));

    assertThat(refusal("to-trinh.pdf", htmlAfterPdfHeader)).isEqualTo(
        "Tệp \"to-trinh.pdf\" không phải tệp PDF hợp lệ: phần đầu tệp chứa mã trang web (HTML)");
    assertThat(refusal("to-trinh.pdf", pdfCarryingHtml)).isEqualTo(
        "Tệp \"to-trinh.pdf\" không phải tệp PDF hợp lệ: phần đầu tệp chứa mã trang web (HTML)");
  }

  @Test
  void aWebPageBeyondTheFirstKilobyteIsRefusedBecauseItDoesNotParseAsPdf() {
    byte[] page = TestFiles.text("%PDF-1.4\n" + " ".repeat(2000)
        + "<html><body><script>alert(1)</script></body></html>\n%%EOF\n");

    assertThat(refusal("to-trinh.pdf", page))
        .isEqualTo("Tệp \"to-trinh.pdf\" không phải tài liệu PDF hợp lệ: tệp bị hỏng, không đọc được nội dung");
  }

  @Test
  void aTruncatedPdfIsRefused() {
    byte[] pdf = TestFiles.pdf("Báo cáo thành tích");

    assertThat(refusal("bao-cao.pdf", Arrays.copyOf(pdf, pdf.length / 2))).isEqualTo("Tệp \"bao-cao.pdf\" không "
        + "phải tài liệu PDF hợp lệ: tệp bị cắt cụt hoặc không trọn vẹn, hãy xuất lại tệp PDF");
  }

  @Test
  void aPdfWithoutPagesIsRefused() {
    byte[] noPages = TestFiles.text("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    assertThat(refusal("to-trinh.pdf", noPages)).startsWith("Tệp \"to-trinh.pdf\" không phải tài liệu PDF hợp lệ: ");
  }

  @Test
  void aPdfThatNeedsAPasswordToOpenIsRefusedButPermissionsAloneAreNot() throws IOException {
    assertThat(refusal("to-trinh.pdf", encryptedPdf("mat-khau"))).isEqualTo("Tệp \"to-trinh.pdf\" không phải tài liệu "
        + "PDF hợp lệ: tài liệu được đặt mật khẩu, người thẩm định không mở được; hãy gửi bản không đặt mật khẩu");
    assertThat(accepted("to-trinh.pdf", encryptedPdf(""))).isEqualTo(DocumentType.PDF);
  }

  @Test
  void renamedProgramsAreRefusedWhateverTheirName() {
    assertThat(refusal("to-trinh.pdf", TestFiles.windowsProgram())).endsWith("mà là tệp chương trình chạy được");
    assertThat(refusal("bao-cao.docx", TestFiles.elfProgram()))
        .isEqualTo("Chỉ nhận tệp PDF, DOCX, JPEG hoặc PNG; tệp \"bao-cao.docx\" không phải tệp DOCX thật "
            + "mà là tệp chương trình chạy được");
    assertThat(refusal("anh.png", TestFiles.windowsProgram())).contains("không phải tệp PNG thật");
  }

  @Test
  void aPngWithACorruptedBodyIsRefused() {
    byte[] png = TestFiles.png();
    // signature (8) and header chunk (25) stay; the image data after them is overwritten
    Arrays.fill(png, 33, png.length, (byte) 0x5A);

    assertThat(refusal("bien-ban.png", png))
        .isEqualTo("Tệp \"bien-ban.png\" không phải ảnh PNG hợp lệ: ảnh bị hỏng, không giải mã được");
  }

  @Test
  void aJpegThatIsOnlyItsSignatureIsRefused() {
    assertThat(refusal("anh.jpg", TestFiles.paddedTo(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, 500, 4)))
        .startsWith("Tệp \"anh.jpg\" không phải ảnh JPEG hợp lệ: ");
  }

  @Test
  void anImageOfMoreThanFortyMegapixelsIsRefusedFromItsHeaderAlone() {
    assertThat(refusal("ban-quet.png", pngHeaderOnly(10_000, 5_000))).isEqualTo("Tệp \"ban-quet.png\" là ảnh quá lớn: "
        + "10000 × 5000 điểm ảnh, tối đa 40 triệu điểm ảnh; hãy thu nhỏ hoặc quét lại ở độ phân giải thấp hơn");
  }

  private static byte[] encryptedPdf(String userPassword) throws IOException {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      document.protect(new StandardProtectionPolicy("chu-so-huu", userPassword, new AccessPermission()));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      document.save(bytes);
      return bytes.toByteArray();
    }
  }

  /** A PNG signature, a header chunk with the given dimensions and the end chunk: no pixels at all. */
  private static byte[] pngHeaderOnly(int width, int height) {
    ByteBuffer png = ByteBuffer.allocate(8 + 25 + 12);
    png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    png.put(chunk("IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
        .put((byte) 0).put((byte) 0).put((byte) 0).array()));
    png.put(chunk("IEND", new byte[0]));
    return png.array();
  }

  private static byte[] chunk(String type, byte[] data) {
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
        .putInt((int) crc.getValue()).array();
  }

  private static int lastIndexOf(byte[] content, byte[] part) {
    for (int position = content.length - part.length; position >= 0; position--) {
      if (Arrays.equals(content, position, position + part.length, part, 0, part.length)) {
        return position;
      }
    }
    throw new IllegalArgumentException("not found");
  }
}
