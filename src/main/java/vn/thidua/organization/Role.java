package vn.thidua.organization;

/** What a member is in the committee or the unit; Camunda group memberships follow from it. */
public enum Role {
  BI_THU("Bí thư"),
  PHO_BI_THU("Phó Bí thư"),
  UY_VIEN_BTV("Ủy viên Ban Thường vụ"),
  CHU_TICH_UBND("Chủ tịch UBND"),
  PHO_CHU_TICH_UBND("Phó Chủ tịch UBND"),
  TRUONG_DON_VI("Trưởng đơn vị"),
  CAN_BO("Cán bộ");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
