package vn.thidua.appraisal;

/** Where the appraisal of a unit's dossier for one track stands. */
public enum AppraisalStatus {
  INSPECTION("Đang xác minh kỷ luật, đơn thư"),
  APPRAISAL("Đang thẩm định"),
  SUPPLEMENT("Chờ đơn vị bổ sung hồ sơ"),
  COUNCIL("Hội đồng Thi đua – Khen thưởng đang xét"),
  DONE("Đã thẩm định");

  private final String label;

  AppraisalStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
