package vn.thidua.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.thidua.catalogue.DecidingAuthority;
import vn.thidua.catalogue.NomineeKind;
import vn.thidua.catalogue.Track;

/** A reward decision as the API shows it, with its awardees and where their documents are. */
public record DecisionView(
    long id,
    String campaignId,
    int phaseNumber,
    DecidingAuthority authority,
    String authorityLabel,
    String authorityKey,
    DecisionStatus status,
    String statusLabel,
    String subject,
    String decidedBy,
    String decisionNumber,
    LocalDate issuedOn,
    String signerName,
    String signerTitle,
    Instant signedAt,
    String refusalReason,
    String submissionNumber,
    LocalDate submissionDate,
    List<Item> items,
    long totalMoney,
    String documentsUrl,
    int version) {

  /** An awardee; {@code included} false when taken off the draft, {@code awarded} for a recorded answer. */
  public record Item(long proposalId, NomineeKind nomineeKind, long nomineeId, String nomineeName,
      String nomineeKindLabel, String unitName, Track track, String rewardFormCode, String rewardFormName, Long money,
      boolean included, Boolean awarded, String answerDecisionNumber, LocalDate answerDecisionDate, Long awardId) {
  }

  /** A file of the decision; {@code ofRecord} marks the one that stands for the decision. */
  public record Document(long id, String kind, String kindLabel, String fileName, String contentType, long size,
      Instant uploadedAt, boolean ofRecord, String downloadUrl) {
  }
}
