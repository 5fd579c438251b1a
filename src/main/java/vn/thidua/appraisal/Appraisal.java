package vn.thidua.appraisal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.thidua.catalogue.Track;

/** The appraisal (thẩm định) of one unit's dossier for one track in one phase. */
@Entity
@Table(name = "appraisal")
class Appraisal {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private String campaignId;

  @Column(name = "phase_number", nullable = false)
  private int phaseNumber;

  @Column(name = "report_id", nullable = false)
  private Long reportId;

  @Column(name = "unit_id", nullable = false)
  private Long unitId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Track track;

  @Column(nullable = false)
  private int round;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AppraisalStatus status;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(name = "council_date")
  private LocalDate councilDate;

  @Column(name = "council_members")
  private String councilMembers;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Version
  private int version;

  protected Appraisal() {
  }

  Appraisal(String campaignId, int phaseNumber, Long reportId, Long unitId, Track track, int round,
      String processInstanceId) {
    this.campaignId = campaignId;
    this.phaseNumber = phaseNumber;
    this.reportId = reportId;
    this.unitId = unitId;
    this.track = track;
    this.round = round;
    this.processInstanceId = processInstanceId;
    this.status = AppraisalStatus.INSPECTION;
  }

  void moveTo(AppraisalStatus status) {
    this.status = status;
  }

  void due(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  void councilMet(LocalDate date, String members) {
    this.councilDate = date;
    this.councilMembers = members;
  }

  void finish(Instant at) {
    status = AppraisalStatus.DONE;
    finishedAt = at;
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

  Long getReportId() {
    return reportId;
  }

  Long getUnitId() {
    return unitId;
  }

  Track getTrack() {
    return track;
  }

  int getRound() {
    return round;
  }

  AppraisalStatus getStatus() {
    return status;
  }

  LocalDate getDueDate() {
    return dueDate;
  }

  LocalDate getCouncilDate() {
    return councilDate;
  }

  String getCouncilMembers() {
    return councilMembers;
  }

  String getProcessInstanceId() {
    return processInstanceId;
  }

  Instant getFinishedAt() {
    return finishedAt;
  }

  int getVersion() {
    return version;
  }
}
