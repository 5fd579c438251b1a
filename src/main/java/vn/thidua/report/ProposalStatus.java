package vn.thidua.report;

/** Where a reward proposal stands, from drafting through appraisal, posting, the vote and the decision. */
public enum ProposalStatus {
  DRAFT("Nháp"),
  SUBMITTED("Đã gửi"),
  NOT_SUBMITTED("Không gửi"),
  IN_APPRAISAL("Đang thẩm định"),
  SUPPLEMENT_REQUESTED("Yêu cầu bổ sung hồ sơ"),
  AGREED("Đồng ý khen thưởng"),
  NOT_AGREED("Không đồng ý"),
  WITHDRAWN("Rút khỏi danh sách sau phản ánh"),
  DECIDED_BY_ORGANISATION("Do tổ chức đoàn thể tự xét"),
  APPROVED("Ban Thường vụ đồng ý"),
  NOT_APPROVED("Ban Thường vụ không đồng ý"),
  SENT_BACK("Trả lại để thẩm định lại"),
  DECIDED("Đã có quyết định khen thưởng"),
  FORWARDED("Đã trình cấp trên khen thưởng"),
  NOT_DECIDED_BY_SUPERIOR("Cấp trên không khen thưởng");

  private final String label;

  ProposalStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The unit may add files and correct the proposal: while drafting, or when asked to supplement it. */
  boolean openToUnit() {
    return this == DRAFT || this == SUPPLEMENT_REQUESTED;
  }
}
