package vn.thidua.registry;

import java.time.LocalDate;

/**
 * A revocation (thu hồi) of an award: why, on which legal ground (e.g. "Điều 80 Luật Thi đua, khen thưởng
 * 2022"), and optionally the number and date of the revoking decision; the date defaults to the day it is
 * recorded.
 */
public record Revocation(String reason, String legalGround, String decisionNumber, LocalDate revokedOn) {

  static final Revocation EMPTY = new Revocation(null, null, null, null);

  public Revocation {
    reason = trimToNull(reason);
    legalGround = trimToNull(legalGround);
    decisionNumber = trimToNull(decisionNumber);
  }

  Revocation on(LocalDate day) {
    return new Revocation(reason, legalGround, decisionNumber, day);
  }

  private static String trimToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
