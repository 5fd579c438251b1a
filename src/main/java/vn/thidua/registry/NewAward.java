package vn.thidua.registry;

import java.time.LocalDate;

import vn.thidua.catalogue.NomineeKind;

/**
 * An award to enter into the registry: who (a unit for COLLECTIVE, a member for INDIVIDUAL), which form
 * of the catalogue, for which year, by which decision ({@code decidedBy} as free text, e.g. "Ban Thường vụ
 * Huyện ủy"), the money in VND (null when unknown or none), and, for an award of a campaign, the campaign
 * and phase it closes.
 */
public record NewAward(
    NomineeKind nomineeKind,
    Long nomineeId,
    String rewardFormCode,
    Integer year,
    String decisionNumber,
    LocalDate decisionDate,
    String decidedBy,
    Long money,
    AwardSource source,
    String campaignId,
    Integer phaseNumber) {

  public NewAward {
    rewardFormCode = trimToNull(rewardFormCode);
    decisionNumber = trimToNull(decisionNumber);
    decidedBy = trimToNull(decidedBy);
    campaignId = trimToNull(campaignId);
  }

  private static String trimToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
