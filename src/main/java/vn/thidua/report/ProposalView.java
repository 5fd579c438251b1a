package vn.thidua.report;

import java.time.Instant;
import java.util.List;

import vn.thidua.catalogue.NomineeKind;
import vn.thidua.catalogue.Track;
import vn.thidua.rating.QualityRating;

/** A reward proposal with the dossier files its form requires and those attached. */
public record ProposalView(
    Long id,
    Long reportId,
    NomineeKind nomineeKind,
    String nomineeKindLabel,
    Long nomineeUnitId,
    Long nomineeMemberId,
    String nomineeName,
    Track track,
    String trackLabel,
    String rewardFormCode,
    String rewardFormName,
    QualityRating declaredRating,
    String declaredRatingLabel,
    int consecutiveExcellentYears,
    String achievements,
    Integer memberCount,
    Integer membersCompletingTasks,
    Integer membersAdvancedWorkers,
    Integer membersEmulationFighters,
    boolean countsRequired,
    ProposalStatus status,
    String statusLabel,
    boolean editable,
    int version,
    List<RequiredDocument> requiredDocuments,
    List<String> missingDocuments,
    List<DocumentView> documents) {

  public record RequiredDocument(String kind, String label, boolean provided) {
  }

  public record DocumentView(long id, String kind, String kindLabel, String fileName, String contentType, long size,
      String sha256, String uploadedBy, Instant uploadedAt, String downloadUrl) {
  }
}
