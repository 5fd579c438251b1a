package vn.thidua.posting;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.validation.annotation.Validated;

/**
 * Who may read the posted list and how often one client may object.
 *
 * @param publicAccess      {@code thidua.posting.public}: true opens the page and its API to anyone without
 *                          signing in; false (the default) keeps them for signed-in users, since the list names
 *                          Party members
 * @param objectionsPerHour objections accepted from one client address within an hour
 * @param addressKey        secret that client addresses are hashed with (HMAC-SHA256) for the hourly limit;
 *                          when empty, a random key is made at each start (the count then restarts with it)
 */
@Validated
@ConfigurationProperties("thidua.posting")
public record PostingProperties(
    @Name("public") @DefaultValue("false") boolean publicAccess,
    @Min(value = 1, message = "thidua.posting.objections-per-hour phải ít nhất là 1")
    @Max(value = 10_000, message = "thidua.posting.objections-per-hour tối đa 10000")
    @DefaultValue("5") int objectionsPerHour,
    String addressKey) {

  @AssertTrue(message = "thidua.posting.address-key cần ít nhất 32 ký tự (hoặc để trống để tạo khóa ngẫu nhiên)")
  public boolean isAddressKeyLongEnough() {
    return addressKey == null || addressKey.isBlank() || addressKey.strip().length() >= 32;
  }
}
