package vn.thidua.rating;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.catalogue.NomineeKind;

/**
 * A recorded rating. {@code unitId}, {@code unitCode} and {@code unitName} are the unit itself for a
 * collective, the member's unit (when the rating was recorded) for an individual; {@code memberId} is
 * null for a collective. Vietnamese labels come along in the JSON ({@code ratingLabel}, ...).
 */
public record RatingView(
    long id,
    int year,
    NomineeKind nomineeKind,
    long unitId,
    String unitCode,
    String unitName,
    Long memberId,
    String nomineeName,
    QualityRating rating,
    BigDecimal score,
    String note,
    String recordedBy,
    Instant recordedAt,
    int version) {

  @JsonProperty("nomineeKindLabel")
  public String nomineeKindLabel() {
    return nomineeKind.label();
  }

  @JsonProperty("ratingLabel")
  public String ratingLabel() {
    return rating.label();
  }
}
