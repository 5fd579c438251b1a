package vn.thidua.document;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Real, minimal files of each kind a dossier may or may not contain, built in memory; other features' tests
 * upload them too.
 */
public final class TestFiles {

  private TestFiles() {
  }

  /** A one-page A4 PDF with a correct cross-reference table. */
  public static byte[] pdf() {
    return pdfWithStream(new byte[0]);
  }

  /** A one-page PDF as PDFBox writes it, its title the given text: files that differ by their text. */
  public static byte[] pdf(String text) {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage(PDRectangle.A4));
      document.getDocumentInformation().setTitle(text);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      document.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A one-page PDF of exactly {@code size} bytes, the rest being a stream of random (incompressible) bytes: a
   * large scan as a reader sees it, whole up to its end-of-file marker.
   */
  public static byte[] pdfOfSize(int size, long seed) {
    int streamLength = size - pdfWithStream(new byte[0]).length;
    // the cross-reference offset written near the end grows by a digit or so with the stream
    for (int attempt = 0; attempt < 5; attempt++) {
      byte[] random = new byte[Math.max(0, streamLength)];
      new Random(seed).nextBytes(random);
      byte[] pdf = pdfWithStream(random);
      if (pdf.length == size) {
        return pdf;
      }
      streamLength -= pdf.length - size;
    }
    throw new IllegalArgumentException("No PDF of exactly " + size + " bytes");
  }

  private static byte[] pdfWithStream(byte[] streamData) {
    String[] objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"};
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    pdf.writeBytes(ascii("%PDF-1.4\n"));
    int count = objects.length + (streamData.length > 0 ? 1 : 0);
    int[] offsets = new int[count];
    for (int i = 0; i < objects.length; i++) {
      offsets[i] = pdf.size();
      pdf.writeBytes(ascii((i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n"));
    }
    if (streamData.length > 0) {
      offsets[count - 1] = pdf.size();
      pdf.writeBytes(ascii(count + " 0 obj\n<< /Length " + streamData.length + " >>\nstream\n"));
      pdf.writeBytes(streamData);
      pdf.writeBytes(ascii("\nendstream\nendobj\n"));
    }
    int xref = pdf.size();
    StringBuilder tail = new StringBuilder("xref\n0 ").append(count + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      tail.append(String.format("%010d 00000 n \n", offset));
    }
    tail.append("trailer\n<< /Size ").append(count + 1).append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref).append("\n%%EOF\n");
    pdf.writeBytes(ascii(tail.toString()));
    return pdf.toByteArray();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  public static byte[] png() {
    return image("png");
  }

  public static byte[] jpeg() {
    return image("jpg");
  }

  /** A Word document as Word needs it at least: content types, package relationships, the main document. */
  public static byte[] docx() {
    return zip(wordParts());
  }

  /** A Word document carrying a picture of random (incompressible) bytes: about {@code imageSize} bytes long. */
  static byte[] docxWithPicture(int imageSize, long seed) {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    wordParts().forEach((name, text) -> parts.put(name, text.getBytes(StandardCharsets.UTF_8)));
    byte[] picture = new byte[imageSize];
    new Random(seed).nextBytes(picture);
    parts.put("word/media/image1.png", picture);
    return zipOf(parts);
  }

  static Map<String, String> wordParts() {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
          <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
          <Default Extension="xml" ContentType="application/xml"/>
          <Override PartName="/word/document.xml"
            ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
        </Types>""");
    parts.put("_rels/.rels", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
          <Relationship Id="rId1" Target="word/document.xml"
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
        </Relationships>""");
    parts.put("word/document.xml", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
          <w:body><w:p><w:r><w:t>Tờ trình đề nghị khen thưởng</w:t></w:r></w:p></w:body>
        </w:document>""");
    return parts;
  }

  /**
   * A zip bomb shaped as a Word document: its parts are real but the main document inflates to
   * {@code unpackedSize} zeros, which deflate about a thousand to one.
   */
  public static byte[] docxBomb(long unpackedSize) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> part : wordParts().entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        if (part.getKey().equals("word/document.xml")) {
          byte[] zeros = new byte[64 * 1024];
          for (long written = 0; written < unpackedSize; written += zeros.length) {
            zip.write(zeros, 0, (int) Math.min(zeros.length, unpackedSize - written));
          }
        } else {
          zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
        }
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A ZIP archive of the given entries, as {@link ZipOutputStream} writes it. */
  static byte[] zip(Map<String, String> entries) {
    Map<String, byte[]> binary = new LinkedHashMap<>();
    entries.forEach((name, text) -> binary.put(name, text.getBytes(StandardCharsets.UTF_8)));
    return zipOf(binary);
  }

  private static byte[] zipOf(Map<String, byte[]> entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(entry.getKey()));
        zip.write(entry.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The start of a Linux program (ELF header of x86-64), padded. */
  static byte[] elfProgram() {
    byte[] elf = new byte[256];
    byte[] header = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};
    System.arraycopy(header, 0, elf, 0, header.length);
    return elf;
  }

  /** The start of a Windows program: "MZ" and the DOS stub's message. */
  static byte[] windowsProgram() {
    byte[] exe = new byte[256];
    exe[0] = 'M';
    exe[1] = 'Z';
    byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(stub, 0, exe, 0x4E, stub.length);
    return exe;
  }

  static byte[] text(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The given file followed by random bytes up to exactly {@code size} bytes: still that file by its start. */
  static byte[] paddedTo(byte[] file, int size, long seed) {
    byte[] padded = Arrays.copyOf(file, size);
    byte[] filler = new byte[size - file.length];
    new Random(seed).nextBytes(filler);
    System.arraycopy(filler, 0, padded, file.length, filler.length);
    return padded;
  }

  private static byte[] image(String format) {
    BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, Color.RED.getRGB());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, bytes)) {
        throw new IllegalStateException("No ImageIO writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
