package vn.thidua.registry;

/** Where an entry of the reward registry comes from. */
public enum AwardSource {
  IMPORTED("Nhập từ hồ sơ lưu trữ"),
  DECIDED("Quyết định khen thưởng của cấp ủy, chính quyền"),
  PROVINCE_ANSWER("Quyết định của cấp trên theo tờ trình"),
  /** A mass organisation's own decision, which it records itself. */
  ORGANISATION("Tổ chức đoàn thể tự quyết định");

  private final String label;

  AwardSource(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
