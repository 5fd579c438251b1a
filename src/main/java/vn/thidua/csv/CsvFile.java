package vn.thidua.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an uploaded CSV file (UTF-8, with or without BOM, first line the header) into its data lines,
 * numbered as a person counts them: the header is line 1, a value spanning lines is counted where it
 * starts. Blank lines are skipped; a line with the wrong number of columns is reported, not read.
 * Values come stripped and in Unicode NFC, so that a name typed with combining accents (as some
 * spreadsheets save Vietnamese) equals the same name typed with precomposed letters.
 */
public final class CsvFile {

  /** The data lines that could be read and the problems of the file or of its lines. */
  public record Read(List<CsvLine> lines, List<CsvLineError> errors) {

    public Read {
      lines = List.copyOf(lines);
      errors = List.copyOf(errors);
    }
  }

  private CsvFile() {
  }

  /** Reads the file; {@code columns} must all be in its header (in any order, more columns are ignored). */
  public static Read read(byte[] content, List<String> columns) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content == null ? new byte[0] : content)).toString();
    } catch (CharacterCodingException e) {
      return fileError("Tệp không phải văn bản UTF-8; hãy lưu lại tệp CSV với bảng mã UTF-8");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return fileError("Tệp trống; dòng đầu phải là tiêu đề: " + String.join(",", columns));
    }

    List<CsvLine> lines = new ArrayList<>();
    List<CsvLineError> errors = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(false).setTrim(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> header = parser.getHeaderNames().stream().map(String::strip).toList();
      List<String> missing = columns.stream().filter(column -> !header.contains(column)).toList();
      if (!missing.isEmpty()) {
        return fileError("Dòng tiêu đề thiếu cột " + String.join(", ", missing) + "; tiêu đề đúng là: "
            + String.join(",", columns));
      }
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        long number = parser.getCurrentLineNumber() + 1;
        if (!records.hasNext()) {
          break;
        }
        CSVRecord record = records.next();
        if (record.stream().allMatch(value -> value == null || value.isBlank())) {
          continue;
        }
        if (!record.isConsistent()) {
          errors.add(new CsvLineError(number, null, "Dòng có " + record.size() + " cột, tiêu đề có "
              + header.size() + " cột"));
          continue;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String column : columns) {
          values.put(column, clean(record.get(column)));
        }
        lines.add(new CsvLine(number, values));
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      return fileError("Tệp CSV không đọc được: " + e.getMessage());
    }
    if (lines.isEmpty() && errors.isEmpty()) {
      errors.add(new CsvLineError(2, null, "Tệp không có dòng dữ liệu nào"));
    }
    return new Read(lines, errors);
  }

  private static String clean(String value) {
    return value == null ? "" : Normalizer.normalize(value, Normalizer.Form.NFC).strip();
  }

  private static Read fileError(String message) {
    return new Read(List.of(), List.of(new CsvLineError(1, null, message)));
  }
}
