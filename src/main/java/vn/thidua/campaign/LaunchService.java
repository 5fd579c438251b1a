package vn.thidua.campaign;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.campaign.LaunchApproval.Approver;
import vn.thidua.campaign.LaunchApproval.Decision;
import vn.thidua.campaign.LaunchApproval.ReturnTarget;
import vn.thidua.campaign.LaunchPreparation.SpeechStatus;
import vn.thidua.form.FormValidationException;
import vn.thidua.organization.OrganizationService;
import vn.thidua.organization.UnitSummary;

/** Stores what each body prepared for the launch ceremony; called by the launch tasks' listeners. */
@Service
@Transactional
class LaunchService {

  private final CampaignRepository campaigns;
  private final LaunchPreparationRepository preparations;
  private final LaunchApprovalRepository approvals;
  private final OrganizationService organization;
  private final LaunchFormMapper mapper;
  private final Clock clock;

  LaunchService(CampaignRepository campaigns, LaunchPreparationRepository preparations,
      LaunchApprovalRepository approvals, OrganizationService organization, LaunchFormMapper mapper, Clock clock) {
    this.campaigns = campaigns;
    this.preparations = preparations;
    this.approvals = approvals;
    this.organization = organization;
    this.mapper = mapper;
    this.clock = clock;
  }

  void recordCeremonyDocuments(String campaignId, LaunchForms.CeremonyDocuments form, String user) {
    LaunchPreparation preparation = preparation(campaignId, LaunchStep.CEREMONY_DOCUMENTS, user);
    mapper.apply(form, preparation);
    // a speech Văn phòng accepted stays accepted when the approvers send the programme back
    if (preparation.getSpeechStatus() != SpeechStatus.ACCEPTED) {
      preparation.setSpeechStatus(SpeechStatus.SUBMITTED);
    }
  }

  void recordSpeechReview(String campaignId, LaunchForms.SpeechReview review, String user) {
    LaunchPreparation preparation = preparation(campaignId, LaunchStep.SPEECH_REVIEW, user);
    preparation.setSpeechStatus(review.returned() ? SpeechStatus.RETURNED : SpeechStatus.ACCEPTED);
    preparation.setSpeechRemarks(review.returned() ? review.speechRemarks() : null);
  }

  void recordInvitations(String campaignId, LaunchForms.Invitations form, String user) {
    mapper.apply(form, preparation(campaignId, LaunchStep.INVITATIONS, user));
  }

  /** Replaces the estimate with the lines given; answers the total for the approvers' forms. */
  BigDecimal recordBudgetEstimate(String campaignId, LaunchForms.BudgetEstimate estimate, String user) {
    LaunchPreparation preparation = preparation(campaignId, LaunchStep.BUDGET_ESTIMATE, user);
    preparation.getBudgetItems().clear();
    estimate.lines().forEach(line -> preparation.getBudgetItems().add(new BudgetItem(line.description(), line.amount(), null)));
    preparation.setBudgetNote(estimate.budgetNote());
    return total(estimate.lines().stream().map(LaunchForms.BudgetLine::amount).toList());
  }

  void recordPresenter(String campaignId, LaunchForms.Presenter form, String user) {
    mapper.apply(form, preparation(campaignId, LaunchStep.PRESENTER, user));
  }

  void recordResponseSpeech(String campaignId, LaunchForms.ResponseSpeech form, String user) {
    mapper.apply(form, preparation(campaignId, LaunchStep.RESPONSE_SPEECH, user));
  }

  void recordCommunicationPlan(String campaignId, LaunchForms.CommunicationPlan form, String user) {
    mapper.apply(form, preparation(campaignId, LaunchStep.COMMUNICATION_PLAN, user));
  }

  void recordMobilizationPlan(String campaignId, LaunchForms.MobilizationPlan form, String user) {
    mapper.apply(form, preparation(campaignId, LaunchStep.MOBILIZATION_PLAN, user));
  }

  void recordApproval(String campaignId, Approver approver, LaunchForms.Approval form, String user) {
    Decision decision = Decision.valueOf(form.decision());
    ReturnTarget target = form.returned() ? ReturnTarget.valueOf(form.returnTarget()) : null;
    approvals.save(new LaunchApproval(campaignId, approver, decision, target,
        form.returned() ? form.reason() : null, user, clock.instant()));
  }

  /** The parts of the launch that the latest decision of either approver returned. */
  Set<ReturnTarget> returnedParts(String campaignId) {
    Map<Approver, LaunchApproval> latest = approvals.findByCampaignIdOrderByDecidedAtAscIdAsc(campaignId).stream()
        .collect(Collectors.toMap(LaunchApproval::getApprover, Function.identity(), (earlier, later) -> later));
    return latest.values().stream()
        .filter(approval -> approval.getDecision() == Decision.RETURN)
        .map(LaunchApproval::getReturnTarget)
        .collect(Collectors.toSet());
  }

  /** The ceremony was held: the campaign is launched from now on. */
  void recordCeremony(String campaignId, LaunchForms.Ceremony form, String user) {
    Campaign campaign = campaign(campaignId);
    Map<String, UnitSummary> participants = organization.findUnits(form.signedUnitCodes()).stream()
        .collect(Collectors.toMap(UnitSummary::code, Function.identity()));
    List<String> strangers = form.signedUnitCodes().stream()
        .filter(code -> !participants.containsKey(code) || !campaign.getUnitIds().contains(participants.get(code).id()))
        .toList();
    if (!strangers.isEmpty()) {
      throw new FormValidationException("Đơn vị không tham gia phong trào không thể ký Bản cam kết: " + String.join(", ", strangers));
    }
    LaunchPreparation preparation = preparation(campaignId, LaunchStep.CEREMONY, user);
    mapper.apply(form, preparation);
    preparation.getSignedUnitIds().clear();
    participants.values().forEach(unit -> preparation.getSignedUnitIds().add(unit.id()));
    campaign.setStatus(CampaignStatus.LAUNCHED);
    campaign.setLaunchedAt(clock.instant());
  }

  /** Actual spending against the estimate, one amount per estimated line in the same order. */
  void recordSettlement(String campaignId, LaunchForms.Settlement settlement, String user) {
    LaunchPreparation preparation = preparation(campaignId, LaunchStep.BUDGET_SETTLEMENT, user);
    List<BudgetItem> items = preparation.getBudgetItems();
    if (settlement.actualAmounts().size() != items.size()) {
      throw new FormValidationException("Cần nhập số tiền thực chi cho đủ " + items.size() + " nội dung đã dự trù");
    }
    List<BudgetItem> settled = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      settled.add(items.get(i).settled(settlement.actualAmounts().get(i)));
    }
    items.clear();
    items.addAll(settled);
    preparation.setSettlementNote(settlement.settlementNote());
  }

  @Transactional(readOnly = true)
  List<BudgetItem> budgetItems(String campaignId) {
    return preparations.findById(campaignId).map(LaunchPreparation::getBudgetItems).map(List::copyOf).orElse(List.of());
  }

  static BigDecimal total(List<BigDecimal> amounts) {
    return amounts.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private LaunchPreparation preparation(String campaignId, LaunchStep step, String user) {
    campaign(campaignId);
    LaunchPreparation preparation = preparations.findById(campaignId)
        .orElseGet(() -> preparations.save(new LaunchPreparation(campaignId)));
    preparation.recordStep(new CompletedStep(step, user, Instant.now(clock)));
    return preparation;
  }

  private Campaign campaign(String campaignId) {
    return campaigns.findById(campaignId)
        .orElseThrow(() -> new FormValidationException("Không tìm thấy phong trào " + campaignId));
  }
}
