package vn.thidua.csv;

import java.util.List;

/** What an all-or-nothing import did: either {@code imported} lines stored, or the reasons none was. */
public record CsvImportOutcome(int imported, List<CsvLineError> errors) {

  public CsvImportOutcome {
    errors = List.copyOf(errors);
  }

  public static CsvImportOutcome accepted(int imported) {
    return new CsvImportOutcome(imported, List.of());
  }

  public static CsvImportOutcome rejected(List<CsvLineError> errors) {
    return new CsvImportOutcome(0, errors);
  }

  public boolean isAccepted() {
    return errors.isEmpty();
  }
}
