package vn.thidua.decision;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.thidua.catalogue.DecidingAuthority;
import vn.thidua.organization.OrganizationService;
import vn.thidua.organization.UnitSummary;
import vn.thidua.security.CurrentUser;
import vn.thidua.web.ApiException;

/**
 * Who may see a decision and its files: the bodies that prepare, sign and issue decisions, and the units
 * with an awardee in it (a mass organisation also its own record). Signed scans come from the signer's
 * body or the issuing office.
 */
@Component
class DecisionAccess {

  private static final String[] DECIDING_BODIES = {"thuong-truc", "ban-to-chuc", "van-phong", "ubnd",
      "van-phong-ubnd", "phong-noi-vu", "hoi-dong-tdkt", "uy-ban-kiem-tra", "ban-thuong-vu", "camunda-admin"};

  private final CurrentUser currentUser;
  private final OrganizationService organization;

  DecisionAccess(CurrentUser currentUser, OrganizationService organization) {
    this.currentUser = currentUser;
    this.organization = organization;
  }

  boolean canRead(RewardDecision decision, List<DecisionItem> items) {
    if (currentUser.inAnyGroup(DECIDING_BODIES)) {
      return true;
    }
    if (decision.getOrganisationUnitId() != null && isUnit(decision.getOrganisationUnitId())) {
      return true;
    }
    return items.stream().filter(DecisionItem::isIncluded).map(DecisionItem::getUnitId).distinct()
        .anyMatch(this::isUnit);
  }

  void checkRead(RewardDecision decision, List<DecisionItem> items) {
    if (!canRead(decision, items)) {
      throw ApiException.forbidden("Bạn không có quyền xem quyết định này");
    }
  }

  void checkSignedScan(RewardDecision decision) {
    boolean allowed = switch (decision.getAuthority()) {
      case PARTY_COMMITTEE -> currentUser.inAnyGroup("thuong-truc", "van-phong", "camunda-admin");
      case PEOPLES_COMMITTEE_CHAIR -> currentUser.inAnyGroup("ubnd", "van-phong-ubnd", "camunda-admin");
      default -> false;
    };
    if (!allowed) {
      throw ApiException.forbidden(decision.getAuthority().decidesHere()
          ? "Chỉ người ký hoặc văn phòng ban hành được tải lên bản quét quyết định đã ký"
          : "Quyết định này không ban hành tại đây nên không có bản quét để tải lên");
    }
  }

  /** The group that signs a decision of the authority. */
  static String signingGroup(DecidingAuthority authority) {
    return authority == DecidingAuthority.PEOPLES_COMMITTEE_CHAIR ? "ubnd" : "thuong-truc";
  }

  /** The office that numbers and issues it. */
  static String issuingGroup(DecidingAuthority authority) {
    return authority == DecidingAuthority.PEOPLES_COMMITTEE_CHAIR ? "van-phong-ubnd" : "van-phong";
  }

  private boolean isUnit(long unitId) {
    return organization.findUnit(unitId).map(UnitSummary::groupId).map(currentUser::inGroup).orElse(false);
  }
}
