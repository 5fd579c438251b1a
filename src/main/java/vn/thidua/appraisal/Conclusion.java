package vn.thidua.appraisal;

/** The appraising body's conclusion on one proposal. */
public enum Conclusion {
  AGREE("Đồng ý"),
  ADJUST_FORM("Điều chỉnh hình thức"),
  DISAGREE("Không đồng ý"),
  SUPPLEMENT("Yêu cầu bổ sung");

  private final String label;

  Conclusion(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  boolean agrees() {
    return this == AGREE || this == ADJUST_FORM;
  }
}
