package vn.thidua.security;

/** Spring Security expressions for the bodies' Camunda groups, so controllers read as who may act. */
public final class Groups {

  public static final String ADMIN = "hasAuthority('GROUP_camunda-admin')";
  public static final String ORGANIZATION_BOARD_OR_ADMIN =
      "hasAnyAuthority('GROUP_ban-to-chuc', 'GROUP_camunda-admin')";
  public static final String CAMPAIGN_OWNERS =
      "hasAnyAuthority('GROUP_thuong-truc', 'GROUP_ban-to-chuc', 'GROUP_camunda-admin')";

  private Groups() {
  }
}
