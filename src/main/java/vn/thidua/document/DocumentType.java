package vn.thidua.document;

import java.util.List;
import java.util.Locale;

/** The kinds of file a dossier accepts, each recognised by its content and stored with this content type. */
public enum DocumentType {

  PDF("PDF", "application/pdf", List.of("pdf")),
  DOCX("DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
  JPEG("JPEG", "image/jpeg", List.of("jpg", "jpeg")),
  PNG("PNG", "image/png", List.of("png"));

  private final String label;
  private final String contentType;
  private final List<String> extensions;

  DocumentType(String label, String contentType, List<String> extensions) {
    this.label = label;
    this.contentType = contentType;
    this.extensions = extensions;
  }

  /** The name people know the type by, as in "Chỉ nhận tệp PDF, DOCX, JPEG hoặc PNG". */
  public String label() {
    return label;
  }

  public String contentType() {
    return contentType;
  }

  /** The usual file name extension, added when a file's name does not end with one of this type's. */
  public String extension() {
    return extensions.get(0);
  }

  public boolean hasExtension(String extension) {
    return extension != null && extensions.contains(extension.toLowerCase(Locale.ROOT));
  }

  /** The type whose extension the file name carries, if any: what the person believes the file to be. */
  static DocumentType claimedBy(String fileName) {
    String extension = FileNames.extension(fileName);
    for (DocumentType type : values()) {
      if (type.hasExtension(extension)) {
        return type;
      }
    }
    return null;
  }
}
