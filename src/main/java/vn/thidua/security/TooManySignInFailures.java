package vn.thidua.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused, its password unchecked, because its client address failed too often. */
class TooManySignInFailures extends AuthenticationException {

  private final Duration wait;

  TooManySignInFailures(Duration wait) {
    super(message(wait));
    this.wait = wait;
  }

  Duration waitFor() {
    return wait;
  }

  static String message(Duration wait) {
    return "Đăng nhập sai quá nhiều lần từ địa chỉ này. Vui lòng thử lại sau " + minutes(wait) + " phút.";
  }

  /** Whole minutes, rounded up, at least one: "thử lại sau 0 phút" would be wrong. */
  static long minutes(Duration wait) {
    return Math.max(1, (wait.toSeconds() + 59) / 60);
  }
}
