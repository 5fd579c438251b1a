package vn.thidua.catalogue;

/** A document of a reward dossier (hồ sơ đề nghị khen thưởng, Law 2022 Art. 84). */
public enum DocumentKind {
  TO_TRINH("Tờ trình đề nghị khen thưởng"),
  BAO_CAO_THANH_TICH("Báo cáo thành tích"),
  BIEN_BAN_HOP_XET("Biên bản họp xét"),
  CHUNG_NHAN_SANG_KIEN("Giấy chứng nhận sáng kiến"),
  XAC_NHAN_THANH_TICH_DOT_XUAT("Xác nhận thành tích đột xuất");

  private final String label;

  DocumentKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
