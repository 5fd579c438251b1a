package vn.thidua.document;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How controllers answer a download of a stored file. */
public final class DocumentResponses {

  private static final String RFC_5987_ATTR_CHARS = "!#$&+-.^_`|~";

  private DocumentResponses() {
  }

  /**
   * 200 with the bytes as an attachment under the stored name: {@code filename*} in UTF-8 (RFC 6266, 5987) keeps
   * the Vietnamese name, {@code filename} gives older clients the name without diacritics. The content type is
   * the detected one, and {@code nosniff} stops a browser from guessing another.
   */
  public static ResponseEntity<byte[]> download(DocumentContent content) {
    StoredDocument document = content.document();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.contentType()))
        .contentLength(content.bytes().length)
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(document.fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .body(content.bytes());
  }

  /** {@code attachment; filename="To trinh.pdf"; filename*=UTF-8''T%E1%BB%9D%20tr%C3%ACnh.pdf} */
  static String attachment(String fileName) {
    return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + rfc5987(fileName);
  }

  /** The name without diacritics ("Tờ trình" becomes "To trinh"); other non-ASCII characters and quotes become "_". */
  static String asciiFallback(String fileName) {
    String withoutMarks = Normalizer.normalize(fileName.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
    StringBuilder ascii = new StringBuilder(withoutMarks.length());
    withoutMarks.codePoints().forEach(codePoint -> ascii.append(
        codePoint >= 0x20 && codePoint < 0x7F && codePoint != '"' && codePoint != '\\' && codePoint != '%'
            ? (char) codePoint : '_'));
    return ascii.toString();
  }

  /** Percent-encoded UTF-8, leaving only RFC 5987's attr-chars as they are. */
  static String rfc5987(String fileName) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || RFC_5987_ATTR_CHARS.indexOf(c) >= 0) {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return encoded.toString();
  }
}
