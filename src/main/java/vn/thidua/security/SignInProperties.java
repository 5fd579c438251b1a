package vn.thidua.security;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many wrong passwords one client address may send before it is refused for a while.
 *
 * @param failuresPerAddress failed sign-ins one client address may make within {@code window}; further
 *                           attempts are refused, their password unchecked, until the window ends
 * @param window             the time the failures are counted over, from an address's first failure
 */
@Validated
@ConfigurationProperties("thidua.security.sign-in")
record SignInProperties(
    @Min(value = 1, message = "thidua.security.sign-in.failures-per-address phải ít nhất là 1")
    @Max(value = 10_000, message = "thidua.security.sign-in.failures-per-address tối đa 10000")
    @DefaultValue("10") int failuresPerAddress,
    @DefaultValue("15m") Duration window) {

  @AssertTrue(message = "thidua.security.sign-in.window phải từ 1 giây đến 24 giờ")
  boolean isWindowReasonable() {
    return window != null && window.compareTo(Duration.ofSeconds(1)) >= 0 && window.compareTo(Duration.ofHours(24)) <= 0;
  }
}
