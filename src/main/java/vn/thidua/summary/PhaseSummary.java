package vn.thidua.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A phase's summary: the review conference the office held, the report generated from the units'
 * records (rows per unit and totals as JSON, the PDF in the document storage), and the office's assessment.
 */
@Entity
@Table(name = "phase_summary")
class PhaseSummary {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private String campaignId;

  @Column(name = "phase_number", nullable = false)
  private int phaseNumber;

  @Column(name = "last_phase", nullable = false)
  private boolean lastPhase;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SummaryStatus status;

  @Column(name = "conference_date")
  private LocalDate conferenceDate;

  @Column(name = "conference_place")
  private String conferencePlace;

  @Column(name = "chaired_by")
  private String chairedBy;

  private String participants;

  @Column(name = "participant_count")
  private Integer participantCount;

  @Column(name = "awards_presented")
  private String awardsPresented;

  @Column(name = "conference_note")
  private String conferenceNote;

  @Column(name = "conference_recorded_by")
  private String conferenceRecordedBy;

  @Column(name = "conference_recorded_at")
  private Instant conferenceRecordedAt;

  private String assessment;

  @Column(name = "lessons_learned")
  private String lessonsLearned;

  @Column(name = "totals_json")
  private String totalsJson;

  @ElementCollection
  @CollectionTable(name = "phase_summary_unit", joinColumns = @JoinColumn(name = "summary_id"))
  @OrderColumn(name = "sort_order")
  private List<SummaryUnitRow> unitRows = new ArrayList<>();

  @Column(name = "document_id")
  private Long documentId;

  @Column(name = "generated_at")
  private Instant generatedAt;

  @Column(name = "finalised_by")
  private String finalisedBy;

  @Column(name = "finalised_at")
  private Instant finalisedAt;

  @Version
  private int version;

  protected PhaseSummary() {
  }

  PhaseSummary(String campaignId, int phaseNumber, boolean lastPhase) {
    this.campaignId = campaignId;
    this.phaseNumber = phaseNumber;
    this.lastPhase = lastPhase;
    this.status = SummaryStatus.CONFERENCE_PENDING;
  }

  /** The phase-summary process that works on this summary; a second process may not take it over. */
  void heldBy(String processInstanceId) {
    if (this.processInstanceId == null) {
      this.processInstanceId = processInstanceId;
    } else if (!this.processInstanceId.equals(processInstanceId)) {
      throw new IllegalStateException("Summary " + id + " belongs to process " + this.processInstanceId
          + ", not to " + processInstanceId);
    }
  }

  void recordConference(ConferenceRecord record, String by, Instant at) {
    conferenceDate = record.date();
    conferencePlace = record.place();
    chairedBy = record.chairedBy();
    participants = record.participants();
    participantCount = record.participantCount();
    awardsPresented = record.awardsPresented();
    conferenceNote = record.note();
    conferenceRecordedBy = by;
    conferenceRecordedAt = at;
  }

  boolean conferenceRecorded() {
    return conferenceDate != null;
  }

  /** A (re)generated report replaces the previous one whole: rows, totals and document. */
  void generated(List<SummaryUnitRow> rows, String totals, long document, Instant at) {
    unitRows.clear();
    unitRows.addAll(rows);
    totalsJson = totals;
    documentId = document;
    generatedAt = at;
    if (status == SummaryStatus.CONFERENCE_PENDING) {
      status = SummaryStatus.DRAFT;
    }
  }

  void assess(String assessment, String lessonsLearned, String by) {
    this.assessment = assessment;
    this.lessonsLearned = lessonsLearned;
    this.finalisedBy = by;
  }

  void markFinal(Instant at) {
    status = SummaryStatus.FINAL;
    finalisedAt = at;
  }

  Long getId() {
    return id;
  }

  String getCampaignId() {
    return campaignId;
  }

  int getPhaseNumber() {
    return phaseNumber;
  }

  boolean isLastPhase() {
    return lastPhase;
  }

  SummaryStatus getStatus() {
    return status;
  }

  ConferenceRecord conference() {
    return new ConferenceRecord(conferenceDate, conferencePlace, chairedBy, participants, participantCount,
        awardsPresented, conferenceNote);
  }

  String getConferenceRecordedBy() {
    return conferenceRecordedBy;
  }

  String getAssessment() {
    return assessment;
  }

  String getLessonsLearned() {
    return lessonsLearned;
  }

  String getTotalsJson() {
    return totalsJson;
  }

  List<SummaryUnitRow> getUnitRows() {
    return unitRows;
  }

  Long getDocumentId() {
    return documentId;
  }

  Instant getGeneratedAt() {
    return generatedAt;
  }

  String getFinalisedBy() {
    return finalisedBy;
  }

  Instant getFinalisedAt() {
    return finalisedAt;
  }
}
