package vn.thidua.registry;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.catalogue.NomineeKind;
import vn.thidua.catalogue.RewardCatalogue;
import vn.thidua.catalogue.RewardFormView;
import vn.thidua.organization.Nominee;
import vn.thidua.organization.NomineeLookup;
import vn.thidua.organization.OrganizationService;
import vn.thidua.organization.UnitSummary;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.UnitAccess;
import vn.thidua.web.ApiException;
import vn.thidua.web.ApiException.FieldError;
import vn.thidua.web.ApiExceptionHandler;

/**
 * The reward registry (sổ khen thưởng): every form a unit or member received, the history later
 * eligibility reads. It starts with past awards imported from the office's records; issued decisions
 * add theirs through {@link #record}.
 */
@Service
@Transactional
public class RewardRegistry {

  static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private static final Sort LIST_ORDER = Sort.by(Sort.Order.desc("awardYear"), Sort.Order.desc("decisionDate"),
      Sort.Order.desc("id"));
  private static final Comparator<AwardView> VIEW_ORDER = Comparator.comparingInt(AwardView::year).reversed()
      .thenComparing(AwardView::decisionDate, Comparator.reverseOrder())
      .thenComparing(AwardView::id, Comparator.reverseOrder());

  private final AwardRepository awards;
  private final AwardChecks checks;
  private final AwardMapper mapper;
  private final NomineeLookup nominees;
  private final OrganizationService organization;
  private final RewardCatalogue catalogue;
  private final UnitAccess access;
  private final CurrentUser currentUser;
  private final Clock clock;

  RewardRegistry(AwardRepository awards, AwardChecks checks, AwardMapper mapper, NomineeLookup nominees,
      OrganizationService organization, RewardCatalogue catalogue, UnitAccess access, CurrentUser currentUser,
      Clock clock) {
    this.awards = awards;
    this.checks = checks;
    this.mapper = mapper;
    this.nominees = nominees;
    this.organization = organization;
    this.catalogue = catalogue;
    this.access = access;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** Every award of the unit (COLLECTIVE) or member (INDIVIDUAL), newest first, revoked ones included. */
  @Transactional(readOnly = true)
  public List<AwardView> awardsOf(NomineeKind kind, long nomineeId) {
    return views(awards.findByNomineeKindAndNomineeIdOrderByAwardYearDescDecisionDateDescIdDesc(kind, nomineeId));
  }

  /**
   * The awards the unit (COLLECTIVE) or member (INDIVIDUAL) still holds, newest first: a revoked award no
   * longer counts for what later rules ask of a nominee's record.
   */
  @Transactional(readOnly = true)
  public List<AwardView> currentAwardsOf(NomineeKind kind, long nomineeId) {
    return views(awards.findByNomineeKindAndNomineeIdAndRevokedAtIsNullOrderByAwardYearDescDecisionDateDescIdDesc(kind,
        nomineeId));
  }

  /** The awards matching every part of the filter given, newest first; 400 for an unknown unit or form. */
  @Transactional(readOnly = true)
  public List<AwardView> search(AwardFilter filter) {
    return views(awards.findAll(specification(filter), LIST_ORDER));
  }

  /**
   * Enters an award: 400 with every invalid field; 409 if the registry already holds it – the same
   * nominee and form from the same campaign and phase, or, for an award outside a campaign, the same
   * nominee and form in the same year.
   */
  public AwardView record(NewAward award) {
    List<FieldError> errors = new ArrayList<>();
    Optional<Nominee> nominee = award.nomineeKind() == null || award.nomineeId() == null ? Optional.empty()
        : nominees.find(award.nomineeKind(), award.nomineeId());
    if (award.nomineeKind() == null) {
      errors.add(new FieldError("nomineeKind", "Chưa chọn đối tượng: COLLECTIVE (tập thể) hoặc INDIVIDUAL (cá nhân)"));
    } else if (nominee.isEmpty()) {
      errors.add(new FieldError("nomineeId", award.nomineeId() == null ? "Chưa chọn tập thể hoặc cá nhân được khen"
          : "Không tìm thấy " + award.nomineeKind().label().toLowerCase(Locale.ROOT) + " có mã số " + award.nomineeId()));
    }
    AwardChecks.Checked checked = checks.check(award);
    errors.addAll(checked.errors());
    if (!errors.isEmpty()) {
      throw ApiException.badRequest(ApiExceptionHandler.INVALID_DATA, errors);
    }
    sameAward(nominee.get(), award).ifPresent(existing -> {
      throw ApiException.conflict(alreadyRecorded(nominee.get().name(), existing, checked.form()));
    });
    Award entry = awards.saveAndFlush(new Award(nominee.get(), award, checked.form().track(),
        currentUser.username(), clock.instant()));
    return mapper.toView(entry, nominee.get().unit(), checked.form());
  }

  /**
   * The entry already holding this award by the rule {@link #record} states, if any: lets a retried
   * decision skip what it recorded before instead of meeting the 409.
   */
  @Transactional(readOnly = true)
  public Optional<AwardView> find(NewAward award) {
    if (award.nomineeKind() == null || award.nomineeId() == null || award.rewardFormCode() == null
        || (award.campaignId() == null && award.year() == null)) {
      return Optional.empty();
    }
    return nominees.find(award.nomineeKind(), award.nomineeId())
        .flatMap(nominee -> sameAward(nominee, award))
        .map(existing -> mapper.toView(existing, organization.findUnit(existing.getUnitId()).orElse(null),
            catalogue.find(existing.getRewardFormCode()).orElse(null)));
  }

  /** What the signed-in person may see of a search: all for the overseeing bodies, else their units' awards. */
  @Transactional(readOnly = true)
  List<AwardView> browse(AwardFilter filter) {
    if (filter.unitCode() != null) {
      access.checkRead(unitByCode(filter.unitCode()));
      return search(filter);
    }
    if (access.oversees()) {
      return search(filter);
    }
    return organization.allUnits().stream().filter(access::isUnit)
        .flatMap(unit -> search(filter.withUnitCode(unit.code())).stream())
        .sorted(VIEW_ORDER).toList();
  }

  /** One award, if the signed-in person may see its unit. */
  @Transactional(readOnly = true)
  AwardView view(long id) {
    Award award = awards.findById(id).orElseThrow(() -> ApiException.notFound("Không tìm thấy khen thưởng " + id));
    UnitSummary unit = organization.findUnit(award.getUnitId())
        .orElseThrow(() -> ApiException.notFound("Không tìm thấy đơn vị " + award.getUnitId()));
    access.checkRead(unit);
    return mapper.toView(award, unit, catalogue.find(award.getRewardFormCode()).orElse(null));
  }

  /** The entry already holding this award, by the rule {@link #record} states. */
  Optional<Award> sameAward(Nominee nominee, NewAward award) {
    if (award.campaignId() == null) {
      return awards.findFirstByNomineeKindAndNomineeIdAndRewardFormCodeAndAwardYear(nominee.kind(), nominee.id(),
          award.rewardFormCode(), award.year());
    }
    return award.phaseNumber() == null
        ? awards.findFirstByNomineeKindAndNomineeIdAndRewardFormCodeAndCampaignIdAndPhaseNumberIsNull(nominee.kind(),
            nominee.id(), award.rewardFormCode(), award.campaignId())
        : awards.findFirstByNomineeKindAndNomineeIdAndRewardFormCodeAndCampaignIdAndPhaseNumber(nominee.kind(),
            nominee.id(), award.rewardFormCode(), award.campaignId(), award.phaseNumber());
  }

  static String alreadyRecorded(String nomineeName, Award existing, RewardFormView form) {
    String what = "\"" + (form == null ? existing.getRewardFormCode() : form.name()) + "\"";
    String decision = "Quyết định số " + existing.getDecisionNumber() + " ngày "
        + VIETNAMESE_DATE.format(existing.getDecisionDate());
    if (existing.getCampaignId() != null) {
      return nomineeName + " đã được ghi " + what + " của phong trào này"
          + (existing.getPhaseNumber() == null ? "" : " (đợt " + existing.getPhaseNumber() + ")")
          + " trong sổ khen thưởng, theo " + decision;
    }
    return nomineeName + " đã có " + what + " năm " + existing.getAwardYear() + " trong sổ khen thưởng, theo "
        + decision;
  }

  private Specification<Award> specification(AwardFilter filter) {
    List<FieldError> errors = new ArrayList<>();
    List<Specification<Award>> parts = new ArrayList<>();
    if (filter.nomineeId() != null && filter.nomineeKind() == null) {
      errors.add(new FieldError("nomineeKind", "Lọc theo nomineeId cần chọn nomineeKind (COLLECTIVE hoặc INDIVIDUAL)"));
    }
    if (filter.nomineeKind() != null) {
      parts.add((root, query, builder) -> builder.equal(root.get("nomineeKind"), filter.nomineeKind()));
    }
    if (filter.nomineeId() != null) {
      parts.add((root, query, builder) -> builder.equal(root.get("nomineeId"), filter.nomineeId()));
    }
    if (filter.unitCode() != null) {
      Optional<UnitSummary> unit = organization.findUnit(filter.unitCode());
      if (unit.isEmpty()) {
        errors.add(unknownUnit(filter.unitCode()));
      } else {
        parts.add((root, query, builder) -> builder.equal(root.get("unitId"), unit.get().id()));
      }
    }
    if (filter.year() != null) {
      parts.add((root, query, builder) -> builder.equal(root.get("awardYear"), filter.year()));
    }
    if (filter.formCode() != null) {
      if (catalogue.find(filter.formCode()).isEmpty()) {
        errors.add(new FieldError("form", "Hình thức \"" + filter.formCode() + "\" không có trong danh mục khen thưởng"));
      }
      parts.add((root, query, builder) -> builder.equal(root.get("rewardFormCode"), filter.formCode()));
    }
    if (filter.track() != null) {
      parts.add((root, query, builder) -> builder.equal(root.get("track"), filter.track()));
    }
    if (filter.revoked() != null) {
      parts.add((root, query, builder) -> filter.revoked() ? builder.isNotNull(root.get("revokedAt"))
          : builder.isNull(root.get("revokedAt")));
    }
    if (!errors.isEmpty()) {
      throw ApiException.badRequest("Tham số không hợp lệ", errors);
    }
    return Specification.allOf(parts);
  }

  private List<AwardView> views(List<Award> found) {
    if (found.isEmpty()) {
      return List.of();
    }
    Map<Long, UnitSummary> units = organization.allUnits().stream()
        .collect(Collectors.toMap(UnitSummary::id, Function.identity()));
    Map<String, RewardFormView> forms = catalogue.all().stream()
        .collect(Collectors.toMap(RewardFormView::code, Function.identity()));
    return found.stream()
        .map(award -> mapper.toView(award, units.get(award.getUnitId()), forms.get(award.getRewardFormCode())))
        .toList();
  }

  private UnitSummary unitByCode(String code) {
    return organization.findUnit(code).orElseThrow(() -> ApiException.badRequest("Tham số không hợp lệ",
        List.of(unknownUnit(code))));
  }

  private static FieldError unknownUnit(String code) {
    return new FieldError("unitCode", "Không tìm thấy đơn vị có mã \"" + code + "\"");
  }
}
