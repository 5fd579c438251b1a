package vn.thidua.vote;

/** Where a vote stands: members vote while it is open; Thường trực concludes it once closed. */
public enum VoteStatus {
  OPEN("Đang biểu quyết"),
  CLOSED("Đã kết thúc biểu quyết, chờ kết luận"),
  CONCLUDED("Đã kết luận xét duyệt");

  private final String label;

  VoteStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
