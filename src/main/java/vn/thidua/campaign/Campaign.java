package vn.thidua.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A campaign (phong trào thi đua) launched by the Standing Committee under a numbered plan. */
@Entity
@Table(name = "campaign")
public class Campaign {

  /** URL-safe id: plan numbers such as "123-KH/HU" contain a slash. */
  @Id
  private String id;

  @Column(name = "plan_number", nullable = false, unique = true)
  private String planNumber;

  @Column(nullable = false)
  private String title;

  private String theme;

  @ElementCollection
  @CollectionTable(name = "campaign_slogan", joinColumns = @JoinColumn(name = "campaign_id"))
  @OrderColumn(name = "sort_order")
  @Column(name = "slogan", nullable = false)
  private List<String> slogans = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "campaign_content_area", joinColumns = @JoinColumn(name = "campaign_id"))
  @OrderColumn(name = "sort_order")
  private List<ContentArea> contentAreas = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "campaign_phase", joinColumns = @JoinColumn(name = "campaign_id"))
  @OrderBy("number")
  private List<Phase> phases = new ArrayList<>();

  @Column(name = "pledge_deadline", nullable = false)
  private LocalDate pledgeDeadline;

  @ElementCollection
  @CollectionTable(name = "campaign_unit", joinColumns = @JoinColumn(name = "campaign_id"))
  @Column(name = "unit_id", nullable = false)
  private Set<Long> unitIds = new LinkedHashSet<>();

  @Column(name = "response_speech_unit_id", nullable = false)
  private Long responseSpeechUnitId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CampaignStatus status;

  @Column(name = "current_phase")
  private Integer currentPhase;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "launched_at")
  private Instant launchedAt;

  @Version
  private int version;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getPlanNumber() {
    return planNumber;
  }

  public void setPlanNumber(String planNumber) {
    this.planNumber = planNumber;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getTheme() {
    return theme;
  }

  public void setTheme(String theme) {
    this.theme = theme;
  }

  public List<String> getSlogans() {
    return slogans;
  }

  public void setSlogans(List<String> slogans) {
    this.slogans = slogans;
  }

  public List<ContentArea> getContentAreas() {
    return contentAreas;
  }

  public void setContentAreas(List<ContentArea> contentAreas) {
    this.contentAreas = contentAreas;
  }

  public List<Phase> getPhases() {
    return phases;
  }

  public void setPhases(List<Phase> phases) {
    this.phases = phases;
  }

  public LocalDate getPledgeDeadline() {
    return pledgeDeadline;
  }

  public void setPledgeDeadline(LocalDate pledgeDeadline) {
    this.pledgeDeadline = pledgeDeadline;
  }

  public Set<Long> getUnitIds() {
    return unitIds;
  }

  public void setUnitIds(Set<Long> unitIds) {
    this.unitIds = unitIds;
  }

  public Long getResponseSpeechUnitId() {
    return responseSpeechUnitId;
  }

  public void setResponseSpeechUnitId(Long responseSpeechUnitId) {
    this.responseSpeechUnitId = responseSpeechUnitId;
  }

  public CampaignStatus getStatus() {
    return status;
  }

  /**
   * The stage as people see it on a day: the process moves to a phase as soon as the previous stage ends, but
   * a phase whose start date has not come is awaited, not running.
   */
  public CampaignStatus statusOn(LocalDate today) {
    boolean phaseNotBegun = currentPhase != null
        && phase(currentPhase).map(phase -> phase.startDate().isAfter(today)).orElse(false);
    return status == CampaignStatus.IN_PROGRESS && phaseNotBegun ? CampaignStatus.AWAITING_PHASE : status;
  }

  public void setStatus(CampaignStatus status) {
    this.status = status;
  }

  public Integer getCurrentPhase() {
    return currentPhase;
  }

  public void setCurrentPhase(Integer currentPhase) {
    this.currentPhase = currentPhase;
  }

  /** The phase with this number, if the campaign has it. */
  public Optional<Phase> phase(int number) {
    return phases.stream().filter(phase -> phase.number() == number).findFirst();
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public void setProcessInstanceId(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public void setCreatedBy(String createdBy) {
    this.createdBy = createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }

  public Instant getLaunchedAt() {
    return launchedAt;
  }

  public void setLaunchedAt(Instant launchedAt) {
    this.launchedAt = launchedAt;
  }

  public int getVersion() {
    return version;
  }
}
