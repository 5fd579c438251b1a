package vn.thidua.campaign;

/** The stage a campaign is in, shown to people in Vietnamese (with the phase where there is one). */
public enum CampaignStatus {
  LAUNCH_PREPARATION("Đang chuẩn bị phát động"),
  LAUNCHED("Đã phát động"),
  PLEDGE_REGISTRATION("Đang đăng ký thi đua"),
  /** Not recorded: what IN_PROGRESS reads as before the phase's start date (see {@link Campaign#statusOn}). */
  AWAITING_PHASE("Chờ bắt đầu"),
  IN_PROGRESS("Đang thi đua"),
  PHASE_REVIEW("Đang sơ kết, tổng kết"),
  APPRAISAL("Đang thẩm định hồ sơ khen thưởng"),
  POSTING("Đang công khai danh sách đề nghị khen thưởng"),
  POSTED("Đã công khai, chờ Ban Thường vụ xét"),
  DECISIONS("Đang ban hành quyết định khen thưởng"),
  PHASE_SUMMARISED("Đã sơ kết"),
  SUMMARISED("Đã tổng kết"),
  FINISHED("Đã kết thúc");

  private final String label;

  CampaignStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** "Đang thi đua – Đợt 1" while a phase is awaited, running or reviewed, the plain label otherwise. */
  public String label(Integer phaseNumber) {
    return phaseNumber != null && (this == AWAITING_PHASE || this == IN_PROGRESS || this == PHASE_REVIEW
        || this == APPRAISAL || this == POSTING || this == POSTED || this == DECISIONS || this == PHASE_SUMMARISED)
        ? label + " – Đợt " + phaseNumber
        : label;
  }
}
