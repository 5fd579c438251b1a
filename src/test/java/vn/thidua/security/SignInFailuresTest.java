package vn.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** An address that keeps guessing is stopped; everyone else, and the same address later, signs in as before. */
class SignInFailuresTest {

  private static final String GUESSER = "203.0.113.7";
  private static final String COLLEAGUE = "203.0.113.8";

  private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T01:00:00Z"));
  private final SignInFailures failures = new SignInFailures(new SignInProperties(3, Duration.ofMinutes(15)), clock);

  private void wrongPassword(String address) {
    assertThat(failures.attempt(address)).isEmpty();
    failures.checked(address, false);
  }

  @Test
  void anAddressThatFailedTooOftenIsRefusedUntilItsWindowEnds() {
    wrongPassword(GUESSER);
    clock.advance(Duration.ofMinutes(5));
    wrongPassword(GUESSER);
    wrongPassword(GUESSER);

    assertThat(failures.attempt(GUESSER)).contains(Duration.ofMinutes(10));
    assertThat(failures.refusedFor(GUESSER)).contains(Duration.ofMinutes(10));
    assertThat(failures.attempt(COLLEAGUE)).as("another address is not held back").isEmpty();

    clock.advance(Duration.ofMinutes(10));
    assertThat(failures.refusedFor(GUESSER)).isEmpty();
    assertThat(failures.attempt(GUESSER)).isEmpty();
  }

  @Test
  void aRightPasswordCountsNothingAndParallelSignInsOfAnHonestClientAreNotLimited() {
    for (int i = 0; i < 20; i++) {
      assertThat(failures.attempt(COLLEAGUE)).isEmpty();
    }
    for (int i = 0; i < 20; i++) {
      failures.checked(COLLEAGUE, true);
    }
    wrongPassword(COLLEAGUE);
    wrongPassword(COLLEAGUE);

    assertThat(failures.refusedFor(COLLEAGUE)).isEmpty();
  }

  @Test
  void aFailingAddressCannotSendMoreGuessesAtOnceThanItHasLeft() {
    wrongPassword(GUESSER);

    assertThat(failures.attempt(GUESSER)).isEmpty();
    assertThat(failures.attempt(GUESSER)).isEmpty();
    assertThat(failures.attempt(GUESSER)).as("two guesses are already being checked").isPresent();
  }

  @Test
  void anIpv6ClientIsCountedByItsNetwork() {
    wrongPassword("2001:db8:1:2::1");
    wrongPassword("2001:db8:1:2::2");
    wrongPassword("2001:db8:1:2::3");

    assertThat(failures.attempt("2001:db8:1:2::4")).isPresent();
    assertThat(failures.attempt("2001:db8:1:3::1")).isEmpty();
  }

  @Test
  void theWaitIsToldInWholeMinutesRoundedUp() {
    assertThat(TooManySignInFailures.message(Duration.ofSeconds(61)))
        .isEqualTo("Đăng nhập sai quá nhiều lần từ địa chỉ này. Vui lòng thử lại sau 2 phút.");
    assertThat(TooManySignInFailures.minutes(Duration.ofSeconds(5))).isEqualTo(1);
    assertThat(TooManySignInFailures.minutes(Duration.ofMinutes(15))).isEqualTo(15);
  }

  private static final class MovableClock extends Clock {

    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("Asia/Ho_Chi_Minh");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
