package vn.thidua.summary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.thidua.pledge.PledgeStatus;
import vn.thidua.report.ProposalStatus;
import vn.thidua.report.ReportStatus;

/**
 * A phase's summary report (báo cáo sơ kết đợt / tổng kết) as the API shows it: the review conference, the
 * totals, and per unit its registration, its pledged targets against what it achieved, its proposals with
 * their outcome and the awards decided. {@code units} holds every unit for the committee's bodies and only
 * its own row for a unit; {@code pdfUrl} is there once the report is generated.
 */
public record PhaseReport(
    String campaignId,
    String planNumber,
    String campaignTitle,
    int phaseNumber,
    String phaseName,
    boolean lastPhase,
    String title,
    SummaryStatus status,
    String statusLabel,
    Conference conference,
    String assessment,
    String lessonsLearned,
    Totals totals,
    List<UnitRow> units,
    Instant generatedAt,
    String finalisedBy,
    Instant finalisedAt,
    String pdfUrl) {

  /** The review conference (hội nghị sơ kết / tổng kết) as the office recorded it. */
  public record Conference(LocalDate date, String place, String chairedBy, String participants,
      Integer participantCount, String awardsPresented, String note, String recordedBy) {
  }

  /** The phase in figures; {@code money} is VND. */
  public record Totals(int units, int registered, int notRegistered, int reported, int notReported, int proposals,
      List<OutcomeCount> proposalsByOutcome, int awards, List<FormCount> awardsByForm, long money, int forwarded) {
  }

  public record OutcomeCount(ProposalStatus status, String label, int count) {
  }

  public record FormCount(String formCode, String formName, int count, long money) {
  }

  /** One participating unit in the phase. */
  public record UnitRow(long unitId, String unitCode, String unitName, PledgeStatus registrationStatus,
      String registrationLabel, ReportStatus reportStatus, String reportLabel, List<TargetRow> targets,
      List<ProposalRow> proposals, List<AwardRow> awards) {
  }

  /** A pledged target and what the unit reported for it (null while it has not). */
  public record TargetRow(String contentArea, String target, String unitOfMeasure, BigDecimal pledged,
      BigDecimal achieved, String selfAssessment) {
  }

  /** A proposal of the unit: the form proposed, the form agreed at appraisal if any, and where it ended. */
  public record ProposalRow(long id, String nomineeName, String nomineeKind, String track, String proposedForm,
      String agreedForm, ProposalStatus status, String statusLabel) {
  }

  /** An award of the registry for this phase: by which decision, with how much money (VND). */
  public record AwardRow(String nomineeName, String formCode, String formName, String decisionNumber,
      LocalDate decisionDate, Long money, String source) {
  }
}
