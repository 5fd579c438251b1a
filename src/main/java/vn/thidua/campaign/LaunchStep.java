package vn.thidua.campaign;

/** The launch steps whose completion is recorded, with the body's Vietnamese name of the step. */
public enum LaunchStep {
  CEREMONY_DOCUMENTS("Kịch bản lễ, bản cam kết và diễn văn"),
  SPEECH_REVIEW("Thẩm định bài diễn văn"),
  INVITATIONS("Giấy mời"),
  BUDGET_ESTIMATE("Dự trù kinh phí"),
  PRESENTER("Lãnh đạo trình bày nội dung phát động"),
  RESPONSE_SPEECH("Bài phát biểu hưởng ứng"),
  COMMUNICATION_PLAN("Kế hoạch tuyên truyền"),
  MOBILIZATION_PLAN("Kế hoạch vận động"),
  CEREMONY("Lễ phát động"),
  BUDGET_SETTLEMENT("Quyết toán kinh phí");

  private final String label;

  LaunchStep(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
