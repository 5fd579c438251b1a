package vn.thidua.organization;

/** The kind of a unit in the registry, with the Vietnamese label people see. */
public enum UnitKind {
  LANH_DAO("Cơ quan lãnh đạo"),
  CO_QUAN_THAM_MUU("Cơ quan tham mưu, giúp việc"),
  CHINH_QUYEN("Chính quyền"),
  DANG_BO_CO_SO("Đảng bộ cơ sở"),
  CHI_BO("Chi bộ"),
  CO_QUAN("Cơ quan, đơn vị"),
  MTTQ_DOAN_THE("Mặt trận Tổ quốc, đoàn thể");

  private final String label;

  UnitKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
