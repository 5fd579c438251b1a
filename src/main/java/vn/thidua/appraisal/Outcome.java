package vn.thidua.appraisal;

/** Where a proposal ends after appraisal (and, for the State track, the council). */
public enum Outcome {
  AGREED("Đồng ý khen thưởng"),
  NOT_AGREED("Không đồng ý");

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
