package vn.thidua.registry;

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
import vn.thidua.organization.Nominee;
import vn.thidua.organization.NomineeFinder;
import vn.thidua.organization.NomineeLookup;

/**
 * Imports past awards from the office's records (a CSV file) into the registry, all or nothing: every
 * line is checked with the rules of {@link RewardRegistry#record}, and one bad line rejects the file with
 * every bad line's number and reason. Imported awards belong to no campaign; an award already in the
 * registry (same nominee, form and year) is a bad line, never a second entry.
 */
@Component
class AwardCsvImport {

  static final List<String> COLUMNS = List.of("year", "nomineeKind", "unitCode", "memberId", "memberName",
      "rewardFormCode", "decisionNumber", "decisionDate", "decidedBy", "money");

  private final AwardRepository awards;
  private final AwardChecks checks;
  private final RewardRegistry registry;
  private final NomineeLookup nominees;
  private final Clock clock;

  AwardCsvImport(AwardRepository awards, AwardChecks checks, RewardRegistry registry, NomineeLookup nominees,
      Clock clock) {
    this.awards = awards;
    this.checks = checks;
    this.registry = registry;
    this.nominees = nominees;
    this.clock = clock;
  }

  @Transactional
  public CsvImportOutcome importCsv(byte[] content, String by) {
    CsvFile.Read file = CsvFile.read(content, COLUMNS);
    List<CsvLineError> errors = new ArrayList<>(file.errors());
    List<Award> accepted = new ArrayList<>();
    Map<String, Long> linesByAward = new HashMap<>();
    NomineeFinder finder = nominees.finder();
    Instant now = clock.instant();
    for (CsvLine line : file.lines()) {
      List<CsvLineError> lineErrors = new ArrayList<>();
      NomineeKind kind = line.choice("nomineeKind", NomineeKind.class, NomineeKind::label, lineErrors);
      Long memberId = line.id("memberId", lineErrors);
      NewAward award = new NewAward(kind, null, line.optional("rewardFormCode"), line.integer("year", lineErrors),
          line.optional("decisionNumber"), line.date("decisionDate", lineErrors), line.optional("decidedBy"),
          line.amount("money", lineErrors), AwardSource.IMPORTED, null, null);
      // a value that could not be read is reported once, not again as missing
      Set<String> unreadable = lineErrors.stream().map(CsvLineError::field).collect(Collectors.toSet());
      NomineeFinder.Result nominee = finder.resolve(kind, line.optional("unitCode"), memberId,
          line.optional("memberName"));
      AwardChecks.Checked checked = checks.check(award);
      nominee.errors().stream().filter(error -> !unreadable.contains(error.field()))
          .forEach(error -> lineErrors.add(line.error(error.field(), error.message())));
      checked.errors().stream().filter(error -> !unreadable.contains(error.field()))
          .forEach(error -> lineErrors.add(line.error(error.field(), error.message())));
      if (lineErrors.isEmpty()) {
        Nominee found = nominee.nominee();
        String key = found.kind() + ":" + found.id() + ":" + award.rewardFormCode() + ":" + award.year();
        Long earlier = linesByAward.putIfAbsent(key, line.number());
        if (earlier != null) {
          lineErrors.add(line.error("rewardFormCode", found.name() + " đã có \"" + checked.form().name() + "\" năm "
              + award.year() + " ở dòng " + earlier));
        } else {
          registry.sameAward(found, award).ifPresent(existing -> lineErrors.add(line.error("rewardFormCode",
              RewardRegistry.alreadyRecorded(found.name(), existing, checked.form()))));
        }
        accepted.add(new Award(found, award, checked.form().track(), by, now));
      }
      errors.addAll(lineErrors);
    }
    if (!errors.isEmpty()) {
      return CsvImportOutcome.rejected(errors);
    }
    awards.saveAll(accepted);
    awards.flush();
    return CsvImportOutcome.accepted(accepted.size());
  }
}
