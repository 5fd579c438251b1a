package vn.thidua.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import vn.thidua.web.ApiException;
import vn.thidua.web.ApiException.FieldError;
import vn.thidua.web.ApiExceptionHandler;

/** The rules a file must meet before anything of it is stored, each broken rule reported in Vietnamese. */
@Component
class UploadValidator {

  /** A file that passed: its type as the content shows it and the name it is stored under. */
  record CheckedUpload(DocumentType type, String fileName) {
  }

  static final String ACCEPTED_TYPES = "Chỉ nhận tệp PDF, DOCX, JPEG hoặc PNG";

  private static final Pattern OWNER_TYPE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]+");
  private static final int MAX_OWNER_ID = 64;
  private static final int MAX_KIND = 50;
  private static final int MAX_USER = 100;

  private final DataSize maxSize;
  private final WordPackageCheck wordPackages;

  UploadValidator(DocumentProperties properties) {
    this.maxSize = properties.maxSize();
    this.wordPackages = new WordPackageCheck(properties.maxUnpackedSize());
  }

  /** Throws {@link ApiException} (400) with every problem found; answers the detected type and the safe name. */
  CheckedUpload check(String ownerType, String ownerId, String kind, String fileName, byte[] content,
      String uploadedBy) {
    List<FieldError> errors = new ArrayList<>();
    checkOwner(ownerType, ownerId, errors);
    if (blank(kind)) {
      errors.add(new FieldError("kind", "Chưa chọn loại tài liệu (ví dụ tờ trình, báo cáo thành tích)"));
    } else if (kind.length() > MAX_KIND || !CODE.matcher(kind).matches()) {
      errors.add(new FieldError("kind", "Mã loại tài liệu không hợp lệ: chỉ gồm chữ không dấu, chữ số, "
          + "dấu gạch dưới, gạch ngang hoặc dấu chấm, tối đa " + MAX_KIND + " ký tự"));
    }
    if (blank(uploadedBy) || uploadedBy.length() > MAX_USER) {
      errors.add(new FieldError("uploadedBy", "Không xác định được người tải tệp lên"));
    }
    String safeName = checkFileName(fileName, errors);
    Optional<DocumentType> type = checkContent(content, safeName, errors);
    if (!errors.isEmpty()) {
      throw ApiException.badRequest(ApiExceptionHandler.INVALID_DATA, errors);
    }
    return new CheckedUpload(type.orElseThrow(), FileNames.withExtensionOf(type.orElseThrow(), safeName));
  }

  /** The configured limit as people read it: "10 MB", "512 KB". */
  static String readable(DataSize size) {
    long bytes = size.toBytes();
    if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
      return size.toMegabytes() + " MB";
    }
    if (bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
      return size.toKilobytes() + " KB";
    }
    return bytes + " byte";
  }

  private static void checkOwner(String ownerType, String ownerId, List<FieldError> errors) {
    if (ownerType == null || !OWNER_TYPE.matcher(ownerType).matches()) {
      errors.add(new FieldError("ownerType", "Loại đối tượng giữ tệp không hợp lệ: chữ in hoa không dấu, "
          + "chữ số hoặc dấu gạch dưới, tối đa 40 ký tự (ví dụ PROPOSAL)"));
    }
    if (blank(ownerId) || ownerId.length() > MAX_OWNER_ID || !CODE.matcher(ownerId).matches()) {
      errors.add(new FieldError("ownerId", "Mã đối tượng giữ tệp không hợp lệ: chữ không dấu, chữ số, "
          + "dấu gạch dưới, gạch ngang hoặc dấu chấm, tối đa " + MAX_OWNER_ID + " ký tự"));
    }
  }

  private static String checkFileName(String fileName, List<FieldError> errors) {
    if (blank(fileName)) {
      errors.add(new FieldError("fileName", "Chưa có tên tệp"));
      return "";
    }
    String safeName = FileNames.sanitize(fileName);
    if (safeName.isEmpty()) {
      errors.add(new FieldError("fileName", "Tên tệp không dùng được: cần có chữ hoặc số, không chỉ dấu chấm, "
          + "dấu cách hay đường dẫn thư mục"));
    } else if (FileNames.length(safeName) > FileNames.MAX_LENGTH) {
      errors.add(new FieldError("fileName", "Tên tệp quá dài: tối đa " + FileNames.MAX_LENGTH + " ký tự"));
    }
    return safeName;
  }

  private Optional<DocumentType> checkContent(byte[] content, String safeName, List<FieldError> errors) {
    if (content == null || content.length == 0) {
      errors.add(new FieldError("file", "Tệp rỗng: tệp không có nội dung, hãy chọn lại tệp cần gửi"));
      return Optional.empty();
    }
    if (content.length > maxSize.toBytes()) {
      errors.add(new FieldError("file", "Tệp vượt quá dung lượng cho phép " + readable(maxSize)));
      return Optional.empty();
    }
    Optional<DocumentType> type = DocumentTypeDetector.detect(content);
    if (type.isEmpty()) {
      errors.add(new FieldError("file", wrongTypeMessage(content, safeName)));
      return type;
    }
    Optional<String> problem = contentProblem(type.get(), content);
    if (problem.isPresent()) {
      errors.add(new FieldError("file", capitalized(fileNamed(safeName)) + " " + problem.get()));
      return Optional.empty();
    }
    return type;
  }

  /** A file of the detected type must also open as one: a signature alone is a claim, like a name. */
  private Optional<String> contentProblem(DocumentType type, byte[] content) {
    if (DocumentTypeDetector.hasHtmlMarkers(content)) {
      return Optional.of("không phải tệp " + type.label() + " hợp lệ: phần đầu tệp chứa mã trang web (HTML)");
    }
    return switch (type) {
      case PDF -> PdfCheck.problem(content);
      case DOCX -> wordPackages.problem(content);
      case JPEG, PNG -> ImageCheck.problem(type, content);
    };
  }

  private static String fileNamed(String safeName) {
    return safeName.isEmpty() || FileNames.length(safeName) > FileNames.MAX_LENGTH
        ? "tệp gửi lên" : "tệp \"" + safeName + "\"";
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String wrongTypeMessage(byte[] content, String safeName) {
    String file = fileNamed(safeName);
    DocumentType claimed = DocumentType.claimedBy(safeName);
    String notWhat = claimed != null ? "tệp " + claimed.label() + " thật" : "một trong các loại này";
    return ACCEPTED_TYPES + "; " + file + " không phải " + notWhat
        + DocumentTypeDetector.describeRefused(content).map(what -> " mà là " + what).orElse("");
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
