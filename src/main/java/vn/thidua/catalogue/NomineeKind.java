package vn.thidua.catalogue;

/** Who is nominated: a collective (a unit) or an individual (a member). */
public enum NomineeKind {
  COLLECTIVE("Tập thể"),
  INDIVIDUAL("Cá nhân");

  private final String label;

  NomineeKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
