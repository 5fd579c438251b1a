package vn.thidua.campaign;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import vn.thidua.campaign.CampaignRequest.ContentAreaRequest;
import vn.thidua.campaign.CampaignRequest.PhaseRequest;

/** The seed plan as tests use it, and the form data each body enters during the launch. */
final class CampaignFixtures {

  static final String SPEAKER_UNIT = "CHAU-O";
  static final List<String> UNITS = List.of("CHAU-O", "BINH-CHANH", "BINH-THANH");

  private CampaignFixtures() {
  }

  static CampaignRequest seedPlan(String planNumber) {
    YearMonth start = YearMonth.of(2027, 1);
    return new CampaignRequest(planNumber,
        "Phát động thi đua cao điểm chào mừng đại hội đảng bộ các cấp",
        "Chung sức, đồng lòng, đổi mới, sáng tạo",
        List.of("Đã cam kết là thực hiện, đã nói là làm"),
        List.of(new ContentAreaRequest("ND1", "Hoàn thành chỉ tiêu nghị quyết đại hội"),
            new ContentAreaRequest("ND2", "Xây dựng Đảng trong sạch, vững mạnh")),
        LocalDate.of(2027, 2, 15),
        List.of(new PhaseRequest("Đợt 1", start.atDay(1), start.plusMonths(11).atEndOfMonth(), start.plusMonths(12),
                start.plusMonths(12).atDay(15)),
            new PhaseRequest("Đợt 2", start.plusMonths(12).atDay(1), start.plusMonths(23).atEndOfMonth(),
                start.plusMonths(24), start.plusMonths(24).atDay(15))),
        UNITS, SPEAKER_UNIT);
  }

  static Map<String, Object> ceremonyDocuments() {
    return Map.of("ceremonyScript", "1. Ổn định tổ chức, tuyên bố lý do, giới thiệu đại biểu\n2. Phát biểu khai mạc",
        "commitmentText", "Các chi, đảng bộ trực thuộc cam kết thi đua hoàn thành xuất sắc nhiệm vụ",
        "speechText", "Kính thưa các đồng chí, hôm nay Ban Thường vụ Huyện ủy phát động thi đua cao điểm...");
  }

  static Map<String, Object> speechReview(String decision, String remarks) {
    return remarks == null ? Map.of("speechDecision", decision)
        : Map.of("speechDecision", decision, "speechRemarks", remarks);
  }

  static Map<String, Object> invitations() {
    return Map.of("invitationDate", "2027-01-05", "guestList", "Thường trực Tỉnh ủy\nThường trực HĐND huyện");
  }

  static Map<String, Object> budgetEstimate(long hallAmount) {
    return Map.of("budgetItem1Description", "Thuê hội trường, âm thanh", "budgetItem1Amount", hallAmount,
        "budgetItem2Description", "Pano, khẩu hiệu", "budgetItem2Amount", 3_500_000L);
  }

  static Map<String, Object> presenter() {
    return Map.of("presenterName", "Lê Văn Hùng", "presenterPosition", "Phó Chủ tịch UBND huyện");
  }

  static Map<String, Object> responseSpeech() {
    return Map.of("responseSpeakerName", "Trần Thị Mai", "responseSpeakerPosition", "Phó Bí thư Đảng ủy thị trấn",
        "responseSpeechText", "Đảng bộ thị trấn Châu Ổ hưởng ứng phong trào thi đua...");
  }

  static Map<String, Object> communicationPlan() {
    return Map.of("communicationPlanSummary", "Tuyên truyền trên Đài truyền thanh và Trang thông tin điện tử huyện",
        "communicationChannels", List.of("TRUYEN_THANH", "CONG_THONG_TIN"),
        "communicationStartDate", "2027-01-02", "communicationEndDate", "2027-12-31");
  }

  static Map<String, Object> mobilizationPlan() {
    return Map.of("mobilizationPlanSummary", "Vận động MTTQ và các đoàn thể hưởng ứng phong trào");
  }

  static Map<String, Object> approval(String prefix, String decision, String target, String reason) {
    if (!"RETURN".equals(decision)) {
      return Map.of(prefix + "Decision", decision);
    }
    return Map.of(prefix + "Decision", decision, prefix + "ReturnTarget", target, prefix + "Reason", reason);
  }

  static Map<String, Object> ceremony(List<String> signedUnits) {
    return Map.of("ceremonyDate", "2027-01-10", "ceremonyPlace", "Hội trường Huyện ủy Bình Sơn",
        "attendeeCount", 180L, "signedUnitCodes", signedUnits);
  }

  static Map<String, Object> settlement(long... actuals) {
    Map<String, Object> variables = new java.util.HashMap<>();
    for (int i = 0; i < actuals.length; i++) {
      variables.put("budgetItem" + (i + 1) + "ActualAmount", actuals[i]);
    }
    variables.put("settlementNote", "Tiết kiệm so với dự trù");
    return variables;
  }
}
