package vn.thidua.rating;

/** The yearly quality rating (xếp loại chất lượng) of an organisation or member. */
public enum QualityRating {
  HTXSNV("Hoàn thành xuất sắc nhiệm vụ"),
  HTT("Hoàn thành tốt nhiệm vụ"),
  HT("Hoàn thành nhiệm vụ"),
  KHT("Không hoàn thành nhiệm vụ");

  private final String label;

  QualityRating(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
