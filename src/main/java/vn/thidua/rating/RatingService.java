package vn.thidua.rating;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.catalogue.NomineeKind;
import vn.thidua.organization.NomineeLookup;
import vn.thidua.organization.OrganizationService;
import vn.thidua.organization.UnitSummary;
import vn.thidua.security.UnitAccess;
import vn.thidua.web.ApiException;
import vn.thidua.web.ApiException.FieldError;
import vn.thidua.web.ApiExceptionHandler;

/**
 * Ratings as people list, enter and correct them. The overseeing bodies see every rating; a unit's
 * officers see only those of their unit and its members.
 */
@Service
@Transactional
class RatingService {

  private static final Sort LIST_ORDER = Sort.by(Sort.Order.desc("ratingYear"), Sort.Order.asc("unitId"),
      Sort.Order.asc("nomineeKind"), Sort.Order.asc("nomineeName"), Sort.Order.asc("id"));

  private final RatingRecordRepository ratings;
  private final RatingChecks checks;
  private final RatingMapper mapper;
  private final NomineeLookup nominees;
  private final OrganizationService organization;
  private final UnitAccess access;
  private final Clock clock;

  RatingService(RatingRecordRepository ratings, RatingChecks checks, RatingMapper mapper, NomineeLookup nominees,
      OrganizationService organization, UnitAccess access, Clock clock) {
    this.ratings = ratings;
    this.checks = checks;
    this.mapper = mapper;
    this.nominees = nominees;
    this.organization = organization;
    this.access = access;
    this.clock = clock;
  }

  /** The ratings matching every filter given (each optional) that the signed-in person may see. */
  @Transactional(readOnly = true)
  public List<RatingView> list(Integer year, NomineeKind nomineeKind, String unitCode, Long memberId) {
    Map<Long, UnitSummary> units = unitsById();
    List<Specification<RatingRecord>> filters = new ArrayList<>();
    if (unitCode != null && !unitCode.isBlank()) {
      UnitSummary unit = organization.findUnit(unitCode)
          .orElseThrow(() -> ApiException.badRequest("unitCode", "Không tìm thấy đơn vị có mã \"" + unitCode.strip() + "\""));
      access.checkRead(unit);
      filters.add((root, query, builder) -> builder.equal(root.get("unitId"), unit.id()));
    } else if (!access.oversees()) {
      List<Long> own = units.values().stream().filter(access::isUnit).map(UnitSummary::id).toList();
      if (own.isEmpty()) {
        return List.of();
      }
      filters.add((root, query, builder) -> root.get("unitId").in(own));
    }
    if (year != null) {
      filters.add((root, query, builder) -> builder.equal(root.get("ratingYear"), year));
    }
    if (nomineeKind != null) {
      filters.add((root, query, builder) -> builder.equal(root.get("nomineeKind"), nomineeKind));
    }
    if (memberId != null) {
      filters.add((root, query, builder) -> builder.equal(root.get("memberId"), memberId));
    }
    return ratings.findAll(Specification.allOf(filters), LIST_ORDER).stream()
        .map(rating -> mapper.toView(rating, units.get(rating.getUnitId()))).toList();
  }

  @Transactional(readOnly = true)
  public RatingView get(long id) {
    RatingRecord rating = find(id);
    UnitSummary unit = unit(rating.getUnitId());
    access.checkRead(unit);
    return mapper.toView(rating, unit);
  }

  /** Records a rating; 400 with every invalid field, 409 if the nominee already has one for that year. */
  public RatingView create(RatingRequest request, String by) {
    RatingContent content = valid(request, List.of());
    refuseSecond(content, null);
    RatingRecord rating = new RatingRecord();
    rating.record(content, by, clock.instant());
    ratings.saveAndFlush(rating);
    return mapper.toView(rating, content.nominee().unit());
  }

  /** Corrects a rating as read at {@code request.version()}; 409 if someone saved it since. */
  public RatingView update(long id, RatingRequest request, String by) {
    RatingRecord rating = find(id);
    List<FieldError> versionMissing = request.version() == null
        ? List.of(new FieldError("version",
            "Chưa gửi phiên bản (version) đã đọc – cần có để không ghi đè thay đổi của người khác"))
        : List.of();
    RatingContent content = valid(request, versionMissing);
    if (request.version() != rating.getVersion()) {
      throw new ObjectOptimisticLockingFailureException(RatingRecord.class, id);
    }
    refuseSecond(content, rating.getId());
    rating.record(content, by, clock.instant());
    ratings.flush();
    return mapper.toView(rating, unit(rating.getUnitId()));
  }

  private RatingContent valid(RatingRequest request, List<FieldError> earlier) {
    RatingChecks.Checked checked = checks.check(request, nominees.finder());
    List<FieldError> errors = new ArrayList<>(earlier);
    errors.addAll(checked.errors());
    if (!errors.isEmpty()) {
      throw ApiException.badRequest(ApiExceptionHandler.INVALID_DATA, errors);
    }
    return checked.content();
  }

  /** One rating per nominee and year: a second one would leave the rules to guess which counts. */
  private void refuseSecond(RatingContent content, Long self) {
    ratings.findByNomineeKindAndNomineeIdAndRatingYear(content.nominee().kind(), content.nominee().id(), content.year())
        .filter(existing -> !existing.getId().equals(self))
        .ifPresent(existing -> {
          throw ApiException.conflict(RatingMessages.alreadyRated(content.nominee().name(), existing));
        });
  }

  private RatingRecord find(long id) {
    return ratings.findById(id).orElseThrow(() -> ApiException.notFound("Không tìm thấy xếp loại " + id));
  }

  private UnitSummary unit(long id) {
    return organization.findUnit(id).orElseThrow(() -> ApiException.notFound("Không tìm thấy đơn vị " + id));
  }

  private Map<Long, UnitSummary> unitsById() {
    return organization.allUnits().stream().collect(Collectors.toMap(UnitSummary::id, Function.identity()));
  }
}
