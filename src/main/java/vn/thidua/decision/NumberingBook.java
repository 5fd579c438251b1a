package vn.thidua.decision;

/** The registers (sổ văn bản) reward decisions are numbered in, each kept by its own office. */
public enum NumberingBook {
  /** The Party committee's decisions, numbered by Văn phòng cấp ủy ({@code 15-QĐ/HU}). */
  PARTY("Sổ quyết định của cấp ủy"),
  /** The People's Committee's decisions, numbered by Văn phòng UBND ({@code 128/QĐ-UBND}). */
  STATE("Sổ quyết định của Ủy ban nhân dân");

  private final String label;

  NumberingBook(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
