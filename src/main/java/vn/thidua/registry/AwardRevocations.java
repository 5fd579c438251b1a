package vn.thidua.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.catalogue.RewardCatalogue;
import vn.thidua.catalogue.Track;
import vn.thidua.organization.Body;
import vn.thidua.organization.OrganizationService;
import vn.thidua.organization.UnitSummary;
import vn.thidua.security.CurrentUser;
import vn.thidua.web.ApiException;
import vn.thidua.web.ApiException.FieldError;
import vn.thidua.web.ApiExceptionHandler;

/**
 * Revocation (thu hồi) of awards, by the body that decided them (Luật Thi đua, khen thưởng 2022, Chương VII):
 * Thường trực for the committee's decisions, the People's Committee for its chair's, a mass organisation
 * for its own; an award decided elsewhere (imported from the records, or the province's answer) is revoked
 * by the higher level and Ban Tổ chức records it here. Administrators may record any revocation.
 */
@Service
class AwardRevocations {

  static final int MAX_REASON = 2000;
  static final int MAX_LEGAL_GROUND = 1000;
  private static final String ADMIN_GROUP = "camunda-admin";

  /** The body that may revoke an award: its group and its name for the refusal. */
  record RevokingBody(String groupId, String name) {
  }

  private final AwardRepository awards;
  private final AwardMapper mapper;
  private final OrganizationService organization;
  private final RewardCatalogue catalogue;
  private final CurrentUser currentUser;
  private final Clock clock;

  AwardRevocations(AwardRepository awards, AwardMapper mapper, OrganizationService organization,
      RewardCatalogue catalogue, CurrentUser currentUser, Clock clock) {
    this.awards = awards;
    this.mapper = mapper;
    this.organization = organization;
    this.catalogue = catalogue;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @Transactional
  public AwardView revoke(long id, Revocation revocation) {
    Award award = awards.lockById(id).orElseThrow(() -> ApiException.notFound("Không tìm thấy khen thưởng " + id));
    UnitSummary unit = organization.findUnit(award.getUnitId())
        .orElseThrow(() -> ApiException.notFound("Không tìm thấy đơn vị " + award.getUnitId()));
    RevokingBody body = revokingBody(award, unit);
    if (!currentUser.inAnyGroup(body.groupId(), ADMIN_GROUP)) {
      throw ApiException.forbidden("Chỉ " + body.name() + " được thu hồi khen thưởng \""
          + formName(award) + "\" của " + award.getNomineeName());
    }
    LocalDate today = LocalDate.now(clock);
    Revocation checked = check(revocation, award, today);
    if (award.isRevoked()) {
      throw ApiException.conflict("Khen thưởng \"" + formName(award) + "\" của " + award.getNomineeName()
          + " đã bị thu hồi ngày " + RewardRegistry.VIETNAMESE_DATE.format(award.getRevokedOn()) + " ("
          + award.getRevokedReason() + ")");
    }
    award.revoke(checked, currentUser.username(), clock.instant());
    awards.flush();
    return mapper.toView(award, unit, catalogue.find(award.getRewardFormCode()).orElse(null));
  }

  /**
   * Who decided the award: a mass organisation's award (its track, or its own record) belongs to the
   * organisation; the committee's and the chair's decisions to Thường trực and the People's Committee;
   * anything decided elsewhere to Ban Tổ chức, which keeps the registry.
   */
  static RevokingBody revokingBody(Award award, UnitSummary unit) {
    if (award.getTrack() == Track.MASS_ORG || award.getSource() == AwardSource.ORGANISATION) {
      return new RevokingBody(unit.groupId(), unit.name());
    }
    if (award.getSource() == AwardSource.DECIDED) {
      Body body = award.getTrack() == Track.STATE ? Body.UBND : Body.THUONG_TRUC;
      return new RevokingBody(body.groupId(), body.displayName());
    }
    return new RevokingBody(Body.BAN_TO_CHUC.groupId(), Body.BAN_TO_CHUC.displayName());
  }

  private static Revocation check(Revocation revocation, Award award, LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    if (revocation.reason() == null) {
      errors.add(new FieldError("reason", "Chưa nhập lý do thu hồi"));
    } else if (revocation.reason().length() > MAX_REASON) {
      errors.add(new FieldError("reason", "Lý do thu hồi dài tối đa " + MAX_REASON + " ký tự"));
    }
    if (revocation.legalGround() == null) {
      errors.add(new FieldError("legalGround", "Chưa nhập căn cứ pháp lý (ví dụ Điều 80 Luật Thi đua, khen thưởng "
          + "2022)"));
    } else if (revocation.legalGround().length() > MAX_LEGAL_GROUND) {
      errors.add(new FieldError("legalGround", "Căn cứ pháp lý dài tối đa " + MAX_LEGAL_GROUND + " ký tự"));
    }
    if (revocation.decisionNumber() != null && revocation.decisionNumber().length() > AwardChecks.MAX_DECISION_NUMBER) {
      errors.add(new FieldError("decisionNumber", "Số quyết định thu hồi dài tối đa " + AwardChecks.MAX_DECISION_NUMBER
          + " ký tự"));
    }
    LocalDate revokedOn = revocation.revokedOn() == null ? today : revocation.revokedOn();
    if (revokedOn.isAfter(today)) {
      errors.add(new FieldError("revokedOn", "Ngày thu hồi không được sau hôm nay"));
    } else if (revokedOn.isBefore(award.getDecisionDate())) {
      errors.add(new FieldError("revokedOn", "Ngày thu hồi không được trước ngày quyết định khen thưởng ("
          + RewardRegistry.VIETNAMESE_DATE.format(award.getDecisionDate()) + ")"));
    }
    if (!errors.isEmpty()) {
      throw ApiException.badRequest(ApiExceptionHandler.INVALID_DATA, errors);
    }
    return revocation.on(revokedOn);
  }

  private String formName(Award award) {
    return catalogue.find(award.getRewardFormCode()).map(form -> form.name()).orElse(award.getRewardFormCode());
  }
}
