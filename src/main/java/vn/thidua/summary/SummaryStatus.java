package vn.thidua.summary;

/** Where a phase's summary stands, shown in Vietnamese. */
public enum SummaryStatus {
  CONFERENCE_PENDING("Chờ tổ chức hội nghị"),
  DRAFT("Dự thảo báo cáo"),
  FINAL("Đã hoàn thiện báo cáo");

  private final String label;

  SummaryStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
