package vn.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DocumentTypeDetectorTest {

  @Test
  void recognisesEachAcceptedTypeByItsContent() {
    assertThat(DocumentTypeDetector.detect(TestFiles.pdf())).contains(DocumentType.PDF);
    assertThat(DocumentTypeDetector.detect(TestFiles.png())).contains(DocumentType.PNG);
    assertThat(DocumentTypeDetector.detect(TestFiles.jpeg())).contains(DocumentType.JPEG);
    assertThat(DocumentTypeDetector.detect(TestFiles.docx())).contains(DocumentType.DOCX);
  }

  @Test
  void aDocxIsRecognisedWhateverTheOrderOfItsParts() {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("docProps/app.xml", "<Properties/>");
    parts.put("word/document.xml", "<w:document/>");
    parts.put("word/media/image1.png", "x".repeat(10_000));
    parts.put("[Content_Types].xml", "<Types/>");

    assertThat(DocumentTypeDetector.detect(TestFiles.zip(parts))).contains(DocumentType.DOCX);
  }

  @Test
  void aDocxWithALargePictureIsADocx() {
    assertThat(DocumentTypeDetector.detect(TestFiles.docxWithPicture(5 * 1024 * 1024, 11))).contains(DocumentType.DOCX);
  }

  @Test
  void aDocxWithACommentAtTheEndOfTheArchiveIsStillADocx() {
    byte[] docx = TestFiles.docx();
    byte[] comment = "Tạo bởi phần mềm văn phòng".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] commented = Arrays.copyOf(docx, docx.length + comment.length);
    System.arraycopy(comment, 0, commented, docx.length, comment.length);
    // the comment length is the last field of the end-of-central-directory record
    ByteBuffer.wrap(commented).order(ByteOrder.LITTLE_ENDIAN).putShort(docx.length - 2, (short) comment.length);

    assertThat(DocumentTypeDetector.detect(commented)).contains(DocumentType.DOCX);
  }

  @Test
  void programsAreRefusedAndSaidToBePrograms() {
    assertThat(DocumentTypeDetector.detect(TestFiles.elfProgram())).isEmpty();
    assertThat(DocumentTypeDetector.detect(TestFiles.windowsProgram())).isEmpty();
    assertThat(DocumentTypeDetector.describeRefused(TestFiles.elfProgram())).contains("tệp chương trình chạy được");
    assertThat(DocumentTypeDetector.describeRefused(TestFiles.windowsProgram())).contains("tệp chương trình chạy được");
  }

  @Test
  void aPlainZipIsNotADocx() {
    byte[] zip = TestFiles.zip(Map.of("ho-so/to-trinh.txt", "Tờ trình", "ho-so/bien-ban.txt", "Biên bản"));

    assertThat(DocumentTypeDetector.detect(zip)).isEmpty();
    assertThat(DocumentTypeDetector.describeRefused(zip)).contains("tệp nén ZIP");
  }

  @Test
  void aZipWithOnlyOneOfTheTwoWordPartsIsNotADocx() {
    assertThat(DocumentTypeDetector.detect(TestFiles.zip(Map.of("word/document.xml", "<w:document/>")))).isEmpty();
    byte[] spreadsheet = TestFiles.zip(Map.of("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>"));
    assertThat(DocumentTypeDetector.detect(spreadsheet)).isEmpty();
    assertThat(DocumentTypeDetector.describeRefused(spreadsheet).orElseThrow()).contains("không phải văn bản Word");
  }

  @Test
  void anArchiveWhoseEntryNamesOnlyAppearInsideAnotherEntryIsNotADocx() {
    // the names are in a stored entry's data, not in the archive's directory
    byte[] zip = TestFiles.zip(Map.of("readme.txt", "[Content_Types].xml word/document.xml"));

    assertThat(DocumentTypeDetector.detect(zip)).isEmpty();
  }

  @Test
  void aDamagedOrTruncatedArchiveIsRefusedWithoutError() {
    byte[] docx = TestFiles.docx();

    assertThat(DocumentTypeDetector.detect(Arrays.copyOf(docx, docx.length - 30))).isEmpty();
    assertThat(DocumentTypeDetector.detect(Arrays.copyOf(docx, 4))).isEmpty();
    assertThat(DocumentTypeDetector.detect(new byte[] {'P', 'K', 3, 4, 0, 0})).isEmpty();
  }

  @Test
  void aDirectoryClaimingMoreEntriesThanAWordDocumentHasIsNotRead() {
    byte[] docx = TestFiles.docx();
    int end = docx.length - 22;
    ByteBuffer.wrap(docx).order(ByteOrder.LITTLE_ENDIAN).putShort(end + 8, (short) 60_000).putShort(end + 10,
        (short) 60_000);

    assertThat(ZipDirectory.entryNames(docx)).isEmpty();
    assertThat(DocumentTypeDetector.detect(docx)).isEmpty();
  }

  @Test
  void readsTheNamesFromTheArchiveDirectoryWithoutInflatingAnyEntry() {
    byte[] damaged = TestFiles.docx();
    ByteBuffer zip = ByteBuffer.wrap(damaged).order(ByteOrder.LITTLE_ENDIAN);
    int directoryOffset = zip.getInt(damaged.length - 22 + 16);
    // every local header and all compressed data after the first signature made unreadable
    Arrays.fill(damaged, 4, directoryOffset, (byte) 0xFF);

    assertThat(ZipDirectory.entryNames(damaged))
        .contains(List.of("[Content_Types].xml", "_rels/.rels", "word/document.xml"));
    assertThat(DocumentTypeDetector.detect(damaged)).contains(DocumentType.DOCX);
  }

  @Test
  void textAndOtherFilesAreRefused() {
    assertThat(DocumentTypeDetector.detect(TestFiles.text("Báo cáo thành tích năm 2025\n"))).isEmpty();
    assertThat(DocumentTypeDetector.describeRefused(TestFiles.text("Báo cáo thành tích năm 2025\n")))
        .contains("tệp văn bản thuần");
    assertThat(DocumentTypeDetector.detect(TestFiles.text("%PD"))).isEmpty();
    assertThat(DocumentTypeDetector.detect(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
    assertThat(DocumentTypeDetector.detect(new byte[0])).isEmpty();
  }

  @Test
  void anOldWordDocumentIsRefusedWithAHintToSaveItAsDocxOrPdf() {
    byte[] doc = TestFiles.paddedTo(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
        0x1A, (byte) 0xE1}, 512, 1);

    assertThat(DocumentTypeDetector.detect(doc)).isEmpty();
    assertThat(DocumentTypeDetector.describeRefused(doc).orElseThrow()).contains("DOCX hoặc PDF");
  }

  @Test
  void randomBytesAreRefusedWithoutADescription() {
    byte[] noise = TestFiles.paddedTo(new byte[] {1, 2, 3}, 1000, 7);

    assertThat(DocumentTypeDetector.detect(noise)).isEmpty();
    assertThat(DocumentTypeDetector.describeRefused(noise)).isEmpty();
  }
}
