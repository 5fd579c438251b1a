package vn.thidua.posting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An open posting as the public page shows it. The period is given in Vietnamese local dates:
 * {@code endsOn} is the last day objections are taken, {@code endsAtTime} the hour they stop that day
 * ("HH:mm"), absent when the period runs to the end of that day.
 */
public record PostingView(
    long id,
    String title,
    String campaignTitle,
    String planNumber,
    String phaseName,
    Instant openedAt,
    Instant endsAt,
    LocalDate startsOn,
    LocalDate endsOn,
    String endsAtTime,
    List<Entry> entries) {

  /** A listed proposal, numbered as the list shows it; proposals withdrawn after an objection are left out. */
  public record Entry(int number, Long proposalId, String nomineeName, String nomineeKindLabel, String unitName,
      String trackLabel, String rewardFormName, String achievements) {
  }
}
