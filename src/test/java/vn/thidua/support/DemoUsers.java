package vn.thidua.support;

/** Demo accounts (password "demo") of the bodies, as the demo data creates them. */
public final class DemoUsers {

  public static final String ADMIN = "admin";
  public static final String SECRETARY = "bithu";
  /** In Ban Thường vụ only (no other body's group), as a member who votes on the nominees. */
  public static final String STANDING_COMMITTEE_MEMBER = "btv.hdnd";
  public static final String ORGANIZATION_BOARD_HEAD = "btc.truong";
  public static final String ORGANIZATION_BOARD = "btc.canbo";
  public static final String OFFICE = "vp.canbo";
  public static final String PEOPLES_COMMITTEE = "ubnd.chutich";
  public static final String PROPAGANDA = "btg.canbo";
  public static final String MASS_MOBILIZATION = "bdv.canbo";
  public static final String INSPECTION = "ubkt.canbo";
  public static final String CHAU_O_OFFICER = "chauo.canbo";

  private DemoUsers() {
  }
}
