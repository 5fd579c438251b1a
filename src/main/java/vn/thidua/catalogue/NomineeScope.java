package vn.thidua.catalogue;

/** Who a reward form may be given to. */
public enum NomineeScope {
  COLLECTIVE("Tập thể"),
  INDIVIDUAL("Cá nhân"),
  BOTH("Tập thể và cá nhân");

  private final String label;

  NomineeScope(String label) {
    this.label = label;
  }

  public boolean allows(NomineeKind kind) {
    return switch (this) {
      case COLLECTIVE -> kind == NomineeKind.COLLECTIVE;
      case INDIVIDUAL -> kind == NomineeKind.INDIVIDUAL;
      case BOTH -> kind != null;
    };
  }

  public String label() {
    return label;
  }
}
