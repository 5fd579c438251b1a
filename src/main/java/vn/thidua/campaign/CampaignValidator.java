package vn.thidua.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.thidua.campaign.CampaignRequest.ContentAreaRequest;
import vn.thidua.campaign.CampaignRequest.PhaseRequest;
import vn.thidua.organization.UnitSummary;
import vn.thidua.web.ApiException;
import vn.thidua.web.ApiException.FieldError;

/** The rules a new campaign must meet, each broken rule reported against its field in Vietnamese. */
@Component
class CampaignValidator {

  private static final int MAX_PLAN_NUMBER = 50;

  /** Checks the request against the units known by code; throws with every problem found. */
  void check(CampaignRequest request, Map<String, UnitSummary> knownUnits) {
    List<FieldError> errors = new ArrayList<>();
    if (blank(request.planNumber())) {
      errors.add(new FieldError("planNumber", "Chưa nhập số kế hoạch (ví dụ 123-KH/HU)"));
    } else if (request.planNumber().length() > MAX_PLAN_NUMBER) {
      errors.add(new FieldError("planNumber", "Số kế hoạch dài quá " + MAX_PLAN_NUMBER + " ký tự"));
    }
    if (blank(request.title())) {
      errors.add(new FieldError("title", "Chưa nhập tên phong trào"));
    }
    if (request.slogans() != null) {
      for (int i = 0; i < request.slogans().size(); i++) {
        if (blank(request.slogans().get(i))) {
          errors.add(new FieldError("slogans[" + i + "]", "Khẩu hiệu không được để trống"));
        }
      }
    }
    checkContentAreas(request.contentAreas(), errors);
    checkPhases(request, errors);
    checkUnits(request, knownUnits, errors);
    if (!errors.isEmpty()) {
      throw ApiException.badRequest("Dữ liệu phong trào không hợp lệ", errors);
    }
  }

  private void checkContentAreas(List<ContentAreaRequest> areas, List<FieldError> errors) {
    if (areas == null || areas.isEmpty()) {
      errors.add(new FieldError("contentAreas", "Cần ít nhất một nội dung thi đua"));
      return;
    }
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < areas.size(); i++) {
      ContentAreaRequest area = areas.get(i);
      String field = "contentAreas[" + i + "]";
      if (area == null || blank(area.code())) {
        errors.add(new FieldError(field + ".code", "Chưa nhập mã nội dung thi đua"));
      } else if (!codes.add(area.code().strip())) {
        errors.add(new FieldError(field + ".code", "Mã nội dung thi đua \"" + area.code() + "\" bị trùng"));
      }
      if (area == null || blank(area.title())) {
        errors.add(new FieldError(field + ".title", "Chưa nhập tên nội dung thi đua"));
      }
    }
  }

  private void checkPhases(CampaignRequest request, List<FieldError> errors) {
    List<PhaseRequest> phases = request.phases();
    if (phases == null || phases.isEmpty()) {
      errors.add(new FieldError("phases", "Cần ít nhất một đợt thi đua"));
      return;
    }
    PhaseRequest previous = null;
    for (int i = 0; i < phases.size(); i++) {
      PhaseRequest phase = phases.get(i);
      String field = "phases[" + i + "]";
      if (phase == null) {
        errors.add(new FieldError(field, "Đợt thi đua trống"));
        continue;
      }
      if (blank(phase.name())) {
        errors.add(new FieldError(field + ".name", "Chưa nhập tên đợt"));
      }
      boolean datesGiven = required(phase.startDate(), field + ".startDate", "Chưa nhập ngày bắt đầu đợt", errors)
          & required(phase.endDate(), field + ".endDate", "Chưa nhập ngày kết thúc đợt", errors);
      required(phase.reviewMonth(), field + ".reviewMonth", "Chưa nhập tháng sơ kết/tổng kết (yyyy-MM)", errors);
      required(phase.resultsDeadline(), field + ".resultsDeadline", "Chưa nhập hạn nộp báo cáo kết quả", errors);
      if (!datesGiven) {
        continue;
      }
      if (phase.endDate().isBefore(phase.startDate())) {
        errors.add(new FieldError(field + ".endDate", "Ngày kết thúc đợt phải sau ngày bắt đầu"));
        continue;
      }
      if (previous != null && previous.endDate() != null && !phase.startDate().isAfter(previous.endDate())) {
        errors.add(new FieldError(field + ".startDate", "Đợt này chồng lên đợt trước: phải bắt đầu sau ngày "
            + DateText.format(previous.endDate())));
      }
      if (phase.reviewMonth() != null && phase.reviewMonth().isBefore(java.time.YearMonth.from(phase.endDate()))) {
        errors.add(new FieldError(field + ".reviewMonth", "Tháng sơ kết/tổng kết không được trước khi đợt kết thúc"));
      }
      if (phase.resultsDeadline() != null && phase.reviewMonth() != null
          && (!phase.resultsDeadline().isAfter(phase.endDate())
              || phase.resultsDeadline().isAfter(phase.reviewMonth().atEndOfMonth()))) {
        errors.add(new FieldError(field + ".resultsDeadline", "Hạn nộp báo cáo kết quả phải sau ngày kết thúc đợt ("
            + DateText.format(phase.endDate()) + ") và không muộn hơn tháng sơ kết/tổng kết"));
      }
      previous = phase;
    }
    PhaseRequest first = phases.get(0);
    if (request.pledgeDeadline() == null) {
      errors.add(new FieldError("pledgeDeadline", "Chưa nhập hạn đăng ký thi đua"));
    } else if (first != null && first.startDate() != null && first.endDate() != null
        && (request.pledgeDeadline().isBefore(first.startDate()) || request.pledgeDeadline().isAfter(first.endDate()))) {
      errors.add(new FieldError("pledgeDeadline", "Hạn đăng ký thi đua phải nằm trong đợt thứ nhất ("
          + DateText.format(first.startDate()) + " – " + DateText.format(first.endDate()) + ")"));
    }
  }

  private void checkUnits(CampaignRequest request, Map<String, UnitSummary> knownUnits, List<FieldError> errors) {
    List<String> codes = request.unitCodes();
    if (codes == null || codes.isEmpty()) {
      errors.add(new FieldError("unitCodes", "Cần ít nhất một đơn vị tham gia"));
    } else {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < codes.size(); i++) {
        String code = codes.get(i);
        if (blank(code) || !knownUnits.containsKey(code)) {
          errors.add(new FieldError("unitCodes[" + i + "]", "Không có đơn vị mã \"" + code + "\""));
        } else if (!seen.add(code)) {
          errors.add(new FieldError("unitCodes[" + i + "]", "Đơn vị \"" + code + "\" được kê hai lần"));
        }
      }
    }
    String speaker = request.responseSpeechUnitCode();
    if (blank(speaker)) {
      errors.add(new FieldError("responseSpeechUnitCode", "Chưa chọn đơn vị phát biểu hưởng ứng"));
    } else if (!knownUnits.containsKey(speaker)) {
      errors.add(new FieldError("responseSpeechUnitCode", "Không có đơn vị mã \"" + speaker + "\""));
    } else if (codes == null || !codes.contains(speaker)) {
      errors.add(new FieldError("responseSpeechUnitCode", "Đơn vị phát biểu hưởng ứng phải là đơn vị tham gia"));
    }
  }

  private static boolean required(Object value, String field, String message, List<FieldError> errors) {
    if (value == null) {
      errors.add(new FieldError(field, message));
      return false;
    }
    return true;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** Vietnamese date text dd/MM/yyyy for messages. */
  static final class DateText {
    private static final java.time.format.DateTimeFormatter FORMAT = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DateText() {
    }

    static String format(LocalDate date) {
      return FORMAT.format(date);
    }
  }
}
