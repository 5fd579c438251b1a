package vn.thidua.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import vn.thidua.web.ClientAddress;

/**
 * Failed sign-ins per client address: an address that failed {@code failures-per-address} times within
 * the window is refused until the window ends, its passwords unchecked. So one address can neither guess
 * on nor drive Camunda's per-account lock to keep someone else, such as {@code admin}, out. Kept in memory,
 * for at most {@link #TRACKED_ADDRESSES} addresses: a restart forgets the counts.
 */
@Component
class SignInFailures {

  /** Beyond this many addresses, those whose window ended are forgotten, then the oldest. */
  static final int TRACKED_ADDRESSES = 100_000;

  /** Failures since the first one of the window, and the attempts of this address being checked now. */
  private record Count(Instant since, int failures, int checking) {
  }

  private final Map<String, Count> byAddress = new ConcurrentHashMap<>();
  private final SignInProperties properties;
  private final Clock clock;

  SignInFailures(SignInProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * An attempt from this address is about to have its password checked; call {@link #checked} after.
   * Refused instead, with how long to wait, once the address failed too often – and, once it has failed at
   * all, while its attempts being checked could take it past the limit, so that a burst of parallel guesses
   * cannot slip through together. Clients that have not failed may sign in in parallel as much as they like.
   */
  Optional<Duration> attempt(String clientAddress) {
    Instant now = clock.instant();
    Duration[] wait = new Duration[1];
    byAddress.compute(ClientAddress.counted(clientAddress), (address, stored) -> {
      Count count = current(stored, now);
      int limit = properties.failuresPerAddress();
      if (count.failures() >= limit || count.failures() > 0 && count.failures() + count.checking() >= limit) {
        wait[0] = Duration.between(now, count.since().plus(properties.window()));
        return count;
      }
      return new Count(count.since(), count.failures(), count.checking() + 1);
    });
    if (byAddress.size() > TRACKED_ADDRESSES) {
      forgetOldest(now);
    }
    return Optional.ofNullable(wait[0]);
  }

  /** The password of an attempt {@link #attempt} let through was right, or not. */
  void checked(String clientAddress, boolean rightPassword) {
    Instant now = clock.instant();
    byAddress.computeIfPresent(ClientAddress.counted(clientAddress), (address, stored) -> {
      Count count = current(stored, now);
      int checking = Math.max(0, count.checking() - 1);
      if (rightPassword) {
        return count.failures() == 0 && checking == 0 ? null : new Count(count.since(), count.failures(), checking);
      }
      return new Count(count.failures() == 0 ? now : count.since(), count.failures() + 1, checking);
    });
  }

  /** How long this address must still wait before it may sign in again, if it is refused now. */
  Optional<Duration> refusedFor(String clientAddress) {
    Instant now = clock.instant();
    Count count = current(byAddress.get(ClientAddress.counted(clientAddress)), now);
    if (count.failures() < properties.failuresPerAddress()) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, count.since().plus(properties.window())));
  }

  /** The count as it stands now: its failures are forgotten once their window ended. */
  private Count current(Count stored, Instant now) {
    if (stored == null) {
      return new Count(now, 0, 0);
    }
    if (stored.failures() > 0 && ended(stored, now)) {
      return new Count(now, 0, stored.checking());
    }
    return stored;
  }

  private boolean ended(Count count, Instant now) {
    return !now.isBefore(count.since().plus(properties.window()));
  }

  private void forgetOldest(Instant now) {
    byAddress.values().removeIf(count -> ended(count, now) && count.checking() == 0);
    while (byAddress.size() > TRACKED_ADDRESSES) {
      byAddress.entrySet().stream().min(Comparator.comparing(entry -> entry.getValue().since()))
          .ifPresent(oldest -> byAddress.remove(oldest.getKey(), oldest.getValue()));
    }
  }
}
