package vn.thidua.decision;

/** Where a reward decision stands, shown to people in Vietnamese. */
public enum DecisionStatus {
  PREPARED("Đang lập dự thảo"),
  AWAITING_SIGNATURE("Chờ ký"),
  REFUSED("Người ký trả lại, đang chỉnh sửa"),
  SIGNED("Đã ký, chờ vào sổ ban hành"),
  ISSUED("Đã ban hành"),
  FORWARDING("Đang lập tờ trình cấp trên"),
  FORWARDED("Đã trình cấp trên, chờ trả lời"),
  ANSWERED("Cấp trên đã trả lời"),
  AWAITING_ORGANISATION("Chờ tổ chức ghi nhận quyết định"),
  RECORDED("Đã ghi nhận quyết định của tổ chức");

  private final String label;

  DecisionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
