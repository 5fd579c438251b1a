package vn.thidua.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.thidua.web.ApiException;
import vn.thidua.web.ApiException.FieldError;

/** The rules a catalogue entry must meet, every broken rule reported against its field in Vietnamese. */
@Component
class RewardFormValidator {

  static final String INVALID = "Dữ liệu hình thức khen thưởng không hợp lệ";

  private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{2,60}");
  private static final int MAX_NAME = 500;
  private static final BigDecimal MAX_MULTIPLE = BigDecimal.valueOf(100);

  /** Checks a new entry; throws with every problem found. */
  void checkNew(RewardFormRequest request) {
    List<FieldError> errors = new ArrayList<>();
    if (request.code() == null || request.code().isEmpty()) {
      errors.add(new FieldError("code", "Chưa nhập mã hình thức khen thưởng"));
    } else if (!CODE.matcher(request.code()).matches()) {
      errors.add(new FieldError("code", "Mã chỉ gồm chữ in hoa không dấu, chữ số và dấu gạch dưới, dài 2–60 ký tự "
          + "(ví dụ GIAY_KHEN_BTV_TAP_THE)"));
    }
    checkContent(request, errors);
    throwIfAny(errors);
  }

  /** Checks a change of the entry {@code code}; throws with every problem found. */
  void checkChange(String code, RewardFormRequest request) {
    List<FieldError> errors = new ArrayList<>();
    if (request.code() != null && !request.code().equals(code)) {
      errors.add(new FieldError("code", "Không được đổi mã hình thức khen thưởng (" + code
          + ") vì các đề nghị khen thưởng tham chiếu đến mã này"));
    }
    if (request.version() == null) {
      errors.add(new FieldError("version",
          "Chưa gửi phiên bản (version) đã đọc – cần có để không ghi đè thay đổi của người khác"));
    }
    checkContent(request, errors);
    throwIfAny(errors);
  }

  private void checkContent(RewardFormRequest request, List<FieldError> errors) {
    if (request.name() == null || request.name().isEmpty()) {
      errors.add(new FieldError("name", "Chưa nhập tên hình thức khen thưởng"));
    } else if (request.name().length() > MAX_NAME) {
      errors.add(new FieldError("name", "Tên hình thức khen thưởng dài tối đa " + MAX_NAME + " ký tự"));
    }
    if (request.kind() == null) {
      errors.add(new FieldError("kind", "Chưa chọn loại: danh hiệu thi đua hay hình thức khen thưởng"));
    }
    if (request.track() == null) {
      errors.add(new FieldError("track", "Chưa chọn khối khen thưởng (Đảng, Nhà nước hay đoàn thể)"));
    }
    if (request.nomineeScope() == null) {
      errors.add(new FieldError("nomineeScope", "Chưa chọn đối tượng được khen (tập thể, cá nhân hay cả hai)"));
    }
    if (request.decidedBy() == null) {
      errors.add(new FieldError("decidedBy", "Chưa chọn cấp quyết định khen thưởng"));
    } else if (request.track() != null && !request.track().decidableBy(request.decidedBy())) {
      errors.add(new FieldError("decidedBy", "\"" + request.decidedBy().label() + "\" không quyết định khối \""
          + request.track().label() + "\"; chọn một trong: "
          + request.track().authorities().stream().map(DecidingAuthority::label).collect(Collectors.joining(", "))));
    }
    checkDocuments(request.requiredDocuments(), errors);
    checkMultiple("moneyMultipleIndividual", request.moneyMultipleIndividual(), NomineeKind.INDIVIDUAL, request,
        errors);
    checkMultiple("moneyMultipleCollective", request.moneyMultipleCollective(), NomineeKind.COLLECTIVE, request,
        errors);
    if (request.sortOrder() != null && request.sortOrder() < 0) {
      errors.add(new FieldError("sortOrder", "Thứ tự hiển thị không được âm"));
    }
  }

  private static void checkDocuments(List<DocumentKind> documents, List<FieldError> errors) {
    if (documents == null || documents.isEmpty()) {
      errors.add(new FieldError("requiredDocuments", "Cần ít nhất một tài liệu bắt buộc trong hồ sơ đề nghị"));
      return;
    }
    Set<DocumentKind> seen = EnumSet.noneOf(DocumentKind.class);
    for (int i = 0; i < documents.size(); i++) {
      DocumentKind document = documents.get(i);
      String field = "requiredDocuments[" + i + "]";
      if (document == null) {
        errors.add(new FieldError(field, "Chưa chọn tài liệu"));
      } else if (!seen.add(document)) {
        errors.add(new FieldError(field, "Tài liệu \"" + document.label() + "\" được kê hai lần"));
      }
    }
  }

  private static void checkMultiple(String field, BigDecimal multiple, NomineeKind nomineeKind,
      RewardFormRequest request, List<FieldError> errors) {
    if (multiple == null) {
      return;
    }
    if (multiple.signum() < 0) {
      errors.add(new FieldError(field, "Hệ số tiền thưởng không được âm"));
    } else if (multiple.stripTrailingZeros().scale() > 2) {
      errors.add(new FieldError(field, "Hệ số tiền thưởng có tối đa 2 chữ số thập phân (ví dụ 0.15)"));
    } else if (multiple.compareTo(MAX_MULTIPLE) > 0) {
      errors.add(new FieldError(field, "Hệ số tiền thưởng không quá " + MAX_MULTIPLE + " lần lương cơ sở"));
    } else if (request.nomineeScope() != null && !request.nomineeScope().allows(nomineeKind)) {
      errors.add(new FieldError(field, "Hình thức chỉ dành cho " + lower(request.nomineeScope().label())
          + ": để trống hệ số tiền thưởng " + lower(nomineeKind.label())));
    } else if (request.decidedBy() == DecidingAuthority.PROVINCE) {
      errors.add(new FieldError(field,
          "Hình thức do cấp tỉnh quyết định, tiền thưởng do cấp trên chi: để trống hệ số tiền thưởng"));
    }
  }

  private static String lower(String label) {
    return label.toLowerCase(Locale.ROOT);
  }

  private static void throwIfAny(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw ApiException.badRequest(INVALID, errors);
    }
  }
}
