package vn.thidua.rating;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.catalogue.NomineeKind;
import vn.thidua.csv.CsvFile;
import vn.thidua.csv.CsvImportOutcome;
import vn.thidua.csv.CsvLine;
import vn.thidua.csv.CsvLineError;
import vn.thidua.organization.NomineeFinder;
import vn.thidua.organization.NomineeLookup;

/**
 * Imports ratings from a CSV file, all or nothing: every line is checked with the rules of the API, and
 * one bad line rejects the file with every bad line's number and reason. A line for a nominee and year
 * already rated is a bad line: an import never overwrites what was recorded.
 */
@Component
class RatingCsvImport {

  static final List<String> COLUMNS =
      List.of("year", "nomineeKind", "unitCode", "memberId", "memberName", "rating", "score", "note");

  private final RatingRecordRepository ratings;
  private final RatingChecks checks;
  private final NomineeLookup nominees;
  private final Clock clock;

  RatingCsvImport(RatingRecordRepository ratings, RatingChecks checks, NomineeLookup nominees, Clock clock) {
    this.ratings = ratings;
    this.checks = checks;
    this.nominees = nominees;
    this.clock = clock;
  }

  @Transactional
  public CsvImportOutcome importCsv(byte[] content, String by) {
    CsvFile.Read file = CsvFile.read(content, COLUMNS);
    List<CsvLineError> errors = new ArrayList<>(file.errors());
    List<RatingContent> accepted = new ArrayList<>();
    Map<String, Long> linesByNomineeYear = new HashMap<>();
    NomineeFinder finder = nominees.finder();
    for (CsvLine line : file.lines()) {
      List<CsvLineError> lineErrors = new ArrayList<>();
      RatingRequest request = new RatingRequest(
          line.integer("year", lineErrors),
          line.choice("nomineeKind", NomineeKind.class, NomineeKind::label, lineErrors),
          line.optional("unitCode"),
          line.id("memberId", lineErrors),
          line.optional("memberName"),
          line.choice("rating", QualityRating.class, QualityRating::label, lineErrors),
          line.decimal("score", lineErrors),
          line.optional("note"),
          null);
      // a value that could not be read is reported once, not again as missing
      Set<String> unreadable = lineErrors.stream().map(CsvLineError::field).collect(Collectors.toSet());
      RatingChecks.Checked checked = checks.check(request, finder);
      checked.errors().stream().filter(error -> !unreadable.contains(error.field()))
          .forEach(error -> lineErrors.add(line.error(error.field(), error.message())));
      if (lineErrors.isEmpty()) {
        RatingContent rating = checked.content();
        String key = rating.nominee().kind() + ":" + rating.nominee().id() + ":" + rating.year();
        Long earlier = linesByNomineeYear.putIfAbsent(key, line.number());
        if (earlier != null) {
          lineErrors.add(line.error("year", rating.nominee().name() + " đã có xếp loại năm " + rating.year()
              + " ở dòng " + earlier));
        } else {
          ratings.findByNomineeKindAndNomineeIdAndRatingYear(rating.nominee().kind(), rating.nominee().id(),
              rating.year()).ifPresent(existing -> lineErrors.add(line.error("year",
                  RatingMessages.alreadyRated(rating.nominee().name(), existing))));
        }
        accepted.add(rating);
      }
      errors.addAll(lineErrors);
    }
    if (!errors.isEmpty()) {
      return CsvImportOutcome.rejected(errors);
    }
    Instant now = clock.instant();
    ratings.saveAll(accepted.stream().map(rating -> {
      RatingRecord entry = new RatingRecord();
      entry.record(rating, by, now);
      return entry;
    }).toList());
    ratings.flush();
    return CsvImportOutcome.accepted(accepted.size());
  }
}
