package vn.thidua.catalogue;

/**
 * Who decides a reward form. Only the first two decide in this installation; a province form is
 * forwarded to the higher level and a mass organisation's own form is recorded, not decided here.
 */
public enum DecidingAuthority {
  PARTY_COMMITTEE("Ban Thường vụ cấp ủy"),
  PEOPLES_COMMITTEE_CHAIR("Chủ tịch Ủy ban nhân dân"),
  PROVINCE("Cấp tỉnh – đề nghị cấp trên"),
  MASS_ORGANIZATION("Tổ chức đoàn thể tự quyết định");

  private final String label;

  DecidingAuthority(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether a decision of this installation (Party or People's Committee) awards the form. */
  public boolean decidesHere() {
    return this == PARTY_COMMITTEE || this == PEOPLES_COMMITTEE_CHAIR;
  }

  /** Whether a proposal for the form ends in a submission to the higher level (tờ trình cấp trên). */
  public boolean forwardsToHigherLevel() {
    return this == PROVINCE;
  }
}
