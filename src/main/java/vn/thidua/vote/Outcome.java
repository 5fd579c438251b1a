package vn.thidua.vote;

/** The tally's result for one proposal. */
public enum Outcome {
  APPROVED("Được thông qua"),
  NOT_APPROVED("Không được thông qua"),
  /** Too few members voted on it; the vote is re-opened, or Thường trực decides. */
  NO_QUORUM("Chưa đủ số thành viên biểu quyết"),
  NOT_APPROVED_NO_QUORUM("Không được thông qua – không đủ số thành viên biểu quyết");

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean approved() {
    return this == APPROVED;
  }
}
