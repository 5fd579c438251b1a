package vn.thidua.posting;

/** How Ban Tổ chức handled an objection, as the choices of the Tasklist form name it. */
public enum ObjectionOutcome {
  KEEP("Giữ đề nghị"),
  WITHDRAW("Rút đề nghị khỏi danh sách"),
  ANSWER("Trả lời phản ánh chung");

  /** What an objection not yet handled shows instead of an outcome. */
  static final String PENDING_LABEL = "Chờ xử lý";

  private final String label;

  ObjectionOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** KEEP and WITHDRAW judge one listed proposal; ANSWER replies to an objection about the whole list. */
  boolean fits(boolean aboutEntry) {
    return aboutEntry != (this == ANSWER);
  }
}
