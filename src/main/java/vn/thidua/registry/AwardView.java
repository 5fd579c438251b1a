package vn.thidua.registry;

import java.time.Instant;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;

import vn.thidua.catalogue.NomineeKind;
import vn.thidua.catalogue.Track;

/**
 * An entry of the reward registry. {@code nomineeUnitId} is set for a collective, {@code nomineeMemberId}
 * for an individual; {@code unitCode} and {@code unitName} are the nominee's unit (the unit itself for a
 * collective). {@code money} is VND, null when unknown or none; {@code campaignId} and {@code phaseNumber}
 * are null for awards imported from the office's records. A revoked award ({@code revoked}) carries the
 * reason, the legal ground, who recorded the revocation and when, and the revoking decision's number (if
 * given) and date; those fields are absent while the award stands. Vietnamese labels come along in the JSON.
 */
public record AwardView(
    long id,
    NomineeKind nomineeKind,
    Long nomineeUnitId,
    Long nomineeMemberId,
    String nomineeName,
    String unitCode,
    String rewardFormCode,
    String rewardFormName,
    Track track,
    int year,
    String decisionNumber,
    LocalDate decisionDate,
    String decidedBy,
    Long money,
    AwardSource source,
    String campaignId,
    Integer phaseNumber,
    String unitName,
    String recordedBy,
    Instant recordedAt,
    boolean revoked,
    String revokedReason,
    String legalGround,
    String revokedBy,
    Instant revokedAt,
    String revocationDecisionNumber,
    LocalDate revokedOn) {

  @JsonProperty("nomineeKindLabel")
  public String nomineeKindLabel() {
    return nomineeKind.label();
  }

  @JsonProperty("trackLabel")
  public String trackLabel() {
    return track.label();
  }

  @JsonProperty("sourceLabel")
  public String sourceLabel() {
    return source.label();
  }
}
