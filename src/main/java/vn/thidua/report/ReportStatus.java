package vn.thidua.report;

/** Where a unit's results report of a phase stands, shown in Vietnamese. */
public enum ReportStatus {
  DRAFT("Đang soạn"),
  AWAITING_CONFIRMATION("Chờ thủ trưởng xác nhận"),
  SUBMITTED("Đã nộp"),
  MISSING("Không nộp báo cáo");

  private final String label;

  ReportStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
