package vn.thidua.support;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import vn.thidua.campaign.CampaignRequest;
import vn.thidua.campaign.CampaignRequest.ContentAreaRequest;
import vn.thidua.campaign.CampaignRequest.PhaseRequest;

/** The seed-like plan the tests launch, and what each body enters in Tasklist, as form variables. */
public final class LaunchFixtures {

  public static final String SPEAKER_UNIT = "CHAU-O";
  public static final String SPEAKER_UNIT_GROUP = "don-vi-chau-o";
  public static final List<String> UNITS = List.of("CHAU-O", "BINH-CHANH", "BINH-THANH");

  /** The seven preparation tasks the launch opens at once, with the body that does each. */
  public static final Map<String, String> PREPARATION_GROUPS = Map.of(
      "Task_PrepareCeremonyDocuments", "ban-to-chuc",
      "Task_IssueInvitations", "van-phong",
      "Task_PrepareBudgetEstimate", "van-phong",
      "Task_AssignPresenter", "ubnd",
      "Task_SubmitResponseSpeech", SPEAKER_UNIT_GROUP,
      "Task_SubmitCommunicationPlan", "ban-tuyen-giao",
      "Task_SubmitMobilizationPlan", "ban-dan-van");

  private static final AtomicInteger PLANS = new AtomicInteger();

  private LaunchFixtures() {
  }

  /** A plan number no other test uses, in the Huyện ủy's format. */
  public static String uniquePlanNumber() {
    return "P" + (System.currentTimeMillis() % 100_000_000) + "-" + PLANS.incrementAndGet() + "-KH/HU";
  }

  public static CampaignRequest plan(String planNumber) {
    YearMonth start = YearMonth.of(2027, 1);
    return new CampaignRequest(planNumber,
        "Phát động thi đua cao điểm chào mừng đại hội đảng bộ các cấp",
        "Chung sức, đồng lòng, đổi mới, sáng tạo",
        List.of("Đã cam kết là thực hiện, đã nói là làm"),
        List.of(new ContentAreaRequest("ND1", "Hoàn thành chỉ tiêu nghị quyết đại hội")),
        LocalDate.of(2027, 2, 15),
        List.of(new PhaseRequest("Đợt 1", start.atDay(1), start.plusMonths(11).atEndOfMonth(), start.plusMonths(12),
                start.plusMonths(12).atDay(15)),
            new PhaseRequest("Đợt 2", start.plusMonths(12).atDay(1), start.plusMonths(23).atEndOfMonth(),
                start.plusMonths(24), start.plusMonths(24).atDay(15))),
        UNITS, SPEAKER_UNIT);
  }

  public static Map<String, Object> ceremonyDocuments() {
    return Map.of("ceremonyScript", "1. Tuyên bố lý do, giới thiệu đại biểu\n2. Phát biểu khai mạc",
        "commitmentText", "Các chi, đảng bộ trực thuộc cam kết thi đua hoàn thành xuất sắc nhiệm vụ",
        "speechText", "Kính thưa các đồng chí, hôm nay Ban Thường vụ Huyện ủy phát động thi đua cao điểm...");
  }

  public static Map<String, Object> speechAccepted() {
    return Map.of("speechDecision", "ACCEPT");
  }

  public static Map<String, Object> speechReturned(String remarks) {
    return Map.of("speechDecision", "RETURN", "speechRemarks", remarks);
  }

  public static Map<String, Object> invitations() {
    return Map.of("invitationDate", "2027-01-05", "guestList", "Thường trực Tỉnh ủy\nThường trực HĐND huyện");
  }

  public static Map<String, Object> budgetEstimate(long hallAmount) {
    return Map.of("budgetItem1Description", "Thuê hội trường, âm thanh", "budgetItem1Amount", hallAmount,
        "budgetItem2Description", "Pano, khẩu hiệu", "budgetItem2Amount", 3_500_000L);
  }

  public static Map<String, Object> presenter() {
    return Map.of("presenterName", "Lê Văn Hùng", "presenterPosition", "Phó Chủ tịch UBND huyện");
  }

  public static Map<String, Object> responseSpeech() {
    return Map.of("responseSpeakerName", "Trần Thị Mai", "responseSpeakerPosition", "Phó Bí thư Đảng ủy thị trấn",
        "responseSpeechText", "Đảng bộ thị trấn Châu Ổ hưởng ứng phong trào thi đua...");
  }

  public static Map<String, Object> communicationPlan() {
    return Map.of("communicationPlanSummary", "Tuyên truyền trên Đài truyền thanh và Trang thông tin điện tử huyện",
        "communicationChannels", List.of("TRUYEN_THANH", "CONG_THONG_TIN"),
        "communicationStartDate", "2027-01-02", "communicationEndDate", "2027-12-31");
  }

  public static Map<String, Object> mobilizationPlan() {
    return Map.of("mobilizationPlanSummary", "Vận động MTTQ và các đoàn thể hưởng ứng phong trào");
  }

  public static Map<String, Object> standingOfficeApproves() {
    return Map.of("standingOfficeDecision", "APPROVE");
  }

  public static Map<String, Object> standingOfficeReturns(String target, String reason) {
    return Map.of("standingOfficeDecision", "RETURN", "standingOfficeReturnTarget", target,
        "standingOfficeReason", reason);
  }

  public static Map<String, Object> peoplesCommitteeApproves() {
    return Map.of("peoplesCommitteeDecision", "APPROVE");
  }

  public static Map<String, Object> peoplesCommitteeReturns(String target, String reason) {
    return Map.of("peoplesCommitteeDecision", "RETURN", "peoplesCommitteeReturnTarget", target,
        "peoplesCommitteeReason", reason);
  }

  public static Map<String, Object> ceremony(List<String> signedUnits) {
    return Map.of("ceremonyDate", "2027-01-10", "ceremonyPlace", "Hội trường Huyện ủy Bình Sơn",
        "attendeeCount", 180L, "signedUnitCodes", signedUnits);
  }

  public static Map<String, Object> settlement(long... actuals) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < actuals.length; i++) {
      variables.put("budgetItem" + (i + 1) + "ActualAmount", actuals[i]);
    }
    variables.put("settlementNote", "Tiết kiệm so với dự trù");
    return variables;
  }
}
