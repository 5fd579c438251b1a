package vn.thidua.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.thidua.campaign.CampaignRequest.ContentAreaRequest;
import vn.thidua.campaign.CampaignRequest.PhaseRequest;
import vn.thidua.organization.OrganizationService;
import vn.thidua.organization.UnitKind;
import vn.thidua.organization.UnitSummary;

/**
 * The seed plan's campaign, ready to launch: same structure as the Huyện ủy's plan (two phases of a
 * year, each reviewed in the month after it ends), its dates moved so that the phases lie ahead.
 */
@Component
@Profile("demo")
@Order(20)
class DemoCampaign implements ApplicationRunner {

  static final String PLAN_NUMBER = "123-KH/HU";
  static final String RESPONSE_SPEECH_UNIT = "CHAU-O";

  private static final Logger log = LoggerFactory.getLogger(DemoCampaign.class);

  private final CampaignService campaigns;
  private final CampaignRepository repository;
  private final OrganizationService organization;
  private final Clock clock;

  DemoCampaign(CampaignService campaigns, CampaignRepository repository, OrganizationService organization, Clock clock) {
    this.campaigns = campaigns;
    this.repository = repository;
    this.organization = organization;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (repository.existsByPlanNumber(PLAN_NUMBER)) {
      return;
    }
    campaigns.create(seedPlan(LocalDate.now(clock)), "demo");
    log.info("Demo campaign {} created, ready to launch", PLAN_NUMBER);
  }

  /** The seed plan as a campaign of its own under another number (the end-to-end test runs it whole). */
  CampaignRequest seedPlan(LocalDate today, String planNumber) {
    CampaignRequest plan = seedPlan(today);
    return new CampaignRequest(planNumber, plan.title(), plan.theme(), plan.slogans(), plan.contentAreas(),
        plan.pledgeDeadline(), plan.phases(), plan.unitCodes(), plan.responseSpeechUnitCode());
  }

  CampaignRequest seedPlan(LocalDate today) {
    YearMonth firstMonth = YearMonth.from(today).plusMonths(1);
    PhaseRequest first = phase("Đợt 1: thi đua lập thành tích chào mừng đại hội đảng bộ các cấp", firstMonth);
    PhaseRequest second = phase("Đợt 2: thi đua chào mừng Đại hội XIV của Đảng, bầu cử Quốc hội và HĐND các cấp",
        firstMonth.plusYears(1));
    // the plan's participants: the Party organisations under the committee, the Fatherland Front and the
    // socio-political organisations
    List<String> unitCodes = organization.allUnits().stream()
        .filter(unit -> unit.kind() == UnitKind.DANG_BO_CO_SO || unit.kind() == UnitKind.CHI_BO
            || unit.kind() == UnitKind.MTTQ_DOAN_THE)
        .map(UnitSummary::code)
        .toList();
    return new CampaignRequest(
        PLAN_NUMBER,
        "Phát động thi đua cao điểm trong Đảng bộ huyện lập thành tích chào mừng 50 năm giải phóng huyện Bình Sơn; "
            + "đại hội đảng các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng nhiệm kỳ 2025 - 2030; "
            + "bầu cử đại biểu Quốc hội và đại biểu hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031",
        "Phát huy truyền thống anh hùng, Đảng bộ, chính quyền và Nhân dân Bình Sơn quyết tâm chung sức, đồng lòng, "
            + "vượt qua khó khăn, thách thức, tiếp tục đổi mới, sáng tạo, dám nghĩ, dám làm để sớm đưa huyện Bình Sơn "
            + "đạt chuẩn nông thôn mới và trở thành thị xã trực thuộc tỉnh",
        List.of("Đã cam kết là thực hiện, đã nói là làm",
            "Tất cả chung tay vì một Bình Sơn phát triển toàn diện",
            "Tất cả vì dân giàu, nước mạnh, dân chủ, công bằng, văn minh",
            "Quyết tâm xây dựng huyện Bình Sơn giàu đẹp, văn minh, nghĩa tình"),
        List.of(
            new ContentAreaRequest("ND1", "Hoàn thành các mục tiêu, chỉ tiêu, nhiệm vụ của nghị quyết đại hội đảng bộ các cấp"),
            new ContentAreaRequest("ND2", "Chuẩn bị và tổ chức thành công đại hội đảng các cấp; bầu cử đại biểu Quốc hội và HĐND các cấp"),
            new ContentAreaRequest("ND3", "Đổi mới, sáng tạo công tác thông tin tuyên truyền; phát hiện, nhân rộng điển hình tiên tiến"),
            new ContentAreaRequest("ND4.1", "Xây dựng Đảng và hệ thống chính trị trong sạch, vững mạnh"),
            new ContentAreaRequest("ND4.2", "Hoàn thành xuất sắc nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh"),
            new ContentAreaRequest("ND5", "Đẩy mạnh chuyển đổi số trong các cơ quan, tổ chức đảng"),
            new ContentAreaRequest("ND6", "Thực hiện thắng lợi Nghị quyết Đại hội đại biểu Đảng bộ huyện lần thứ XXVII")),
        firstMonth.plusMonths(1).atEndOfMonth(),
        List.of(first, second),
        unitCodes,
        RESPONSE_SPEECH_UNIT);
  }

  private static PhaseRequest phase(String name, YearMonth start) {
    YearMonth end = start.plusMonths(11);
    YearMonth review = end.plusMonths(1);
    return new PhaseRequest(name, start.atDay(1), end.atEndOfMonth(), review, review.atDay(15));
  }
}
