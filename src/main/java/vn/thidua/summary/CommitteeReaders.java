package vn.thidua.summary;

import org.springframework.stereotype.Component;

import vn.thidua.security.CurrentUser;

/**
 * The committee's bodies that follow a whole campaign: they see every unit's rows of its status and its
 * phase summaries; a unit sees its own rows only.
 */
@Component
class CommitteeReaders {

  static final String[] GROUPS = {"thuong-truc", "ban-thuong-vu", "ban-to-chuc", "van-phong", "ubnd",
      "van-phong-ubnd", "phong-noi-vu", "hoi-dong-tdkt", "uy-ban-kiem-tra", "camunda-admin"};

  private final CurrentUser currentUser;

  CommitteeReaders(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  boolean signedInIsCommittee() {
    return currentUser.inAnyGroup(GROUPS);
  }

  boolean signedInIsUnit(String unitGroupId) {
    return currentUser.inGroup(unitGroupId);
  }
}
