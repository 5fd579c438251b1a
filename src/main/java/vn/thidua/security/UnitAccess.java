package vn.thidua.security;

import org.springframework.stereotype.Component;

import vn.thidua.organization.UnitSummary;
import vn.thidua.web.ApiException;

/**
 * Who may see a unit's registration, report, proposals and files: the unit itself, and the bodies
 * that review, inspect and decide them (the Standing Committee's members read the dossiers they vote on).
 * Only the unit itself changes them.
 */
@Component
public class UnitAccess {

  private static final String[] OVERSIGHT = {"ban-to-chuc", "thuong-truc", "uy-ban-kiem-tra", "phong-noi-vu",
      "hoi-dong-tdkt", "ban-thuong-vu", "camunda-admin"};

  private final CurrentUser currentUser;

  UnitAccess(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  public boolean isUnit(UnitSummary unit) {
    return currentUser.inGroup(unit.groupId());
  }

  public boolean canRead(UnitSummary unit) {
    return isUnit(unit) || oversees();
  }

  public boolean oversees() {
    return currentUser.inAnyGroup(OVERSIGHT);
  }

  public void checkRead(UnitSummary unit) {
    if (!canRead(unit)) {
      throw ApiException.forbidden("Bạn không có quyền xem hồ sơ của đơn vị " + unit.name());
    }
  }

  public void checkUnit(UnitSummary unit) {
    if (!isUnit(unit)) {
      throw ApiException.forbidden("Chỉ " + unit.name() + " được sửa hồ sơ của đơn vị mình");
    }
  }
}
