package vn.thidua.document;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The entry names of a ZIP archive held in memory, read from its central directory only. Nothing is
 * inflated and nothing is written to disk, so a zip bomb costs no more than its own bytes:
 * {@link java.util.zip.ZipInputStream} would inflate every entry it steps over, and {@link ZipFile} needs a file.
 * The record layouts and signatures are those of the ZIP specification (APPNOTE 4.3.12, 4.3.16), as in
 * {@link ZipEntry}'s constants.
 */
final class ZipDirectory {

  /** More entries than any Word document has; a directory claiming more is not read. */
  static final int MAX_ENTRIES = 10_000;

  private static final int LOCAL_HEADER_SIGNATURE = (int) ZipEntry.LOCSIG;
  private static final int CENTRAL_HEADER_SIGNATURE = (int) ZipEntry.CENSIG;
  private static final int END_SIGNATURE = (int) ZipEntry.ENDSIG;
  private static final int END_LENGTH = ZipEntry.ENDHDR;
  private static final int CENTRAL_HEADER_LENGTH = ZipEntry.CENHDR;
  private static final int MAX_COMMENT_LENGTH = 0xFFFF;

  private ZipDirectory() {
  }

  /** Whether the content starts as a ZIP archive does (a local file header, or the end record of an empty one). */
  static boolean looksLikeZip(byte[] content) {
    if (content.length < 4) {
      return false;
    }
    int signature = littleEndian(content).getInt(0);
    return signature == LOCAL_HEADER_SIGNATURE || signature == END_SIGNATURE;
  }

  /**
   * The names of the archive's entries in directory order; empty when the content is not a well-formed,
   * single-disk, non-ZIP64 archive or claims more than {@link #MAX_ENTRIES} entries.
   */
  static Optional<List<String>> entryNames(byte[] content) {
    ByteBuffer zip = littleEndian(content);
    int end = findEndRecord(zip);
    if (end < 0) {
      return Optional.empty();
    }
    int disk = Short.toUnsignedInt(zip.getShort(end + 4));
    int directoryDisk = Short.toUnsignedInt(zip.getShort(end + 6));
    int entriesOnDisk = Short.toUnsignedInt(zip.getShort(end + 8));
    int entries = Short.toUnsignedInt(zip.getShort(end + 10));
    long directorySize = Integer.toUnsignedLong(zip.getInt(end + 12));
    long directoryOffset = Integer.toUnsignedLong(zip.getInt(end + 16));
    if (disk != 0 || directoryDisk != 0 || entriesOnDisk != entries || entries > MAX_ENTRIES
        || directoryOffset + directorySize > end) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>(entries);
    int position = (int) directoryOffset;
    int directoryEnd = (int) (directoryOffset + directorySize);
    for (int i = 0; i < entries; i++) {
      if (position + CENTRAL_HEADER_LENGTH > directoryEnd || zip.getInt(position) != CENTRAL_HEADER_SIGNATURE) {
        return Optional.empty();
      }
      int nameLength = Short.toUnsignedInt(zip.getShort(position + 28));
      int extraLength = Short.toUnsignedInt(zip.getShort(position + 30));
      int commentLength = Short.toUnsignedInt(zip.getShort(position + 32));
      int nameStart = position + CENTRAL_HEADER_LENGTH;
      if (nameStart + nameLength > directoryEnd) {
        return Optional.empty();
      }
      // only ASCII names matter here; UTF-8 decodes them whether or not the entry is flagged as UTF-8
      names.add(new String(content, nameStart, nameLength, StandardCharsets.UTF_8));
      position = nameStart + nameLength + extraLength + commentLength;
    }
    return Optional.of(names);
  }

  /** Where the end-of-central-directory record starts, searched backwards over a possible comment; -1 if none. */
  private static int findEndRecord(ByteBuffer zip) {
    int last = zip.limit() - END_LENGTH;
    int first = Math.max(0, last - MAX_COMMENT_LENGTH);
    for (int position = last; position >= first; position--) {
      if (zip.getInt(position) == END_SIGNATURE) {
        int commentLength = Short.toUnsignedInt(zip.getShort(position + 20));
        if (position + END_LENGTH + commentLength <= zip.limit()) {
          return position;
        }
      }
    }
    return -1;
  }

  private static ByteBuffer littleEndian(byte[] content) {
    return ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
  }
}
