package vn.thidua.vote;

/** A member's ballot on one proposal. */
public enum Choice {
  AGREE("Đồng ý"),
  DISAGREE("Không đồng ý"),
  ABSTAIN("Không biểu quyết");

  private final String label;

  Choice(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
