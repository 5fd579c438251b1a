package vn.thidua.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells what a file is from its bytes alone: the name and the content type a browser sends are whatever the
 * sender says. Recognises PDF, DOCX, JPEG and PNG by their signatures (whether such a file is whole and safe
 * to open is for {@link PdfCheck}, {@link WordPackageCheck} and {@link ImageCheck} to say); for anything else it
 * can say in Vietnamese what the file seems to be, so the person understands the refusal.
 */
final class DocumentTypeDetector {

  private static final byte[] PDF = ascii("%PDF-");
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] WINDOWS_PROGRAM = ascii("MZ");
  private static final byte[] ELF_PROGRAM = {0x7F, 'E', 'L', 'F'};
  private static final byte[] SCRIPT = ascii("#!");
  private static final byte[] OLD_OFFICE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
      (byte) 0xE1};
  private static final byte[] RAR = ascii("Rar!");
  private static final byte[] SEVEN_ZIP = {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C};
  private static final byte[] GIF = ascii("GIF8");

  /** The parts every Word document has (ECMA-376 Part 2: the content types stream and the main document). */
  static final String CONTENT_TYPES_PART = "[Content_Types].xml";
  static final String WORD_DOCUMENT_PART = "word/document.xml";

  private static final int TEXT_SAMPLE = 4096;
  /** How far into a file browsers have looked for HTML when they guess a type (Internet Explorer's 1 KB). */
  static final int HTML_SNIFF_WINDOW = 1024;
  private static final List<String> HTML_MARKERS =
      List.of("<!doctype html", "<html", "<head", "<body", "<script", "<iframe");

  private DocumentTypeDetector() {
  }

  /** The accepted type the content is, if it is one. */
  static Optional<DocumentType> detect(byte[] content) {
    if (startsWith(content, PDF)) {
      return Optional.of(DocumentType.PDF);
    }
    if (startsWith(content, PNG)) {
      return Optional.of(DocumentType.PNG);
    }
    if (startsWith(content, JPEG)) {
      return Optional.of(DocumentType.JPEG);
    }
    if (isWordDocument(content)) {
      return Optional.of(DocumentType.DOCX);
    }
    return Optional.empty();
  }

  /**
   * What a refused file seems to be, in Vietnamese, to follow "không phải ... mà là"; empty when it is
   * nothing recognisable.
   */
  static Optional<String> describeRefused(byte[] content) {
    if (startsWith(content, WINDOWS_PROGRAM) || startsWith(content, ELF_PROGRAM)) {
      return Optional.of("tệp chương trình chạy được");
    }
    if (startsWith(content, SCRIPT)) {
      return Optional.of("tệp lệnh (script)");
    }
    if (startsWith(content, OLD_OFFICE)) {
      return Optional.of("tài liệu Office định dạng cũ (DOC, XLS, PPT); hãy lưu lại thành DOCX hoặc PDF");
    }
    if (ZipDirectory.looksLikeZip(content)) {
      return Optional.of(ZipDirectory.entryNames(content)
          .filter(names -> contains(names, CONTENT_TYPES_PART))
          .map(names -> "tài liệu Office không phải văn bản Word (ví dụ bảng tính XLSX, trình chiếu PPTX)")
          .orElse("tệp nén ZIP"));
    }
    if (startsWith(content, RAR) || startsWith(content, SEVEN_ZIP)) {
      return Optional.of("tệp nén");
    }
    if (startsWith(content, GIF)) {
      return Optional.of("ảnh GIF");
    }
    if (isPlainText(content)) {
      return Optional.of("tệp văn bản thuần");
    }
    return Optional.empty();
  }

  /**
   * Whether the start of the file holds HTML a browser could take it for: a PDF/HTML polyglot is then a web page
   * with scripts on this application's origin, should it ever be shown rather than downloaded.
   */
  static boolean hasHtmlMarkers(byte[] content) {
    String start = new String(content, 0, Math.min(content.length, HTML_SNIFF_WINDOW), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    return HTML_MARKERS.stream().anyMatch(start::contains);
  }

  /** A DOCX is a ZIP archive (OPC package) whose directory names both parts a Word document needs. */
  private static boolean isWordDocument(byte[] content) {
    if (!startsWith(content, new byte[] {'P', 'K', 3, 4})) {
      return false;
    }
    return ZipDirectory.entryNames(content)
        .filter(names -> contains(names, CONTENT_TYPES_PART) && contains(names, WORD_DOCUMENT_PART))
        .isPresent();
  }

  /** Part names in a package compare case-insensitively (ECMA-376 Part 2, 6.2.2.3). */
  private static boolean contains(List<String> names, String part) {
    return names.stream().anyMatch(part::equalsIgnoreCase);
  }

  /** UTF-8 (or ASCII) without control characters other than line breaks, tabs and form feeds, judged on the start. */
  private static boolean isPlainText(byte[] content) {
    ByteBuffer sample = ByteBuffer.wrap(content, 0, Math.min(content.length, TEXT_SAMPLE));
    CharBuffer text = CharBuffer.allocate(TEXT_SAMPLE);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    // not the end of input: a character cut by the sample's end is not an error
    CoderResult result = decoder.decode(sample, text, false);
    if (result.isError()) {
      return false;
    }
    text.flip();
    return text.chars().allMatch(c -> !Character.isISOControl(c) || c == '\n' || c == '\r' || c == '\t' || c == '\f');
  }

  private static boolean startsWith(byte[] content, byte[] signature) {
    return content.length >= signature.length
        && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}
