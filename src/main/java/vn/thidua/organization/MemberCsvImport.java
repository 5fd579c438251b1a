package vn.thidua.organization;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Imports members from a UTF-8 CSV file (with or without BOM), all or nothing: every line is checked
 * first, and one invalid line rejects the whole file with the line numbers as a person counts them
 * (the header is line 1).
 */
@Component
class MemberCsvImport {

  static final List<String> COLUMNS =
      List.of("fullName", "position", "unitCode", "partyMember", "username", "email", "roles");

  /** One rejected line; {@code field} is the column at fault when there is one. */
  record LineError(long line, String field, String message) {
  }

  /** What the import did: either members imported or the reasons nothing was. */
  record Outcome(int imported, List<LineError> errors) {
    boolean accepted() {
      return errors.isEmpty();
    }
  }

  private static final Set<String> TRUE_WORDS = Set.of("true", "1", "x", "có", "co", "yes", "y");
  private static final Set<String> FALSE_WORDS = Set.of("false", "0", "không", "khong", "no", "n", "");

  private final MemberService memberService;
  private final UnitRepository units;
  private final MemberRepository members;
  private final Validator validator;

  MemberCsvImport(MemberService memberService, UnitRepository units, MemberRepository members, Validator validator) {
    this.memberService = memberService;
    this.units = units;
    this.members = members;
    this.validator = validator;
  }

  @Transactional
  public Outcome importCsv(byte[] content) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content)).toString();
    } catch (CharacterCodingException e) {
      return rejected(new LineError(1, null, "Tệp không phải văn bản UTF-8; hãy lưu lại tệp CSV với bảng mã UTF-8"));
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return rejected(new LineError(1, null, "Tệp trống; dòng đầu phải là tiêu đề: " + String.join(",", COLUMNS)));
    }

    List<LineError> errors = new ArrayList<>();
    List<MemberRequest> requests = new ArrayList<>();
    Map<String, Long> usernameLines = new HashMap<>();
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(false).setTrim(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      List<String> header = parser.getHeaderNames().stream().map(String::strip).toList();
      List<String> missing = COLUMNS.stream().filter(column -> !header.contains(column)).toList();
      if (!missing.isEmpty()) {
        return rejected(new LineError(1, null, "Dòng tiêu đề thiếu cột " + String.join(", ", missing)
            + "; tiêu đề đúng là: " + String.join(",", COLUMNS)));
      }
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        long line = parser.getCurrentLineNumber() + 1;
        if (!records.hasNext()) {
          break;
        }
        CSVRecord record = records.next();
        if (record.stream().allMatch(value -> value == null || value.isBlank())) {
          continue;
        }
        MemberRequest request = readLine(record, line, errors);
        if (request != null) {
          checkLine(request, line, usernameLines, errors);
          requests.add(request);
        }
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      return rejected(new LineError(1, null, "Tệp CSV không đọc được: " + e.getMessage()));
    }

    if (errors.isEmpty() && requests.isEmpty()) {
      errors.add(new LineError(2, null, "Tệp không có dòng dữ liệu nào"));
    }
    if (!errors.isEmpty()) {
      return new Outcome(0, errors);
    }
    requests.forEach(memberService::create);
    return new Outcome(requests.size(), List.of());
  }

  private MemberRequest readLine(CSVRecord record, long line, List<LineError> errors) {
    if (!record.isConsistent()) {
      errors.add(new LineError(line, null, "Dòng có " + record.size() + " cột, tiêu đề có "
          + record.getParser().getHeaderNames().size() + " cột"));
      return null;
    }
    int before = errors.size();
    Boolean partyMember = parseBoolean(value(record, "partyMember"));
    if (partyMember == null) {
      errors.add(new LineError(line, "partyMember",
          "Cột partyMember phải là true hoặc false (có/không), không phải \"" + value(record, "partyMember") + "\""));
    }
    Set<Role> roles = new LinkedHashSet<>();
    for (String name : value(record, "roles").split(";")) {
      String role = name.strip().toUpperCase(Locale.ROOT);
      if (role.isEmpty()) {
        continue;
      }
      try {
        roles.add(Role.valueOf(role));
      } catch (IllegalArgumentException unknown) {
        errors.add(new LineError(line, "roles", "Vai trò \"" + name.strip() + "\" không hợp lệ; chấp nhận: "
            + Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", "))));
      }
    }
    if (errors.size() > before) {
      return null;
    }
    return new MemberRequest(value(record, "fullName"), value(record, "position"), value(record, "unitCode"),
        partyMember, value(record, "username"), value(record, "email"), roles, null);
  }

  private void checkLine(MemberRequest request, long line, Map<String, Long> usernameLines, List<LineError> errors) {
    for (ConstraintViolation<MemberRequest> violation : validator.validate(request)) {
      errors.add(new LineError(line, violation.getPropertyPath().toString(), violation.getMessage()));
    }
    if (request.unitCode() != null && !units.existsByCodeIgnoreCase(request.unitCode())) {
      errors.add(new LineError(line, "unitCode", "Không tìm thấy đơn vị có mã \"" + request.unitCode() + "\""));
    }
    if (request.username() != null) {
      Long earlier = usernameLines.putIfAbsent(request.username().toLowerCase(Locale.ROOT), line);
      if (earlier != null) {
        errors.add(new LineError(line, "username",
            "Tên đăng nhập \"" + request.username() + "\" trùng với dòng " + earlier));
      } else if (members.existsByUsernameIgnoreCase(request.username())) {
        errors.add(new LineError(line, "username",
            "Tên đăng nhập \"" + request.username() + "\" đã được dùng cho một người khác"));
      }
    }
  }

  private static String value(CSVRecord record, String column) {
    String value = record.get(column);
    return value == null ? "" : value.strip();
  }

  private static Boolean parseBoolean(String value) {
    String word = value.strip().toLowerCase(Locale.ROOT);
    if (TRUE_WORDS.contains(word)) {
      return true;
    }
    return FALSE_WORDS.contains(word) ? false : null;
  }

  private static Outcome rejected(LineError error) {
    return new Outcome(0, List.of(error));
  }
}
