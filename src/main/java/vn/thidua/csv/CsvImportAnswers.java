package vn.thidua.csv;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The HTTP answer to a CSV import, the same for every import of the application: 200 with the count,
 * or 400 with every bad line and nothing imported.
 */
public final class CsvImportAnswers {

  /** The answer to a successful import. */
  public record ImportAccepted(String message, int imported) {
  }

  /** The answer to a rejected import: nothing was imported. */
  public record ImportRejected(String message, List<CsvLineError> errors) {
  }

  static final String REJECTED = "Tệp có dòng không hợp lệ; chưa nhập dòng nào";

  private CsvImportAnswers() {
  }

  /** {@code what} names what was imported after the count, e.g. "xếp loại chất lượng". */
  public static ResponseEntity<Object> answer(CsvImportOutcome outcome, String what) {
    if (outcome.isAccepted()) {
      return ResponseEntity.ok(new ImportAccepted("Đã nhập " + outcome.imported() + " " + what, outcome.imported()));
    }
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(new ImportRejected(REJECTED, outcome.errors()));
  }
}
