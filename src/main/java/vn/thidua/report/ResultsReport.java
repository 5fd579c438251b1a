package vn.thidua.report;

import java.time.Instant;
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

/** A unit's results report (báo cáo kết quả thi đua) for one phase of a campaign. */
@Entity
@Table(name = "results_report")
class ResultsReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private String campaignId;

  @Column(name = "phase_number", nullable = false)
  private int phaseNumber;

  @Column(name = "unit_id", nullable = false)
  private Long unitId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReportStatus status;

  private String narrative;

  @Column(name = "head_remarks")
  private String headRemarks;

  @ElementCollection
  @CollectionTable(name = "report_result", joinColumns = @JoinColumn(name = "report_id"))
  @OrderColumn(name = "sort_order")
  private List<ReportResult> results = new ArrayList<>();

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "updated_by")
  private String updatedBy;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "prepared_by")
  private String preparedBy;

  @Column(name = "confirmed_by")
  private String confirmedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Version
  private int version;

  protected ResultsReport() {
  }

  ResultsReport(String campaignId, int phaseNumber, Long unitId, List<ReportResult> results,
      String processInstanceId) {
    this.campaignId = campaignId;
    this.phaseNumber = phaseNumber;
    this.unitId = unitId;
    this.results.addAll(results);
    this.processInstanceId = processInstanceId;
    this.status = ReportStatus.DRAFT;
  }

  void edit(String narrative, List<ReportResult> results, String by, Instant at) {
    this.narrative = narrative;
    this.results.clear();
    this.results.addAll(results);
    this.updatedBy = by;
    this.updatedAt = at;
  }

  /** Something about the report or its proposals changed: concurrent saves meet the version check. */
  void touch(String by, Instant at) {
    this.updatedBy = by;
    this.updatedAt = at;
  }

  void prepared(String by) {
    status = ReportStatus.AWAITING_CONFIRMATION;
    preparedBy = by;
  }

  void returnedByHead(String remarks) {
    status = ReportStatus.DRAFT;
    headRemarks = remarks;
  }

  void submit(String by, Instant at) {
    status = ReportStatus.SUBMITTED;
    confirmedBy = by;
    submittedAt = at;
  }

  void recordMissing() {
    status = ReportStatus.MISSING;
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

  Long getUnitId() {
    return unitId;
  }

  ReportStatus getStatus() {
    return status;
  }

  String getNarrative() {
    return narrative;
  }

  String getHeadRemarks() {
    return headRemarks;
  }

  List<ReportResult> getResults() {
    return results;
  }

  String getProcessInstanceId() {
    return processInstanceId;
  }

  String getUpdatedBy() {
    return updatedBy;
  }

  Instant getUpdatedAt() {
    return updatedAt;
  }

  String getPreparedBy() {
    return preparedBy;
  }

  String getConfirmedBy() {
    return confirmedBy;
  }

  Instant getSubmittedAt() {
    return submittedAt;
  }

  int getVersion() {
    return version;
  }
}
