package vn.thidua.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What the bodies prepared for the launch ceremony (section IV and VI of the plan): script,
 * commitment, speeches, invitations, budget, communication and mobilization plans, the ceremony.
 */
@Entity
@Table(name = "launch_preparation")
public class LaunchPreparation {

  /** Whether Văn phòng accepted the Standing Office's speech. */
  public enum SpeechStatus { SUBMITTED, ACCEPTED, RETURNED }

  @Id
  @Column(name = "campaign_id")
  private String campaignId;
  @Column(name = "ceremony_script")
  private String ceremonyScript;
  @Column(name = "commitment_text")
  private String commitmentText;
  @Column(name = "speech_text")
  private String speechText;
  @Enumerated(EnumType.STRING)
  @Column(name = "speech_status")
  private SpeechStatus speechStatus;
  @Column(name = "speech_remarks")
  private String speechRemarks;
  @Column(name = "invitation_date")
  private LocalDate invitationDate;
  @Column(name = "guest_list")
  private String guestList;
  @Column(name = "invitation_note")
  private String invitationNote;
  @Column(name = "budget_note")
  private String budgetNote;
  @Column(name = "presenter_name")
  private String presenterName;
  @Column(name = "presenter_position")
  private String presenterPosition;
  @Column(name = "presenter_note")
  private String presenterNote;
  @Column(name = "response_speaker_name")
  private String responseSpeakerName;
  @Column(name = "response_speaker_position")
  private String responseSpeakerPosition;
  @Column(name = "response_speech_text")
  private String responseSpeechText;
  @Column(name = "communication_plan")
  private String communicationPlan;
  @Column(name = "communication_channels")
  private String communicationChannels;
  @Column(name = "communication_start_date")
  private LocalDate communicationStartDate;
  @Column(name = "communication_end_date")
  private LocalDate communicationEndDate;
  @Column(name = "mobilization_plan")
  private String mobilizationPlan;
  @Column(name = "mobilization_target_groups")
  private String mobilizationTargetGroups;
  @Column(name = "ceremony_date")
  private LocalDate ceremonyDate;
  @Column(name = "ceremony_place")
  private String ceremonyPlace;
  @Column(name = "attendee_count")
  private Integer attendeeCount;
  @Column(name = "attendees_note")
  private String attendeesNote;
  @Column(name = "ceremony_note")
  private String ceremonyNote;
  @Column(name = "settlement_note")
  private String settlementNote;
  @ElementCollection
  @CollectionTable(name = "launch_budget_item", joinColumns = @JoinColumn(name = "campaign_id"))
  @OrderColumn(name = "sort_order")
  private List<BudgetItem> budgetItems = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "ceremony_signature", joinColumns = @JoinColumn(name = "campaign_id"))
  @Column(name = "unit_id", nullable = false)
  private Set<Long> signedUnitIds = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "launch_step", joinColumns = @JoinColumn(name = "campaign_id"))
  private List<CompletedStep> completedSteps = new ArrayList<>();

  @Version
  private int version;

  protected LaunchPreparation() {
  }

  LaunchPreparation(String campaignId) {
    this.campaignId = campaignId;
  }

  /** Records who completed a step and when; a step done again (after a return) keeps the latest. */
  void recordStep(CompletedStep step) {
    completedSteps.removeIf(existing -> existing.step() == step.step());
    completedSteps.add(step);
  }

  public String getCampaignId() {
    return campaignId;
  }

  public String getCeremonyScript() {
    return ceremonyScript;
  }

  public void setCeremonyScript(String ceremonyScript) {
    this.ceremonyScript = ceremonyScript;
  }

  public String getCommitmentText() {
    return commitmentText;
  }

  public void setCommitmentText(String commitmentText) {
    this.commitmentText = commitmentText;
  }

  public String getSpeechText() {
    return speechText;
  }

  public void setSpeechText(String speechText) {
    this.speechText = speechText;
  }

  public SpeechStatus getSpeechStatus() {
    return speechStatus;
  }

  public void setSpeechStatus(SpeechStatus speechStatus) {
    this.speechStatus = speechStatus;
  }

  public String getSpeechRemarks() {
    return speechRemarks;
  }

  public void setSpeechRemarks(String speechRemarks) {
    this.speechRemarks = speechRemarks;
  }

  public LocalDate getInvitationDate() {
    return invitationDate;
  }

  public void setInvitationDate(LocalDate invitationDate) {
    this.invitationDate = invitationDate;
  }

  public String getGuestList() {
    return guestList;
  }

  public void setGuestList(String guestList) {
    this.guestList = guestList;
  }

  public String getInvitationNote() {
    return invitationNote;
  }

  public void setInvitationNote(String invitationNote) {
    this.invitationNote = invitationNote;
  }

  public String getBudgetNote() {
    return budgetNote;
  }

  public void setBudgetNote(String budgetNote) {
    this.budgetNote = budgetNote;
  }

  public String getPresenterName() {
    return presenterName;
  }

  public void setPresenterName(String presenterName) {
    this.presenterName = presenterName;
  }

  public String getPresenterPosition() {
    return presenterPosition;
  }

  public void setPresenterPosition(String presenterPosition) {
    this.presenterPosition = presenterPosition;
  }

  public String getPresenterNote() {
    return presenterNote;
  }

  public void setPresenterNote(String presenterNote) {
    this.presenterNote = presenterNote;
  }

  public String getResponseSpeakerName() {
    return responseSpeakerName;
  }

  public void setResponseSpeakerName(String responseSpeakerName) {
    this.responseSpeakerName = responseSpeakerName;
  }

  public String getResponseSpeakerPosition() {
    return responseSpeakerPosition;
  }

  public void setResponseSpeakerPosition(String responseSpeakerPosition) {
    this.responseSpeakerPosition = responseSpeakerPosition;
  }

  public String getResponseSpeechText() {
    return responseSpeechText;
  }

  public void setResponseSpeechText(String responseSpeechText) {
    this.responseSpeechText = responseSpeechText;
  }

  public String getCommunicationPlan() {
    return communicationPlan;
  }

  public void setCommunicationPlan(String communicationPlan) {
    this.communicationPlan = communicationPlan;
  }

  public String getCommunicationChannels() {
    return communicationChannels;
  }

  public void setCommunicationChannels(String communicationChannels) {
    this.communicationChannels = communicationChannels;
  }

  public LocalDate getCommunicationStartDate() {
    return communicationStartDate;
  }

  public void setCommunicationStartDate(LocalDate communicationStartDate) {
    this.communicationStartDate = communicationStartDate;
  }

  public LocalDate getCommunicationEndDate() {
    return communicationEndDate;
  }

  public void setCommunicationEndDate(LocalDate communicationEndDate) {
    this.communicationEndDate = communicationEndDate;
  }

  public String getMobilizationPlan() {
    return mobilizationPlan;
  }

  public void setMobilizationPlan(String mobilizationPlan) {
    this.mobilizationPlan = mobilizationPlan;
  }

  public String getMobilizationTargetGroups() {
    return mobilizationTargetGroups;
  }

  public void setMobilizationTargetGroups(String mobilizationTargetGroups) {
    this.mobilizationTargetGroups = mobilizationTargetGroups;
  }

  public LocalDate getCeremonyDate() {
    return ceremonyDate;
  }

  public void setCeremonyDate(LocalDate ceremonyDate) {
    this.ceremonyDate = ceremonyDate;
  }

  public String getCeremonyPlace() {
    return ceremonyPlace;
  }

  public void setCeremonyPlace(String ceremonyPlace) {
    this.ceremonyPlace = ceremonyPlace;
  }

  public Integer getAttendeeCount() {
    return attendeeCount;
  }

  public void setAttendeeCount(Integer attendeeCount) {
    this.attendeeCount = attendeeCount;
  }

  public String getAttendeesNote() {
    return attendeesNote;
  }

  public void setAttendeesNote(String attendeesNote) {
    this.attendeesNote = attendeesNote;
  }

  public String getCeremonyNote() {
    return ceremonyNote;
  }

  public void setCeremonyNote(String ceremonyNote) {
    this.ceremonyNote = ceremonyNote;
  }

  public String getSettlementNote() {
    return settlementNote;
  }

  public void setSettlementNote(String settlementNote) {
    this.settlementNote = settlementNote;
  }

  public List<BudgetItem> getBudgetItems() {
    return budgetItems;
  }

  public Set<Long> getSignedUnitIds() {
    return signedUnitIds;
  }

  public List<CompletedStep> getCompletedSteps() {
    return completedSteps;
  }
}
