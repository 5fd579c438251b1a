package vn.thidua.campaign;

/** The stage a campaign is in, shown to people in Vietnamese. */
public enum CampaignStatus {
  LAUNCH_PREPARATION("Đang chuẩn bị phát động"),
  LAUNCHED("Đã phát động");

  private final String label;

  CampaignStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
