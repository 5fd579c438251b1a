package vn.thidua.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Whether a file that starts as a PDF is one a reader opens: whole, parsed by PDFBox, with at least one page and
 * no password needed to open it. Each problem is said in Vietnamese, to follow "Tệp "x.pdf" ".
 */
final class PdfCheck {

  /** Acrobat requires the end-of-file marker within the file's last 1024 bytes (PDF 1.7, Annex H, note 18). */
  static final int END_MARKER_WINDOW = 1024;
  /** Scratch memory PDFBox may use for the streams it decodes while reading the structure. */
  private static final long SCRATCH_MEMORY = 64L * 1024 * 1024;

  private static final byte[] END_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);
  private static final String NOT_PDF = "không phải tài liệu PDF hợp lệ: ";

  private PdfCheck() {
  }

  /** What is wrong with the PDF, empty when a reader opens it on its first page. */
  static Optional<String> problem(byte[] content) {
    // PDFBox repairs a file cut short from the objects it still finds; a reader would call it damaged
    if (!endsWithEndMarker(content)) {
      return Optional.of(NOT_PDF + "tệp bị cắt cụt hoặc không trọn vẹn, hãy xuất lại tệp PDF");
    }
    try (PDDocument pdf = Loader.loadPDF(content, "", null, null,
        MemoryUsageSetting.setupMainMemoryOnly(SCRATCH_MEMORY).streamCache)) {
      if (pdf.getNumberOfPages() < 1) {
        return Optional.of(NOT_PDF + "tài liệu không có trang nào");
      }
      pdf.getPage(0).getMediaBox();
      return Optional.empty();
    } catch (InvalidPasswordException e) {
      return Optional.of(NOT_PDF + "tài liệu được đặt mật khẩu, người thẩm định không mở được; "
          + "hãy gửi bản không đặt mật khẩu");
    } catch (IOException | RuntimeException e) {
      // PDFBox answers a broken structure with IOException or, deeper in the object tree, a runtime exception
      return Optional.of(NOT_PDF + "tệp bị hỏng, không đọc được nội dung");
    }
  }

  private static boolean endsWithEndMarker(byte[] content) {
    int from = Math.max(0, content.length - END_MARKER_WINDOW);
    for (int position = content.length - END_MARKER.length; position >= from; position--) {
      if (Arrays.equals(content, position, position + END_MARKER.length, END_MARKER, 0,
          END_MARKER.length)) {
        return true;
      }
    }
    return false;
  }
}
