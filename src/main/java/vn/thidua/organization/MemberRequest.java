package vn.thidua.organization;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A member as an administrator enters it (or a line of the CSV import). A username makes the member a
 * Camunda user; {@code version} is the version read, to detect concurrent edits.
 */
record MemberRequest(
    @NotBlank(message = "Họ tên không được để trống")
    @Size(max = 200, message = "Họ tên dài tối đa 200 ký tự")
    String fullName,
    @Size(max = 255, message = "Chức vụ dài tối đa 255 ký tự")
    String position,
    @NotBlank(message = "Mã đơn vị không được để trống")
    String unitCode,
    boolean partyMember,
    @Size(max = 64, message = "Tên đăng nhập dài tối đa 64 ký tự")
    @Pattern(regexp = USERNAME_PATTERN,
        message = "Tên đăng nhập chỉ gồm chữ cái không dấu và chữ số, các phần nối bằng dấu chấm, gạch dưới hoặc gạch ngang")
    String username,
    @Email(message = "Địa chỉ email không hợp lệ")
    @Size(max = 255, message = "Email dài tối đa 255 ký tự")
    String email,
    Set<Role> roles,
    Integer version) {

  /** What Camunda accepts as a user id here (see generalResourceWhitelistPattern). */
  static final String USERNAME_PATTERN = "[a-zA-Z0-9]+([._-][a-zA-Z0-9]+)*";

  MemberRequest {
    fullName = UnitRequest.trimToNull(fullName);
    position = UnitRequest.trimToNull(position);
    unitCode = UnitRequest.trimToNull(unitCode);
    username = UnitRequest.trimToNull(username);
    email = UnitRequest.trimToNull(email);
    roles = roles == null ? Set.of() : new LinkedHashSet<>(roles);
  }
}
