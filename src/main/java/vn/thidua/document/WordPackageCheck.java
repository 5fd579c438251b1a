package vn.thidua.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.springframework.util.unit.DataSize;

/**
 * Whether a ZIP archive that names Word's parts is a Word document that can be opened safely: an OPC package
 * (ECMA-376 Part 2) whose package relationships name a main document part of WordprocessingML's content type,
 * within limits on its entries and on what it inflates to. Entries are inflated as a stream and the bytes that
 * actually come out are counted, never the sizes the headers claim, so a zip bomb is stopped at the limit rather
 * than inflated whole. Each problem is said in Vietnamese, to follow "Tệp "x.docx" ".
 */
final class WordPackageCheck {

  /** Far more parts than a Word document has (a long report with pictures has a few dozen). */
  static final int MAX_ENTRIES = 1_000;
  /** Inflated size to compressed size above which an entry is a bomb, as Apache POI's ZipSecureFile judges it. */
  static final int MAX_RATIO = 100;
  /** Entries up to this inflated size may compress better than {@link #MAX_RATIO} (POI's grace size as well). */
  static final long RATIO_GRACE = 100 * 1024;

  static final String CONTENT_TYPES_PART = "[Content_Types].xml";
  static final String PACKAGE_RELATIONSHIPS_PART = "_rels/.rels";
  static final String WORD_MAIN_CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
  /** The main part's relationship, in the transitional and the strict namespace of ECMA-376. */
  private static final Set<String> OFFICE_DOCUMENT_RELATIONSHIPS = Set.of(
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
      "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument");
  /** The two description parts are read into memory; real ones are a few kilobytes. */
  private static final int MAX_DESCRIPTION_SIZE = 1024 * 1024;
  private static final Pattern DRIVE_LETTER = Pattern.compile("^[A-Za-z]:.*");

  private static final String NOT_WORD = "không phải tài liệu Word (DOCX) hợp lệ: ";
  private static final String TOO_LARGE = "vượt quá giới hạn giải nén: ";

  private final DataSize maxUnpackedSize;

  WordPackageCheck(DataSize maxUnpackedSize) {
    this.maxUnpackedSize = maxUnpackedSize;
  }

  /** What is wrong with the package, empty when it is a Word document within the limits. */
  Optional<String> problem(byte[] content) {
    Entries entries = new Entries();
    try {
      Optional<String> problem = read(content, entries);
      if (problem.isPresent()) {
        return problem;
      }
    } catch (IOException | IllegalArgumentException e) {
      // ZipException for damaged data or encrypted entries, IllegalArgumentException for malformed names
      return Optional.of(NOT_WORD + "tệp nén bị hỏng hoặc được mã hóa");
    }
    // Word reads the central directory, this check reads the entries: both must tell the same package
    if (!ZipDirectory.entryNames(content).filter(entries.names::equals).isPresent()) {
      return Optional.of(NOT_WORD + "mục lục của tệp nén không khớp với các phần bên trong");
    }
    return structureProblem(entries).map(NOT_WORD::concat);
  }

  private Optional<String> read(byte[] content, Entries entries) throws IOException {
    CountingInputStream compressed = new CountingInputStream(new ByteArrayInputStream(content));
    long unpacked = 0;
    byte[] buffer = new byte[8192];
    try (ZipInputStream zip = new ZipInputStream(compressed)) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        String name = entry.getName();
        if (entries.names.size() == MAX_ENTRIES) {
          return Optional.of(TOO_LARGE + "có hơn " + MAX_ENTRIES + " phần bên trong");
        }
        if (escapesThePackage(name)) {
          return Optional.of(NOT_WORD + "có phần mang đường dẫn ra ngoài tài liệu (\"..\" hoặc đường dẫn tuyệt đối)");
        }
        if (!entries.lowerCaseNames.add(name.toLowerCase(Locale.ROOT))) {
          return Optional.of(NOT_WORD + "có hai phần trùng tên");
        }
        entries.names.add(name);
        ByteArrayOutputStream kept = isDescription(name) ? new ByteArrayOutputStream() : null;
        long compressedStart = compressed.count;
        long inflated = 0;
        int read;
        while ((read = zip.read(buffer)) > 0) {
          inflated += read;
          unpacked += read;
          if (unpacked > maxUnpackedSize.toBytes()) {
            return Optional.of(TOO_LARGE + "nội dung giải nén lớn hơn " + UploadValidator.readable(maxUnpackedSize));
          }
          long compressedSoFar = Math.max(1, compressed.count - compressedStart);
          if (inflated > RATIO_GRACE && inflated > MAX_RATIO * compressedSoFar) {
            return Optional.of(TOO_LARGE + "có phần giải nén ra lớn gấp hơn " + MAX_RATIO
                + " lần khi nén, dấu hiệu của tệp nén độc hại (zip bomb)");
          }
          if (kept != null) {
            if (kept.size() + read > MAX_DESCRIPTION_SIZE) {
              return Optional.of(NOT_WORD + "phần mô tả cấu trúc của gói lớn bất thường");
            }
            kept.write(buffer, 0, read);
          }
        }
        if (kept != null) {
          entries.descriptions.put(CONTENT_TYPES_PART.equalsIgnoreCase(name) ? CONTENT_TYPES_PART
              : PACKAGE_RELATIONSHIPS_PART, kept.toByteArray());
        }
      }
    }
    if (entries.names.isEmpty()) {
      return Optional.of(NOT_WORD + "tệp nén không đọc được phần nào");
    }
    return Optional.empty();
  }

  /** The content types part, the package relationships and the main part they lead to. */
  private static Optional<String> structureProblem(Entries entries) {
    byte[] contentTypes = entries.descriptions.get(CONTENT_TYPES_PART);
    if (contentTypes == null) {
      return Optional.of("thiếu phần " + CONTENT_TYPES_PART + " (bảng kiểu nội dung)");
    }
    byte[] relationships = entries.descriptions.get(PACKAGE_RELATIONSHIPS_PART);
    if (relationships == null) {
      return Optional.of("thiếu phần " + PACKAGE_RELATIONSHIPS_PART + " (quan hệ của gói)");
    }
    try {
      Optional<String> mainPart = mainPartName(relationships);
      if (mainPart.isEmpty()) {
        return Optional.of("không khai báo phần văn bản chính");
      }
      String partName = mainPart.get();
      if (!entries.lowerCaseNames.contains(partName.substring(1).toLowerCase(Locale.ROOT))) {
        return Optional.of("thiếu phần văn bản chính");
      }
      if (!WORD_MAIN_CONTENT_TYPE.equals(contentTypeOf(partName, contentTypes))) {
        return Optional.of("phần văn bản chính không phải nội dung Word "
            + "(có thể là bảng tính, trình chiếu hoặc văn bản có macro được đổi tên)");
      }
    } catch (XMLStreamException e) {
      return Optional.of("phần mô tả của gói không phải XML đọc được");
    }
    return Optional.empty();
  }

  /** The part name ("/word/document.xml") the officeDocument relationship targets, if there is one inside. */
  private static Optional<String> mainPartName(byte[] relationships) throws XMLStreamException {
    XMLStreamReader xml = xmlReader(relationships);
    try {
      while (nextElement(xml)) {
        if ("Relationship".equals(xml.getLocalName())
            && OFFICE_DOCUMENT_RELATIONSHIPS.contains(xml.getAttributeValue(null, "Type"))
            && !"External".equals(xml.getAttributeValue(null, "TargetMode"))) {
          String target = xml.getAttributeValue(null, "Target");
          if (target == null || target.isBlank() || escapesThePackage(target.replaceFirst("^/", ""))) {
            return Optional.empty();
          }
          // package relationships' targets are relative to the package root (ECMA-376 Part 2, 9.3)
          return Optional.of("/" + target.replaceFirst("^/", ""));
        }
      }
      return Optional.empty();
    } finally {
      xml.close();
    }
  }

  /** The content type the package declares for a part: its Override, else the Default of its extension. */
  private static String contentTypeOf(String partName, byte[] contentTypes) throws XMLStreamException {
    String extension = partName.substring(partName.lastIndexOf('.') + 1);
    String byDefault = null;
    XMLStreamReader xml = xmlReader(contentTypes);
    try {
      while (nextElement(xml)) {
        if ("Override".equals(xml.getLocalName())
            && partName.equalsIgnoreCase(xml.getAttributeValue(null, "PartName"))) {
          return xml.getAttributeValue(null, "ContentType");
        }
        if ("Default".equals(xml.getLocalName())
            && extension.equalsIgnoreCase(xml.getAttributeValue(null, "Extension"))) {
          byDefault = xml.getAttributeValue(null, "ContentType");
        }
      }
      return byDefault;
    } finally {
      xml.close();
    }
  }

  /** Moves to the next start element; a document type declaration is refused, as OPC forbids it (Part 2, 8.1.4). */
  private static boolean nextElement(XMLStreamReader xml) throws XMLStreamException {
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.DTD) {
        throw new XMLStreamException("DTD in a package part");
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
    }
    return false;
  }

  private static XMLStreamReader xmlReader(byte[] part) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory.createXMLStreamReader(new ByteArrayInputStream(part));
  }

  private static boolean isDescription(String name) {
    // part names compare case-insensitively (ECMA-376 Part 2, 6.2.2.3)
    return CONTENT_TYPES_PART.equalsIgnoreCase(name) || PACKAGE_RELATIONSHIPS_PART.equalsIgnoreCase(name);
  }

  /** An absolute path or a ".." step: unpacked naively, the entry would land outside its folder. */
  static boolean escapesThePackage(String name) {
    if (name.startsWith("/") || name.startsWith("\\") || DRIVE_LETTER.matcher(name).matches()) {
      return true;
    }
    for (String step : name.split("[/\\\\]")) {
      if (step.equals("..")) {
        return true;
      }
    }
    return false;
  }

  /** What has been read of the package so far. */
  private static final class Entries {
    final List<String> names = new ArrayList<>();
    final Set<String> lowerCaseNames = new HashSet<>();
    final Map<String, byte[]> descriptions = new HashMap<>();
  }

  /** The compressed bytes the inflater has taken so far (at most one buffer ahead of what it has inflated). */
  private static final class CountingInputStream extends FilterInputStream {
    long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int read = super.read(buffer, offset, length);
      if (read > 0) {
        count += read;
      }
      return read;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }
  }
}
