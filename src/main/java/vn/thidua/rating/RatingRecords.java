package vn.thidua.rating;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.catalogue.NomineeKind;
import vn.thidua.organization.OrganizationService;
import vn.thidua.organization.UnitSummary;

/**
 * The quality ratings Ban Tổ chức recorded, as the eligibility rules read them: what a unit or member
 * was rated in a year, never what the unit declares in its proposal.
 */
@Service
@Transactional(readOnly = true)
public class RatingRecords {

  private final RatingRecordRepository ratings;
  private final RatingMapper mapper;
  private final OrganizationService organization;

  RatingRecords(RatingRecordRepository ratings, RatingMapper mapper, OrganizationService organization) {
    this.ratings = ratings;
    this.mapper = mapper;
    this.organization = organization;
  }

  /** The recorded rating of a unit (COLLECTIVE, nomineeId = unit id) or member (INDIVIDUAL, member id) for a year. */
  public Optional<QualityRating> recorded(NomineeKind kind, long nomineeId, int year) {
    return ratings.findByNomineeKindAndNomineeIdAndRatingYear(kind, nomineeId, year).map(RatingRecord::getRating);
  }

  /**
   * Consecutive years rated HTXSNV ending with {@code year} (0 if that year is not HTXSNV or not recorded).
   * A year without a recorded rating breaks the run like a lower rating does: the rules count only what
   * was recorded.
   */
  public int consecutiveExcellentYears(NomineeKind kind, long nomineeId, int year) {
    int run = 0;
    int expected = year;
    for (RatingRecord rating : ratings.findByNomineeKindAndNomineeIdAndRatingYearLessThanEqualOrderByRatingYearDesc(
        kind, nomineeId, year)) {
      if (rating.getRatingYear() != expected || rating.getRating() != QualityRating.HTXSNV) {
        break;
      }
      run++;
      expected--;
    }
    return run;
  }

  /** Every recorded rating of the unit or member, newest first. */
  public List<RatingView> ratingsOf(NomineeKind kind, long nomineeId) {
    List<RatingRecord> found = ratings.findByNomineeKindAndNomineeIdOrderByRatingYearDesc(kind, nomineeId);
    Map<Long, UnitSummary> units = found.stream().map(RatingRecord::getUnitId).distinct()
        .map(organization::findUnit).flatMap(Optional::stream)
        .collect(Collectors.toMap(UnitSummary::id, Function.identity()));
    return found.stream().map(rating -> mapper.toView(rating, units.get(rating.getUnitId()))).toList();
  }
}
