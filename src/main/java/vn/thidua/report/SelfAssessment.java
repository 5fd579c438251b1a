package vn.thidua.report;

/** How the unit judges a result against its target. */
public enum SelfAssessment {
  EXCEEDED("Vượt chỉ tiêu"),
  MET("Đạt chỉ tiêu"),
  NOT_MET("Chưa đạt chỉ tiêu");

  private final String label;

  SelfAssessment(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
