package vn.thidua.report;

/** Where a reward proposal stands; appraisal, vote and decision add their stages later. */
public enum ProposalStatus {
  DRAFT("Nháp"),
  SUBMITTED("Đã gửi"),
  NOT_SUBMITTED("Không gửi");

  private final String label;

  ProposalStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
