package vn.thidua.rating;

import java.math.BigDecimal;

import vn.thidua.catalogue.NomineeKind;

/**
 * A rating as Ban Tổ chức enters it (or a line of the CSV import). A collective is named by
 * {@code unitCode}; an individual by {@code memberId}, or by {@code unitCode} and {@code memberName}.
 * {@code score} is optional, on the 100-point scale of QĐ 366; {@code version} is the version read,
 * required to change a rating.
 */
record RatingRequest(
    Integer year,
    NomineeKind nomineeKind,
    String unitCode,
    Long memberId,
    String memberName,
    QualityRating rating,
    BigDecimal score,
    String note,
    Integer version) {

  RatingRequest {
    unitCode = trimToNull(unitCode);
    memberName = trimToNull(memberName);
    note = trimToNull(note);
  }

  private static String trimToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
