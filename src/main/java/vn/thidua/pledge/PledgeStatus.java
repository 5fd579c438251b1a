package vn.thidua.pledge;

/** Where a unit's registration stands, shown in Vietnamese. */
public enum PledgeStatus {
  DRAFT("Nháp"),
  SUBMITTED("Chờ duyệt"),
  RETURNED("Trả lại"),
  ACCEPTED("Đã duyệt"),
  MISSING("Không đăng ký");

  private final String label;

  PledgeStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The unit holds the registration: it may still change it. */
  boolean withUnit() {
    return this == DRAFT || this == RETURNED;
  }
}
