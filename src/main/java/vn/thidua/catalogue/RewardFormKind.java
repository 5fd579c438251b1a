package vn.thidua.catalogue;

/** An emulation title (danh hiệu thi đua) or a reward form (hình thức khen thưởng): their dossiers differ. */
public enum RewardFormKind {
  TITLE("Danh hiệu thi đua"),
  REWARD("Hình thức khen thưởng");

  private final String label;

  RewardFormKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
