package vn.thidua.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A unit as an administrator enters it. {@code parentCode} names the unit above it, {@code bodyGroup}
 * the body it is (e.g. {@code ban-to-chuc}), {@code version} the version read, to detect concurrent edits.
 */
record UnitRequest(
    @NotBlank(message = "Mã đơn vị không được để trống")
    @Size(max = 40, message = "Mã đơn vị dài tối đa 40 ký tự")
    @Pattern(regexp = CODE_PATTERN,
        message = "Mã đơn vị chỉ gồm chữ cái không dấu và chữ số, các phần nối bằng dấu gạch ngang (ví dụ CHAU-O)")
    String code,
    @NotBlank(message = "Tên đơn vị không được để trống")
    @Size(max = 255, message = "Tên đơn vị dài tối đa 255 ký tự")
    String name,
    @NotNull(message = "Loại đơn vị không được để trống")
    UnitKind kind,
    String parentCode,
    String bodyGroup,
    Integer version) {

  static final String CODE_PATTERN = "[A-Za-z0-9]+(-[A-Za-z0-9]+)*";

  UnitRequest {
    code = trimToNull(code);
    name = trimToNull(name);
    parentCode = trimToNull(parentCode);
    bodyGroup = trimToNull(bodyGroup);
  }

  static String trimToNull(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = value.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
