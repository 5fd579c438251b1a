package vn.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

import vn.thidua.web.ApiException;
import vn.thidua.web.ApiException.FieldError;

class UploadValidatorTest {

  private static final int SMALL_LIMIT = 2048;

  private final UploadValidator validator = new UploadValidator(
      new DocumentProperties(DataSize.ofBytes(SMALL_LIMIT), DataSize.ofMegabytes(100)));

  private UploadValidator.CheckedUpload check(String fileName, byte[] content) {
    return validator.check("PROPOSAL", "42", "TO_TRINH", fileName, content, "chauo.canbo");
  }

  private static ApiException refusal(Runnable upload) {
    ApiException refusal = catchThrowableOfType(ApiException.class, upload::run);
    assertThat(refusal).as("the upload is refused").isNotNull();
    assertThat(refusal.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    return refusal;
  }

  @Test
  void acceptsEachTypeAndTellsItsContentType() {
    assertThat(check("Tờ trình.pdf", TestFiles.pdf()).type().contentType()).isEqualTo("application/pdf");
    assertThat(check("Báo cáo thành tích.docx", TestFiles.docx()).type().contentType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(check("Ảnh bằng khen.JPG", TestFiles.jpeg()).type().contentType()).isEqualTo("image/jpeg");
    assertThat(check("Biên bản họp xét.png", TestFiles.png()).type().contentType()).isEqualTo("image/png");
  }

  @Test
  void theTypeComesFromTheContentNotFromTheName() {
    UploadValidator.CheckedUpload upload = check("Biên bản họp xét.docx", TestFiles.pdf());

    assertThat(upload.type()).isEqualTo(DocumentType.PDF);
    assertThat(upload.fileName()).as("offered for download as what it is").isEqualTo("Biên bản họp xét.docx.pdf");
    assertThat(check("scan", TestFiles.jpeg()).fileName()).isEqualTo("scan.jpg");
    assertThat(check("Ảnh.jpeg", TestFiles.jpeg()).fileName()).isEqualTo("Ảnh.jpeg");
  }

  @Test
  void aProgramRenamedToPdfIsRefused() {
    ApiException refusal = refusal(() -> check("to-trinh.pdf", TestFiles.windowsProgram()));

    assertThat(refusal.errors()).containsExactly(new FieldError("file", "Chỉ nhận tệp PDF, DOCX, JPEG hoặc PNG; "
        + "tệp \"to-trinh.pdf\" không phải tệp PDF thật mà là tệp chương trình chạy được"));
    assertThat(refusal(() -> check("bao-cao.pdf", TestFiles.elfProgram())).errors().get(0).message())
        .startsWith("Chỉ nhận tệp PDF, DOCX, JPEG hoặc PNG; tệp \"bao-cao.pdf\" không phải tệp PDF thật");
  }

  @Test
  void aPlainZipNamedDocxIsRefused() {
    ApiException refusal = refusal(() -> check("ho-so.docx",
        TestFiles.zip(Map.of("to-trinh.txt", "Tờ trình"))));

    assertThat(refusal.errors()).containsExactly(new FieldError("file", "Chỉ nhận tệp PDF, DOCX, JPEG hoặc PNG; "
        + "tệp \"ho-so.docx\" không phải tệp DOCX thật mà là tệp nén ZIP"));
  }

  @Test
  void aTextFileIsRefused() {
    ApiException refusal = refusal(() -> check("ghi-chu.txt", TestFiles.text("Danh sách đề nghị khen thưởng")));

    assertThat(refusal.errors()).containsExactly(new FieldError("file", "Chỉ nhận tệp PDF, DOCX, JPEG hoặc PNG; "
        + "tệp \"ghi-chu.txt\" không phải một trong các loại này mà là tệp văn bản thuần"));
  }

  @Test
  void anEmptyFileIsRefused() {
    assertThat(refusal(() -> check("to-trinh.pdf", new byte[0])).errors())
        .extracting(FieldError::field, error -> error.message().startsWith("Tệp rỗng"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("file", true));
    assertThat(refusal(() -> check("to-trinh.pdf", null)).errors().get(0).message()).startsWith("Tệp rỗng");
  }

  @Test
  void aFileOfExactlyTheLimitIsAcceptedAndOneByteMoreIsRefused() {
    assertThat(check("to-trinh.pdf", TestFiles.pdfOfSize(SMALL_LIMIT, 1)).type()).isEqualTo(DocumentType.PDF);

    ApiException refusal = refusal(() -> check("to-trinh.pdf", TestFiles.pdfOfSize(SMALL_LIMIT + 1, 1)));

    assertThat(refusal.errors()).containsExactly(new FieldError("file", "Tệp vượt quá dung lượng cho phép 2 KB"));
  }

  @Test
  void theLimitIsWrittenAsPeopleReadIt() {
    assertThat(UploadValidator.readable(DataSize.ofMegabytes(10))).isEqualTo("10 MB");
    assertThat(UploadValidator.readable(DataSize.ofKilobytes(512))).isEqualTo("512 KB");
    assertThat(UploadValidator.readable(DataSize.ofBytes(1000))).isEqualTo("1000 byte");
    UploadValidator defaultLimit = new UploadValidator(
        new DocumentProperties(DataSize.ofMegabytes(10), DataSize.ofMegabytes(100)));
    byte[] elevenMegabytes = TestFiles.paddedTo(TestFiles.pdf(), 11 * 1024 * 1024, 3);
    assertThat(refusal(() -> defaultLimit.check("PROPOSAL", "1", "TO_TRINH", "a.pdf", elevenMegabytes, "u")).errors())
        .containsExactly(new FieldError("file", "Tệp vượt quá dung lượng cho phép 10 MB"));
  }

  @Test
  void aBlankOrTooLongFileNameIsRefused() {
    assertThat(refusal(() -> check("  ", TestFiles.pdf())).errors())
        .containsExactly(new FieldError("fileName", "Chưa có tên tệp"));
    assertThat(refusal(() -> check(null, TestFiles.pdf())).errors()).extracting(FieldError::field)
        .containsExactly("fileName");
    assertThat(refusal(() -> check("../..", TestFiles.pdf())).errors()).extracting(FieldError::field)
        .containsExactly("fileName");
    String longest = "đ".repeat(FileNames.MAX_LENGTH - 4) + ".pdf";
    assertThat(check(longest, TestFiles.pdf()).fileName()).isEqualTo(longest);
    assertThat(refusal(() -> check("đ" + longest, TestFiles.pdf())).errors())
        .containsExactly(new FieldError("fileName", "Tên tệp quá dài: tối đa 255 ký tự"));
  }

  @Test
  void reportsEveryProblemAtOnceUnderTheGeneralInvalidDataMessage() {
    ApiException refusal = refusal(() -> validator.check("proposal", " ", "", "", new byte[0], null));

    assertThat(refusal.getMessage()).isEqualTo("Dữ liệu không hợp lệ");
    assertThat(refusal.errors()).extracting(FieldError::field)
        .containsExactlyInAnyOrder("ownerType", "ownerId", "kind", "uploadedBy", "fileName", "file");
    assertThat(refusal.errors()).allSatisfy(error -> assertThat(error.message()).isNotBlank());
  }

  @Test
  void aKindMustBeACode() {
    assertThat(refusal(() -> validator.check("PROPOSAL", "42", "tờ trình", "a.pdf", TestFiles.pdf(), "u")).errors())
        .extracting(FieldError::field).containsExactly("kind");
    assertThat(validator.check("PROPOSAL", "42", "bien-ban.hop_xet", "a.pdf", TestFiles.pdf(), "u").type())
        .isEqualTo(DocumentType.PDF);
  }
}
