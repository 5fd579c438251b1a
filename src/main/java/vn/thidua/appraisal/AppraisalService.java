package vn.thidua.appraisal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.appraisal.AppraisalItem.CouncilResult;
import vn.thidua.calendar.WorkingDays;
import vn.thidua.campaign.CampaignService;
import vn.thidua.catalogue.RewardCatalogue;
import vn.thidua.config.AppraisalProperties;
import vn.thidua.catalogue.RewardFormView;
import vn.thidua.catalogue.Track;
import vn.thidua.form.FormValidationException;
import vn.thidua.notification.Notification;
import vn.thidua.notification.NotificationKind;
import vn.thidua.notification.NotificationService;
import vn.thidua.process.ProcessTasks;
import vn.thidua.rating.QualityRating;
import vn.thidua.rating.RatingRecords;
import vn.thidua.registry.AwardView;
import vn.thidua.registry.RewardRegistry;
import vn.thidua.report.ProposalService;
import vn.thidua.report.ProposalStatus;
import vn.thidua.report.ProposalView;
import vn.thidua.report.ReportService;
import vn.thidua.report.ReportService.SubmittedReport;
import vn.thidua.security.CurrentUser;
import vn.thidua.web.ApiException;
import vn.thidua.web.ApiException.FieldError;

/**
 * Appraisal of a unit's dossier for one track: the inspection, the rules' result, the appraising
 * body's conclusions, supplements and, for the State track, the council; then the outcome and the
 * written notice of every proposal not agreed.
 */
@Service
@Transactional
public class AppraisalService {

  static final String INSPECTION_GROUP = "uy-ban-kiem-tra";
  static final String COUNCIL_GROUP = "hoi-dong-tdkt";
  private static final String[] READERS = {"ban-to-chuc", "phong-noi-vu", INSPECTION_GROUP, COUNCIL_GROUP,
      "thuong-truc", "camunda-admin"};

  private final AppraisalRepository appraisals;
  private final AppraisalItemRepository items;
  private final AppraisalNoticeRepository notices;
  private final ProposalService proposals;
  private final ReportService reports;
  private final CampaignService campaigns;
  private final RewardCatalogue catalogue;
  private final RatingRecords ratings;
  private final RewardRegistry registry;
  private final WorkingDays workingDays;
  private final CurrentUser currentUser;
  private final NotificationService notifications;
  private final TaskService taskService;
  private final Clock clock;
  private final int appraisalWorkingDays;
  private final int supplementWorkingDays;

  AppraisalService(AppraisalRepository appraisals, AppraisalItemRepository items, AppraisalNoticeRepository notices,
      ProposalService proposals, ReportService reports, CampaignService campaigns, RewardCatalogue catalogue, RatingRecords ratings,
      RewardRegistry registry, WorkingDays workingDays, CurrentUser currentUser, NotificationService notifications, TaskService taskService,
      Clock clock, AppraisalProperties properties) {
    this.appraisals = appraisals;
    this.items = items;
    this.notices = notices;
    this.proposals = proposals;
    this.reports = reports;
    this.campaigns = campaigns;
    this.catalogue = catalogue;
    this.ratings = ratings;
    this.registry = registry;
    this.workingDays = workingDays;
    this.currentUser = currentUser;
    this.notifications = notifications;
    this.taskService = taskService;
    this.clock = clock;
    this.appraisalWorkingDays = properties.workingDays();
    this.supplementWorkingDays = properties.supplementWorkingDays();
  }

  /** The group that appraises a track: Ban Tổ chức for the Party, Phòng Nội vụ for the State. */
  static String appraisingGroup(Track track) {
    return track == Track.STATE ? "phong-noi-vu" : "ban-to-chuc";
  }

  // --- the process's steps

  /**
   * Opens the appraisal of the report's proposals of one track in a round (a retried job finds it): the first
   * round takes them all, a later one those the Standing Committee sent back.
   */
  Appraisal open(String campaignId, int phaseNumber, DossierReference dossier, String processInstanceId) {
    long reportId = dossier.reportId();
    Track track = dossier.track();
    int round = dossier.round();
    SubmittedReport report = reports.submittedReport(reportId);
    Appraisal appraisal = appraisals.findByCampaignIdAndPhaseNumberOrderByIdAsc(campaignId, phaseNumber).stream()
        .filter(found -> found.getReportId() == reportId && found.getTrack() == track && found.getRound() == round)
        .findFirst()
        .orElseGet(() -> appraisals.save(new Appraisal(campaignId, phaseNumber, reportId, report.unitId(), track, round,
            processInstanceId)));
    if (!processInstanceId.equals(appraisal.getProcessInstanceId())) {
      throw new IllegalStateException("Dossier " + dossier.format() + " is appraised by process instance "
          + appraisal.getProcessInstanceId() + ", not " + processInstanceId);
    }
    if (items.findByAppraisalIdOrderByIdAsc(appraisal.getId()).isEmpty()) {
      proposals.ofReport(reportId).stream()
          .filter(proposal -> proposal.track() == track)
          .filter(proposal -> round == 1 || proposal.status() == ProposalStatus.SENT_BACK)
          .forEach(proposal -> {
            items.save(new AppraisalItem(appraisal.getId(), proposal.id()));
            proposals.inAppraisal(proposal.id());
          });
    }
    return appraisal;
  }

  /** Ủy ban Kiểm tra completes its task: every nominee must have been verified. */
  void checkInspected(long appraisalId) {
    long missing = items(appraisalId).stream().filter(item -> !item.inspected()).count();
    if (missing > 0) {
      throw new FormValidationException("Còn " + missing + " đề nghị chưa có kết quả xác minh. Hãy bấm \"Mở trang "
          + "xác minh\", chọn kết quả cho từng người, tập thể rồi Lưu trước khi hoàn thành.");
    }
  }

  /** The appraisal a process instance opened: what its steps act on, whatever its variables say. */
  Appraisal ofProcessInstance(String processInstanceId) {
    return appraisals.findByProcessInstanceId(processInstanceId).orElseThrow(() -> new IllegalStateException(
        "Process instance " + processInstanceId + " has opened no appraisal"));
  }

  List<Long> itemIds(long appraisalId) {
    return items(appraisalId).stream().map(AppraisalItem::getId).toList();
  }

  /** What the rules `reward-eligibility` read for one proposal: the records, not what the unit declared. */
  Map<String, Object> eligibilityInputs(long appraisalId, long itemId) {
    AppraisalItem item = itemOf(appraisalId, itemId);
    Appraisal appraisal = appraisal(item.getAppraisalId());
    ProposalView proposal = proposals.ofReport(appraisal.getReportId()).stream()
        .filter(found -> found.id().equals(item.getProposalId())).findFirst().orElseThrow();
    long nomineeId = proposal.nomineeUnitId() != null ? proposal.nomineeUnitId() : proposal.nomineeMemberId();
    int year = ratingYear(appraisal);
    QualityRating rating = ratings.recorded(proposal.nomineeKind(), nomineeId, year).orElse(null);
    int years = ratings.consecutiveExcellentYears(proposal.nomineeKind(), nomineeId, year);
    item.records(rating, years);
    RewardFormView form = catalogue.get(proposal.rewardFormCode());
    List<AwardView> heldOfForm = registry.currentAwardsOf(proposal.nomineeKind(), nomineeId).stream()
        .filter(award -> award.rewardFormCode().equals(proposal.rewardFormCode())).toList();
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("track", proposal.track().name());
    inputs.put("nomineeKind", proposal.nomineeKind().name());
    inputs.put("rewardFormCode", proposal.rewardFormCode());
    inputs.put("formKind", form.kind().name());
    inputs.put("recordedRating", rating == null ? null : rating.name());
    inputs.put("consecutiveExcellentYears", years);
    inputs.put("awardedSameFormThisPhase", heldOfForm.stream()
        .anyMatch(award -> appraisal.getCampaignId().equals(award.campaignId())
            && Integer.valueOf(appraisal.getPhaseNumber()).equals(award.phaseNumber())));
    inputs.put("earlierAwardsOfForm", heldOfForm.size());
    inputs.put("disciplinePending", item.getDisciplinePending());
    inputs.put("investigationPending", item.getInvestigationPending());
    inputs.put("complaintPending", item.getComplaintPending());
    inputs.put("dossierComplete", proposal.missingDocuments().isEmpty());
    inputs.put("memberCount", proposal.memberCount());
    inputs.put("membersCompletingTasks", proposal.membersCompletingTasks());
    inputs.put("membersAdvancedWorkers", proposal.membersAdvancedWorkers());
    inputs.put("membersEmulationFighters", proposal.membersEmulationFighters());
    return inputs;
  }

  void recordEligibility(long appraisalId, long itemId, boolean eligible, String reason) {
    itemOf(appraisalId, itemId).rulesSay(eligible, reason);
  }

  /** The appraising body's turn: due a number of working days from now (the dossier is complete). */
  LocalDate startAppraisal(long appraisalId) {
    Appraisal appraisal = appraisal(appraisalId);
    appraisal.moveTo(AppraisalStatus.APPRAISAL);
    appraisal.due(workingDays.plus(ProcessTasks.today(), appraisalWorkingDays));
    return appraisal.getDueDate();
  }

  /** The day the appraising body is reminded: two working days before the due date. */
  LocalDate reminderDay(long appraisalId) {
    return workingDays.plus(ProcessTasks.today(), Math.max(0, appraisalWorkingDays - 2));
  }

  /** The appraising body completes its task: every proposal concluded; true when a supplement is asked. */
  boolean closeRound(long appraisalId) {
    List<AppraisalItem> all = items(appraisalId);
    long open = all.stream().filter(item -> item.getConclusion() == null).count();
    if (open > 0) {
      throw new FormValidationException("Còn " + open + " đề nghị chưa có kết luận thẩm định. Hãy bấm \"Mở trang thẩm "
          + "định\", kết luận từng đề nghị rồi Lưu trước khi hoàn thành.");
    }
    List<AppraisalItem> supplements = all.stream().filter(item -> item.getConclusion() == Conclusion.SUPPLEMENT).toList();
    if (supplements.isEmpty()) {
      return false;
    }
    LocalDate deadline = workingDays.plus(ProcessTasks.today(), supplementWorkingDays);
    supplements.forEach(item -> {
      item.awaitSupplement(deadline);
      proposals.supplementRequested(item.getProposalId());
    });
    appraisal(appraisalId).moveTo(AppraisalStatus.SUPPLEMENT);
    return true;
  }

  LocalDate supplementDeadline(long appraisalId) {
    return items(appraisalId).stream().map(AppraisalItem::getSupplementDeadline).filter(Objects::nonNull)
        .findFirst().orElseThrow();
  }

  /** What the unit is asked to supplement, for its task. */
  String supplementRequests(long appraisalId) {
    Map<Long, ProposalView> byId = proposalsOf(appraisal(appraisalId));
    return items(appraisalId).stream().filter(item -> item.getConclusion() == Conclusion.SUPPLEMENT)
        .map(item -> "- " + byId.get(item.getProposalId()).nomineeName() + " (" + byId.get(item.getProposalId())
            .rewardFormName() + "): " + item.getConclusionNote())
        .collect(Collectors.joining("\n"));
  }

  /** The unit supplemented: refused while a required document is still missing. */
  void supplemented(long appraisalId) {
    Map<Long, ProposalView> byId = proposalsOf(appraisal(appraisalId));
    List<String> incomplete = items(appraisalId).stream().filter(item -> item.getConclusion() == Conclusion.SUPPLEMENT)
        .map(item -> byId.get(item.getProposalId()))
        .filter(proposal -> !proposal.missingDocuments().isEmpty())
        .map(proposal -> proposal.nomineeName() + " còn thiếu " + String.join(", ", proposal.missingDocuments()))
        .toList();
    if (!incomplete.isEmpty()) {
      throw new FormValidationException("Hồ sơ chưa đủ: " + String.join("; ", incomplete) + ".");
    }
    items(appraisalId).stream().filter(item -> item.getConclusion() == Conclusion.SUPPLEMENT).forEach(item -> {
      item.supplemented();
      proposals.inAppraisal(item.getProposalId());
    });
  }

  /** Past the supplement deadline: what was asked and not supplemented is not agreed. */
  void supplementExpired(long appraisalId) {
    items(appraisalId).stream().filter(item -> item.getConclusion() == Conclusion.SUPPLEMENT).forEach(item -> {
      item.conclude(Conclusion.DISAGREE, null, "Không đồng ý – không bổ sung hồ sơ");
      proposals.inAppraisal(item.getProposalId());
    });
  }

  /** State proposals the appraising body agreed go to the council. */
  boolean needsCouncil(long appraisalId) {
    boolean agreed = items(appraisalId).stream().anyMatch(item -> item.getConclusion() != null
        && item.getConclusion().agrees());
    if (appraisal(appraisalId).getTrack() == Track.STATE && agreed) {
      appraisal(appraisalId).moveTo(AppraisalStatus.COUNCIL);
      return true;
    }
    return false;
  }

  void checkCouncil(long appraisalId) {
    Appraisal appraisal = appraisal(appraisalId);
    long open = items(appraisalId).stream()
        .filter(item -> item.getConclusion().agrees() && item.getCouncilResult() == null).count();
    if (appraisal.getCouncilDate() == null || open > 0) {
      throw new FormValidationException("Chưa ghi đủ cuộc họp và kết quả xét của Hội đồng (còn " + open
          + " đề nghị). Hãy bấm \"Mở trang xét của Hội đồng\", nhập rồi Lưu trước khi hoàn thành.");
    }
  }

  /** The outcome of every proposal; each one not agreed is noticed to the unit in writing, with the reason. */
  void finish(long appraisalId) {
    Appraisal appraisal = appraisal(appraisalId);
    Map<Long, ProposalView> byId = proposalsOf(appraisal);
    List<String> refused = new ArrayList<>();
    for (AppraisalItem item : items(appraisalId)) {
      ProposalView proposal = byId.get(item.getProposalId());
      boolean agreed = item.getConclusion().agrees()
          && (appraisal.getTrack() != Track.STATE || item.getCouncilResult() == CouncilResult.AGREE);
      if (agreed) {
        item.end(Outcome.AGREED, null);
        proposals.agreedAtAppraisal(item.getProposalId());
      } else {
        String reason = item.getConclusion().agrees()
            ? "Hội đồng Thi đua – Khen thưởng không đồng ý" + note(item.getCouncilNote())
            : item.getConclusionNote();
        item.end(Outcome.NOT_AGREED, reason);
        proposals.notAgreedAtAppraisal(item.getProposalId());
        notices.save(new AppraisalNotice(appraisal.getUnitId(), proposal.id(), appraisalId, proposal.nomineeName(),
            proposal.rewardFormName(), reason, clock.instant()));
        refused.add(proposal.nomineeName() + " – " + proposal.rewardFormName() + ": " + reason);
      }
    }
    appraisal.finish(clock.instant());
    if (!refused.isEmpty()) {
      SubmittedReport report = reports.submittedReport(appraisal.getReportId());
      notifications.send(new Notification(NotificationKind.RETURNED, Set.of(), Set.of(report.unitGroup()), null,
          "Thông báo kết quả thẩm định", "Thẩm định hồ sơ đề nghị khen thưởng – " + report.unitName(),
          "Các đề nghị sau không được đồng ý:\n" + String.join("\n", refused), null));
    }
  }

  /** A proposal agreed after appraisal, with the form it is agreed for (adjusted or as proposed). */
  public record AgreedProposal(ProposalView proposal, String unitName, String formCode, String formName) {
  }

  /** The proposals of the phase agreed after appraisal and not yet further along: posted, awaiting the vote. */
  @Transactional(readOnly = true)
  public List<AgreedProposal> agreed(String campaignId, int phaseNumber) {
    return agreedForms(campaignId, phaseNumber).stream()
        .filter(agreed -> agreed.proposal().status() == ProposalStatus.AGREED).toList();
  }

  /**
   * Every proposal whose latest appraisal agreed, whatever happened to it since, with the form agreed: the
   * vote and the decision read the form from here. A proposal sent back and appraised again counts by its
   * latest round only.
   */
  @Transactional(readOnly = true)
  public List<AgreedProposal> agreedForms(String campaignId, int phaseNumber) {
    Map<Long, AgreedProposal> latest = new LinkedHashMap<>();
    for (Appraisal appraisal : appraisals.findByCampaignIdAndPhaseNumberOrderByIdAsc(campaignId, phaseNumber)) {
      Map<Long, ProposalView> byId = proposalsOf(appraisal);
      String unitName = reports.submittedReport(appraisal.getReportId()).unitName();
      for (AppraisalItem item : items(appraisal.getId())) {
        latest.remove(item.getProposalId());
        if (item.getOutcome() == Outcome.AGREED) {
          ProposalView proposal = byId.get(item.getProposalId());
          String form = item.getAdjustedFormCode() != null ? item.getAdjustedFormCode() : proposal.rewardFormCode();
          latest.put(proposal.id(), new AgreedProposal(proposal, unitName, form, catalogue.get(form).name()));
        }
      }
    }
    return List.copyOf(latest.values());
  }

  // --- what people save on the appraisal page

  @Transactional(readOnly = true)
  public AppraisalView view(long appraisalId) {
    Appraisal appraisal = appraisal(appraisalId);
    checkRead();
    return view(appraisal);
  }

  @Transactional(readOnly = true)
  public List<AppraisalView> list(String campaignId, int phaseNumber) {
    checkRead();
    return appraisals.findByCampaignIdAndPhaseNumberOrderByIdAsc(campaignId, phaseNumber).stream().map(this::view)
        .toList();
  }

  public AppraisalView saveInspection(long appraisalId, AppraisalRequests.Inspection request) {
    Appraisal appraisal = appraisal(appraisalId);
    requireStep(appraisal, AppraisalStatus.INSPECTION, INSPECTION_GROUP);
    Map<Long, AppraisalItem> byId = itemsById(appraisalId, request.items().stream()
        .map(AppraisalRequests.InspectionRow::itemId).toList());
    request.items().forEach(row -> byId.get(row.itemId()).inspect(row.disciplinePending(), row.investigationPending(),
        row.complaintPending(), blankToNull(row.note()), currentUser.username()));
    return view(appraisal);
  }

  public AppraisalView saveConclusions(long appraisalId, AppraisalRequests.Conclusions request) {
    Appraisal appraisal = appraisal(appraisalId);
    requireStep(appraisal, AppraisalStatus.APPRAISAL, appraisingGroup(appraisal.getTrack()));
    Map<Long, AppraisalItem> byId = itemsById(appraisalId, request.items().stream()
        .map(AppraisalRequests.ConclusionRow::itemId).toList());
    Map<Long, ProposalView> proposalsById = proposalsOf(appraisal);
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < request.items().size(); i++) {
      AppraisalRequests.ConclusionRow row = request.items().get(i);
      ProposalView proposal = proposalsById.get(byId.get(row.itemId()).getProposalId());
      String note = blankToNull(row.note());
      if (row.conclusion() == Conclusion.ADJUST_FORM && (row.adjustedFormCode() == null
          || !catalogue.allows(row.adjustedFormCode(), appraisal.getTrack(), proposal.nomineeKind())
          || row.adjustedFormCode().equals(proposal.rewardFormCode()))) {
        errors.add(new FieldError("items[" + i + "].adjustedFormCode",
            "Chọn hình thức khác, áp dụng được cho " + proposal.nomineeKindLabel().toLowerCase() + " theo "
                + appraisal.getTrack().label().toLowerCase()));
      }
      if ((row.conclusion() == Conclusion.DISAGREE || row.conclusion() == Conclusion.SUPPLEMENT) && note == null) {
        errors.add(new FieldError("items[" + i + "].note", row.conclusion() == Conclusion.DISAGREE
            ? "Nêu lý do không đồng ý: đơn vị sẽ nhận được lý do này"
            : "Nêu rõ hồ sơ cần bổ sung những gì"));
      }
    }
    if (!errors.isEmpty()) {
      throw ApiException.badRequest("Dữ liệu không hợp lệ", errors);
    }
    request.items().forEach(row -> byId.get(row.itemId()).conclude(row.conclusion(), row.adjustedFormCode(),
        blankToNull(row.note())));
    return view(appraisal);
  }

  public AppraisalView saveCouncil(long appraisalId, AppraisalRequests.Council request) {
    Appraisal appraisal = appraisal(appraisalId);
    requireStep(appraisal, AppraisalStatus.COUNCIL, COUNCIL_GROUP);
    Map<Long, AppraisalItem> byId = itemsById(appraisalId, request.items().stream()
        .map(AppraisalRequests.CouncilRow::itemId).toList());
    for (int i = 0; i < request.items().size(); i++) {
      if (!byId.get(request.items().get(i).itemId()).getConclusion().agrees()) {
        throw ApiException.badRequest("items[" + i + "].itemId",
            "Hội đồng chỉ xét các đề nghị cơ quan thẩm định đã đồng ý");
      }
    }
    appraisal.councilMet(request.meetingDate(), request.membersPresent().strip());
    request.items().forEach(row -> byId.get(row.itemId()).councilSays(row.result(), blankToNull(row.note())));
    return view(appraisal);
  }

  /** The written notices a unit received (its own only, or every unit for the reviewing bodies). */
  @Transactional(readOnly = true)
  public List<AppraisalView.Notice> notices(long unitId) {
    return notices.findByUnitIdOrderBySentAtDesc(unitId).stream()
        .map(notice -> new AppraisalView.Notice(notice.getId(), notice.getProposalId(), notice.getNomineeName(),
            notice.getFormName(), notice.getReason(), notice.getSentAt()))
        .toList();
  }

  // --- helpers

  private AppraisalView view(Appraisal appraisal) {
    Map<Long, ProposalView> byId = proposalsOf(appraisal);
    String unitName = reports.submittedReport(appraisal.getReportId()).unitName();
    boolean inspector = currentUser.inGroup(INSPECTION_GROUP) && appraisal.getStatus() == AppraisalStatus.INSPECTION;
    boolean appraiser = currentUser.inGroup(appraisingGroup(appraisal.getTrack()))
        && appraisal.getStatus() == AppraisalStatus.APPRAISAL;
    boolean council = currentUser.inGroup(COUNCIL_GROUP) && appraisal.getStatus() == AppraisalStatus.COUNCIL;
    List<AppraisalView.Item> rows = items(appraisal.getId()).stream().map(item -> {
      ProposalView proposal = byId.get(item.getProposalId());
      QualityRating recorded = item.getRecordedRating();
      return new AppraisalView.Item(item.getId(), proposal, recorded == null ? null : recorded.name(),
          recorded == null ? "Chưa có xếp loại được ghi nhận" : recorded.label(), item.getConsecutiveYears(),
          item.getEligible() != null && recorded != proposal.declaredRating(), item.getDisciplinePending(),
          item.getInvestigationPending(), item.getComplaintPending(), item.getInspectionNote(), item.getEligible(),
          item.getEligibilityReason(), item.getConclusion(),
          item.getConclusion() == null ? null : item.getConclusion().label(), item.getAdjustedFormCode(),
          item.getConclusionNote(), item.getSupplementDeadline(),
          item.getCouncilResult() == null ? null : item.getCouncilResult().label(), item.getCouncilNote(),
          item.getOutcome(), item.getOutcomeReason(), earlierAwards(proposal),
          catalogue.allowed(appraisal.getTrack(), proposal.nomineeKind()).stream()
              .map(form -> new AppraisalView.Choice(form.code(), form.name())).toList());
    }).toList();
    return new AppraisalView(appraisal.getId(), appraisal.getCampaignId(), appraisal.getPhaseNumber(),
        appraisal.getReportId(), unitName, appraisal.getTrack().name(), appraisal.getTrack().label(),
        appraisal.getRound(), appraisal.getStatus(), appraisal.getStatus().label(), appraisal.getDueDate(),
        appraisal.getCouncilDate(), appraisal.getCouncilMembers(), rows, inspector, appraiser, council,
        openTaskId(appraisal));
  }

  /** What the registry holds of the nominee, revoked awards included and marked: the appraiser reads the record. */
  private List<AppraisalView.EarlierAward> earlierAwards(ProposalView proposal) {
    long nomineeId = proposal.nomineeUnitId() != null ? proposal.nomineeUnitId() : proposal.nomineeMemberId();
    return registry.awardsOf(proposal.nomineeKind(), nomineeId).stream()
        .map(award -> new AppraisalView.EarlierAward(
            award.rewardFormName() == null ? award.rewardFormCode() : award.rewardFormName(), award.year(),
            award.decisionNumber(), award.revoked()))
        .toList();
  }

  private String openTaskId(Appraisal appraisal) {
    if (appraisal.getProcessInstanceId() == null) {
      return null;
    }
    List<Task> open = taskService.createTaskQuery().processInstanceId(appraisal.getProcessInstanceId()).list();
    return open.stream().filter(task -> !task.getTaskDefinitionKey().startsWith("Task_Supplement"))
        .map(Task::getId).findFirst().orElse(null);
  }

  private Map<Long, ProposalView> proposalsOf(Appraisal appraisal) {
    return proposals.ofReport(appraisal.getReportId()).stream()
        .collect(Collectors.toMap(ProposalView::id, Function.identity()));
  }

  private Map<Long, AppraisalItem> itemsById(long appraisalId, List<Long> requested) {
    Map<Long, AppraisalItem> byId = items(appraisalId).stream()
        .collect(Collectors.toMap(AppraisalItem::getId, Function.identity()));
    for (int i = 0; i < requested.size(); i++) {
      if (!byId.containsKey(requested.get(i))) {
        throw ApiException.badRequest("items[" + i + "].itemId", "Đề nghị " + requested.get(i)
            + " không thuộc hồ sơ thẩm định này");
      }
    }
    return byId;
  }

  private void requireStep(Appraisal appraisal, AppraisalStatus step, String group) {
    if (!currentUser.inGroup(group)) {
      throw ApiException.forbidden("Bước này do " + group + " thực hiện");
    }
    if (appraisal.getStatus() != step) {
      throw ApiException.conflict("Hồ sơ đang ở bước \"" + appraisal.getStatus().label() + "\", không sửa được bước này");
    }
  }

  private void checkRead() {
    if (!currentUser.inAnyGroup(READERS)) {
      throw ApiException.forbidden("Bạn không có quyền xem hồ sơ thẩm định");
    }
  }

  /** Ratings are recorded per calendar year: the year the phase ends in. */
  private int ratingYear(Appraisal appraisal) {
    return campaigns.summary(appraisal.getCampaignId()).phase(appraisal.getPhaseNumber())
        .map(phase -> phase.endDate().getYear()).orElseThrow();
  }

  private List<AppraisalItem> items(long appraisalId) {
    return items.findByAppraisalIdOrderByIdAsc(appraisalId);
  }

  private AppraisalItem item(long itemId) {
    return items.findById(itemId).orElseThrow(() -> ApiException.notFound("Không tìm thấy đề nghị thẩm định " + itemId));
  }

  /** An item the rules run on: it must be one of the appraisal's own. */
  private AppraisalItem itemOf(long appraisalId, long itemId) {
    AppraisalItem item = item(itemId);
    if (item.getAppraisalId() != appraisalId) {
      throw new IllegalStateException("Item " + itemId + " is not one of appraisal " + appraisalId);
    }
    return item;
  }

  private Appraisal appraisal(long appraisalId) {
    return appraisals.findById(appraisalId)
        .orElseThrow(() -> ApiException.notFound("Không tìm thấy hồ sơ thẩm định " + appraisalId));
  }

  private static String note(String text) {
    return text == null ? "" : ": " + text;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
