package vn.thidua.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.ThiDuaApplication;
import vn.thidua.appraisal.AppraisalService;
import vn.thidua.appraisal.AppraisalService.AgreedProposal;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignSummary;
import vn.thidua.campaign.Phase;
import vn.thidua.catalogue.DecidingAuthority;
import vn.thidua.catalogue.NomineeKind;
import vn.thidua.catalogue.RewardCatalogue;
import vn.thidua.catalogue.RewardFormView;
import vn.thidua.document.DocumentContent;
import vn.thidua.document.DocumentService;
import vn.thidua.document.MoneyWords;
import vn.thidua.document.StoredDocument;
import vn.thidua.form.FormValidationException;
import vn.thidua.notification.Notification;
import vn.thidua.notification.NotificationKind;
import vn.thidua.notification.NotificationService;
import vn.thidua.organization.MemberSummary;
import vn.thidua.organization.OrganizationService;
import vn.thidua.organization.Role;
import vn.thidua.organization.UnitSummary;
import vn.thidua.process.ProcessTasks;
import vn.thidua.registry.AwardSource;
import vn.thidua.registry.AwardView;
import vn.thidua.registry.NewAward;
import vn.thidua.registry.RewardRegistry;
import vn.thidua.report.ProposalService;
import vn.thidua.report.ProposalStatus;
import vn.thidua.report.ProposalView;
import vn.thidua.report.ReportService;
import vn.thidua.report.ReportService.SubmittedReport;
import vn.thidua.security.CurrentUser;
import vn.thidua.web.ApiException;

/**
 * Reward decisions of a phase, one per deciding authority: the committee's and the People's Committee
 * chair's are drafted, signed, numbered and issued here; proposals for the superior level are submitted and
 * its answer recorded; mass organisations record their own decisions. Every award enters the registry.
 */
@Service
@Transactional
public class RewardDecisionService {

  static final String OWNER_TYPE = "DECISION";
  static final String DRAFT_KIND = "DECISION_DRAFT";
  static final String ISSUED_KIND = "DECISION_ISSUED";
  static final String SIGNED_SCAN_KIND = "DECISION_SIGNED_SCAN";
  static final String FORWARDING_KIND = "FORWARDING_LIST";
  static final String ORGANISATION_PREFIX = DecidingAuthority.MASS_ORGANIZATION.name() + ":";

  private final RewardDecisionRepository decisions;
  private final DecisionItemRepository items;
  private final AppraisalService appraisals;
  private final ProposalService proposals;
  private final ReportService reports;
  private final CampaignService campaigns;
  private final RewardCatalogue catalogue;
  private final RewardRegistry registry;
  private final OrganizationService organization;
  private final DocumentService documents;
  private final DecisionDocuments decisionDocuments;
  private final DecisionNumbers numbers;
  private final DecisionAccess access;
  private final NotificationService notifications;
  private final CurrentUser currentUser;
  private final Clock clock;

  RewardDecisionService(RewardDecisionRepository decisions, DecisionItemRepository items, AppraisalService appraisals,
      ProposalService proposals, ReportService reports, CampaignService campaigns, RewardCatalogue catalogue,
      RewardRegistry registry, OrganizationService organization, DocumentService documents,
      DecisionDocuments decisionDocuments, DecisionNumbers numbers, DecisionAccess access,
      NotificationService notifications, CurrentUser currentUser, Clock clock) {
    this.decisions = decisions;
    this.items = items;
    this.appraisals = appraisals;
    this.proposals = proposals;
    this.reports = reports;
    this.campaigns = campaigns;
    this.catalogue = catalogue;
    this.registry = registry;
    this.organization = organization;
    this.documents = documents;
    this.decisionDocuments = decisionDocuments;
    this.numbers = numbers;
    this.access = access;
    this.notifications = notifications;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  // --- what phase-review asks

  /**
   * The decisions a phase needs besides the superior level's: the committee's and the chair's when they
   * have approved proposals, and one record per mass organisation with proposals of its own.
   */
  @Transactional(readOnly = true)
  public List<String> authorities(String campaignId, int phaseNumber) {
    Set<String> keys = new LinkedHashSet<>();
    for (AgreedProposal approved : approved(campaignId, phaseNumber)) {
      DecidingAuthority authority = catalogue.get(approved.formCode()).decidedBy();
      if (authority.decidesHere()) {
        keys.add(authority.name());
      }
    }
    List<String> ordered = new ArrayList<>();
    for (DecidingAuthority authority : List.of(DecidingAuthority.PARTY_COMMITTEE,
        DecidingAuthority.PEOPLES_COMMITTEE_CHAIR)) {
      if (keys.contains(authority.name())) {
        ordered.add(authority.name());
      }
    }
    organisationsOwnProposals(campaignId, phaseNumber, submittedReports(campaignId, phaseNumber)).keySet()
        .forEach(unitId -> ordered.add(ORGANISATION_PREFIX + unitId));
    return ordered;
  }

  /** Whether approved proposals are for the superior level to decide. */
  @Transactional(readOnly = true)
  public boolean anyForwarded(String campaignId, int phaseNumber) {
    return approved(campaignId, phaseNumber).stream()
        .anyMatch(approved -> catalogue.get(approved.formCode()).decidedBy().forwardsToHigherLevel());
  }

  // --- the steps of reward-decision

  /** The decision of one authority with its awardees, created once (a retried step finds it). */
  RewardDecision prepare(String campaignId, int phaseNumber, String authorityKey, String processInstanceId) {
    Optional<RewardDecision> existing = decisions.findByCampaignIdAndPhaseNumberAndAuthorityKey(campaignId,
        phaseNumber, authorityKey);
    if (existing.isPresent()) {
      if (!processInstanceId.equals(existing.get().getProcessInstanceId())) {
        throw new IllegalStateException("The decision of " + authorityKey + " is prepared by process instance "
            + existing.get().getProcessInstanceId() + ", not " + processInstanceId);
      }
      return existing.get();
    }
    boolean forwarding = DecidingAuthority.PROVINCE.name().equals(authorityKey) && anyForwarded(campaignId, phaseNumber);
    if (!forwarding && !authorities(campaignId, phaseNumber).contains(authorityKey)) {
      throw new IllegalStateException("No decision of " + authorityKey + " is due in phase " + phaseNumber
          + " of campaign " + campaignId);
    }
    CampaignSummary campaign = campaigns.summary(campaignId);
    DecidingAuthority authority = authorityKey.startsWith(ORGANISATION_PREFIX) ? DecidingAuthority.MASS_ORGANIZATION
        : DecidingAuthority.valueOf(authorityKey);
    Long organisationUnitId = authority == DecidingAuthority.MASS_ORGANIZATION
        ? Long.valueOf(authorityKey.substring(ORGANISATION_PREFIX.length())) : null;
    RewardDecision decision = decisions.saveAndFlush(new RewardDecision(campaignId, phaseNumber, authority,
        organisationUnitId, authorityKey, subject(campaign, phaseNumber, authority), decidingBody(authority,
        organisationUnitId), processInstanceId));
    Map<Long, SubmittedReport> reportsById = submittedReports(campaignId, phaseNumber);
    if (authority == DecidingAuthority.MASS_ORGANIZATION) {
      organisationsOwnProposals(campaignId, phaseNumber, reportsById).getOrDefault(organisationUnitId, List.of())
          .forEach(proposal -> addItem(decision, proposal, proposal.rewardFormCode(), reportsById));
    } else {
      approved(campaignId, phaseNumber).stream()
          .filter(approved -> catalogue.get(approved.formCode()).decidedBy() == authority)
          .forEach(approved -> addItem(decision, approved.proposal(), approved.formCode(), reportsById));
    }
    return decision;
  }

  /** The draft as a PDF, stored with the decision; a retried generation replaces nothing half-written. */
  void generateDraft(long decisionId) {
    RewardDecision decision = decision(decisionId);
    byte[] pdf = decisionDocuments.draft(decision, included(decisionId));
    StoredDocument stored = documents.store(OWNER_TYPE, decisionId + "", DRAFT_KIND,
        "du-thao-quyet-dinh-" + decisionId + "-" + (decision.getRefusalCount() + 1) + ".pdf", pdf, "system");
    decision.drafted(stored.id());
  }

  /** The signer signs: only a person who may sign for the authority; who and when is recorded. */
  void sign(long decisionId, String username) {
    RewardDecision decision = decision(decisionId);
    MemberSummary signer = organization.findMemberByUsername(username)
        .orElseThrow(() -> new FormValidationException("Tài khoản " + username + " không gắn với cán bộ nào trong "
            + "danh sách, không thể ký quyết định."));
    Signer capacity = Signer.of(decision.getAuthority(), signer.roles())
        .orElseThrow(() -> new FormValidationException(decision.getAuthority() == DecidingAuthority.PARTY_COMMITTEE
            ? "Chỉ Bí thư hoặc Phó Bí thư được ký quyết định khen thưởng của Ban Thường vụ."
            : "Chỉ Chủ tịch hoặc Phó Chủ tịch UBND được ký quyết định khen thưởng của UBND."));
    decision.signed(username, signer.fullName(), capacity.title(), clock.instant());
  }

  void refuse(long decisionId, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new FormValidationException("Nhập lý do trả lại dự thảo để Ban Tổ chức chỉnh sửa.");
    }
    decision(decisionId).refused(reason.strip());
  }

  /** Ban Tổ chức revises a refused draft: the subject, and awardees taken off; at least one must remain. */
  void revise(long decisionId, String subject, Collection<Long> removedProposalIds) {
    if (subject == null || subject.isBlank()) {
      throw new FormValidationException("Trích yếu quyết định không được để trống.");
    }
    if (subject.strip().length() > 1000) {
      throw new FormValidationException("Trích yếu quyết định dài quá 1.000 ký tự.");
    }
    List<DecisionItem> current = included(decisionId);
    Set<Long> removed = Set.copyOf(removedProposalIds);
    if (current.stream().allMatch(item -> removed.contains(item.getProposalId()))) {
      throw new FormValidationException("Quyết định phải còn ít nhất một tập thể hoặc cá nhân được khen thưởng.");
    }
    current.stream().filter(item -> removed.contains(item.getProposalId())).forEach(item -> {
      item.exclude();
      proposals.droppedFromDecision(item.getProposalId());
    });
    decision(decisionId).revised(subject.strip());
  }

  String nextNumber(long decisionId, LocalDate issueDate) {
    return numbers.preview(decision(decisionId).numberingBook(), issueDate);
  }

  /**
   * The office issues the signed decision: the number is taken now, in this transaction, so a failure gives
   * it back; or the office's own register number, checked unique.
   */
  void issue(long decisionId, String manualNumber, LocalDate issueDate, String username) {
    RewardDecision decision = decision(decisionId);
    if (decision.getStatus() != DecisionStatus.SIGNED) {
      throw new FormValidationException("Quyết định chưa được ký, chưa thể ban hành.");
    }
    if (issueDate == null) {
      throw new FormValidationException("Chọn ngày ban hành quyết định.");
    }
    LocalDate today = ProcessTasks.today();
    if (issueDate.isAfter(today)) {
      throw new FormValidationException("Ngày ban hành không được sau hôm nay.");
    }
    LocalDate signedOn = LocalDate.ofInstant(decision.getSignedAt(), ZoneId.of(ThiDuaApplication.TIME_ZONE));
    if (issueDate.isBefore(signedOn)) {
      throw new FormValidationException("Ngày ban hành không được trước ngày ký (" + ProcessTasks.day(signedOn)
          + ").");
    }
    IssuedNumber number;
    try {
      number = manualNumber == null || manualNumber.isBlank() ? numbers.next(decision.numberingBook(), issueDate)
          : numbers.manual(decision.numberingBook(), issueDate, manualNumber.strip());
    } catch (ApiException refused) {
      throw new FormValidationException(refused.getMessage());
    }
    decision.issued(number.number(), number.sequence(), issueDate, username, clock.instant());
  }

  /**
   * After issue: every awardee into the registry (a retried step skips those already there), the proposals
   * decided, the issued text as the document of record unless a signed scan is, the units told.
   */
  void recordIssued(long decisionId) {
    RewardDecision decision = decision(decisionId);
    List<DecisionItem> awarded = included(decisionId);
    if (decision.getRecordDocumentId() == null) {
      byte[] pdf = decisionDocuments.issued(decision, awarded);
      StoredDocument stored = documents.store(OWNER_TYPE, decisionId + "", ISSUED_KIND,
          "quyet-dinh-" + DecisionTexts.fileNamePart(decision.getDecisionNumber()) + ".pdf", pdf, "system");
      decision.documentOfRecord(stored.id());
    }
    recordAwards(decision, awarded, AwardSource.DECIDED);
    notifyUnits(decision, awarded, "Quyết định khen thưởng số " + decision.getDecisionNumber() + " ngày "
        + ProcessTasks.day(decision.getIssuedOn()) + " của " + decision.getDecidedBy());
  }

  void generateForwarding(long decisionId) {
    RewardDecision decision = decision(decisionId);
    byte[] pdf = decisionDocuments.forwarding(decision, included(decisionId));
    StoredDocument stored = documents.store(OWNER_TYPE, decisionId + "", FORWARDING_KIND,
        "danh-sach-de-nghi-cap-tren-" + decisionId + ".pdf", pdf, "system");
    decision.documentOfRecord(stored.id());
  }

  /** Ban Tổ chức sends the submission: the proposals are forwarded. */
  void forward(long decisionId, String submissionNumber, LocalDate submissionDate) {
    if (submissionDate != null && submissionDate.isAfter(ProcessTasks.today())) {
      throw new FormValidationException("Ngày tờ trình không được sau hôm nay.");
    }
    if (submissionNumber != null && submissionNumber.strip().length() > 60) {
      throw new FormValidationException("Số tờ trình dài quá 60 ký tự.");
    }
    RewardDecision decision = decision(decisionId);
    decision.forwarded(submissionNumber == null || submissionNumber.isBlank() ? null : submissionNumber.strip(),
        submissionDate);
    included(decisionId).forEach(item -> proposals.forwarded(item.getProposalId()));
  }

  /**
   * The superior level's answer, or the mass organisation's own decision: by which decision, and which
   * proposals it awarded; the others are recorded as not awarded.
   */
  void answer(long decisionId, String number, LocalDate date, String decider, Collection<Long> awardedProposalIds,
      String username) {
    RewardDecision decision = decision(decisionId);
    List<DecisionItem> listed = included(decisionId);
    Set<Long> awarded = Set.copyOf(awardedProposalIds);
    Set<Long> listedIds = listed.stream().map(DecisionItem::getProposalId).collect(Collectors.toSet());
    if (!listedIds.containsAll(awarded)) {
      throw new FormValidationException("Có đề nghị không thuộc danh sách này.");
    }
    if (!awarded.isEmpty()) {
      if (number == null || number.isBlank()) {
        throw new FormValidationException("Nhập số quyết định khen thưởng.");
      }
      if (number.strip().length() > 60) {
        throw new FormValidationException("Số quyết định dài quá 60 ký tự.");
      }
      if (date == null) {
        throw new FormValidationException("Chọn ngày của quyết định khen thưởng.");
      }
      if (date.isAfter(ProcessTasks.today())) {
        throw new FormValidationException("Ngày quyết định không được sau hôm nay.");
      }
    }
    if (decider != null && decider.strip().length() > 200) {
      throw new FormValidationException("Tên cấp quyết định dài quá 200 ký tự.");
    }
    String cleanNumber = number == null || number.isBlank() ? null : number.strip();
    listed.forEach(item -> {
      boolean wasAwarded = awarded.contains(item.getProposalId());
      item.answer(wasAwarded, cleanNumber, date);
      if (!wasAwarded) {
        if (decision.getAuthority() == DecidingAuthority.PROVINCE) {
          proposals.notAwardedBySuperior(item.getProposalId());
        } else {
          proposals.notAwardedByOrganisation(item.getProposalId());
        }
      }
    });
    decision.answered(cleanNumber, date, decider == null || decider.isBlank() ? null : decider.strip(), username,
        clock.instant());
  }

  /** The awards the superior level or the organisation decided enter the registry. */
  void recordAnswered(long decisionId) {
    RewardDecision decision = decision(decisionId);
    List<DecisionItem> awarded = included(decisionId).stream().filter(item -> Boolean.TRUE.equals(item.getAwarded()))
        .toList();
    recordAwards(decision, awarded, decision.getAuthority() == DecidingAuthority.PROVINCE
        ? AwardSource.PROVINCE_ANSWER : AwardSource.ORGANISATION);
    if (decision.getAuthority() == DecidingAuthority.PROVINCE && !awarded.isEmpty()) {
      notifyUnits(decision, awarded, "Quyết định khen thưởng số " + awarded.get(0).getAnswerDecisionNumber()
          + " của cấp trên");
    }
  }

  // --- what the API shows

  @Transactional(readOnly = true)
  public List<DecisionView> list(String campaignId, Integer phaseNumber) {
    List<RewardDecision> found = phaseNumber == null ? decisions.findByCampaignIdOrderByPhaseNumberAscIdAsc(campaignId)
        : decisions.findByCampaignIdAndPhaseNumberOrderByIdAsc(campaignId, phaseNumber);
    Map<Long, List<DecisionItem>> itemsByDecision = items.findByDecisionIdInOrderByIdAsc(
        found.stream().map(RewardDecision::getId).toList()).stream()
        .collect(Collectors.groupingBy(DecisionItem::getDecisionId));
    return found.stream()
        .filter(decision -> access.canRead(decision, itemsByDecision.getOrDefault(decision.getId(), List.of())))
        .map(decision -> view(decision, itemsByDecision.getOrDefault(decision.getId(), List.of())))
        .toList();
  }

  @Transactional(readOnly = true)
  public DecisionView view(long decisionId) {
    RewardDecision decision = decision(decisionId);
    List<DecisionItem> listed = items.findByDecisionIdOrderByIdAsc(decisionId);
    access.checkRead(decision, listed);
    return view(decision, listed);
  }

  @Transactional(readOnly = true)
  public List<DecisionView.Document> documents(long decisionId) {
    RewardDecision decision = decision(decisionId);
    access.checkRead(decision, items.findByDecisionIdOrderByIdAsc(decisionId));
    return documentViews(decision);
  }

  @Transactional(readOnly = true)
  public DocumentContent download(long decisionId, long documentId) {
    RewardDecision decision = decision(decisionId);
    access.checkRead(decision, items.findByDecisionIdOrderByIdAsc(decisionId));
    StoredDocument stored = documents.find(documentId)
        .filter(document -> OWNER_TYPE.equals(document.ownerType()) && (decisionId + "").equals(document.ownerId()))
        .orElseThrow(() -> ApiException.notFound("Quyết định " + decisionId + " không có tệp " + documentId));
    return documents.content(stored.id());
  }

  /** The signed scan becomes the document of record: uploaded by the signer's body or the issuing office. */
  public DecisionView.Document uploadSignedScan(long decisionId, String fileName, byte[] content) {
    RewardDecision decision = decision(decisionId);
    access.checkSignedScan(decision);
    if (decision.getStatus() != DecisionStatus.SIGNED && decision.getStatus() != DecisionStatus.ISSUED) {
      throw ApiException.conflict("Chỉ tải bản quét sau khi quyết định đã được ký.");
    }
    StoredDocument stored = documents.store(OWNER_TYPE, decisionId + "", SIGNED_SCAN_KIND, fileName, content,
        currentUser.username());
    decision.documentOfRecord(stored.id());
    return documentView(decision, stored);
  }

  /** Issued decisions, for the posting page (same audience as the posted lists). */
  @Transactional(readOnly = true)
  public List<DecisionView> issued() {
    List<RewardDecision> found = decisions.findByStatusInOrderByIssuedOnDescIdDesc(List.of(DecisionStatus.ISSUED));
    Map<Long, List<DecisionItem>> itemsByDecision = items.findByDecisionIdInOrderByIdAsc(
        found.stream().map(RewardDecision::getId).toList()).stream()
        .collect(Collectors.groupingBy(DecisionItem::getDecisionId));
    return found.stream().map(decision -> view(decision, itemsByDecision.getOrDefault(decision.getId(), List.of())
        .stream().filter(DecisionItem::isIncluded).toList())).toList();
  }

  // --- for the task forms

  /** The decision a process instance prepared: what its steps act on, whatever its variables say. */
  RewardDecision ofProcessInstance(String processInstanceId) {
    return decisions.findByProcessInstanceId(processInstanceId).orElseThrow(() -> new IllegalStateException(
        "Process instance " + processInstanceId + " has prepared no decision"));
  }

  RewardDecision decision(long decisionId) {
    return decisions.findById(decisionId)
        .orElseThrow(() -> ApiException.notFound("Không tìm thấy quyết định " + decisionId));
  }

  List<DecisionItem> included(long decisionId) {
    return items.findByDecisionIdOrderByIdAsc(decisionId).stream().filter(DecisionItem::isIncluded).toList();
  }

  /** The group of the mass organisation recording its own decision. */
  String organisationGroup(RewardDecision decision) {
    return organization.findUnit(decision.getOrganisationUnitId()).map(UnitSummary::groupId)
        .orElseThrow(() -> new IllegalStateException("No unit " + decision.getOrganisationUnitId()));
  }

  // ---

  private List<AgreedProposal> approved(String campaignId, int phaseNumber) {
    return appraisals.agreedForms(campaignId, phaseNumber).stream()
        .filter(agreed -> agreed.proposal().status() == ProposalStatus.APPROVED).toList();
  }

  /** The phase's submitted reports by id, read once for all the proposals a step looks at. */
  private Map<Long, SubmittedReport> submittedReports(String campaignId, int phaseNumber) {
    return reports.submitted(campaignId, phaseNumber).stream()
        .collect(Collectors.toMap(SubmittedReport::reportId, Function.identity()));
  }

  /** The proposals mass organisations decide themselves, by the organisation's unit, in the order entered. */
  private Map<Long, List<ProposalView>> organisationsOwnProposals(String campaignId, int phaseNumber,
      Map<Long, SubmittedReport> reportsById) {
    return proposals.ofPhase(campaignId, phaseNumber).stream()
        .filter(proposal -> proposal.status() == ProposalStatus.DECIDED_BY_ORGANISATION)
        .collect(Collectors.groupingBy(proposal -> reportsById.get(proposal.reportId()).unitId(),
            LinkedHashMap::new, Collectors.toList()));
  }

  private void addItem(RewardDecision decision, ProposalView proposal, String formCode,
      Map<Long, SubmittedReport> reportsById) {
    RewardFormView form = catalogue.get(formCode);
    SubmittedReport report = reportsById.get(proposal.reportId());
    long nomineeId = proposal.nomineeKind() == NomineeKind.COLLECTIVE ? proposal.nomineeUnitId()
        : proposal.nomineeMemberId();
    long money = form.moneyFor(proposal.nomineeKind());
    items.save(new DecisionItem(decision.getId(), proposal.id(), proposal.nomineeKind(), nomineeId,
        proposal.nomineeName(), proposal.nomineeKindLabel(), report.unitId(), report.unitName(), proposal.track(),
        form.code(), form.name(), proposal.achievements(), money == 0 ? null : money));
  }

  private void recordAwards(RewardDecision decision, List<DecisionItem> awarded, AwardSource source) {
    for (DecisionItem item : awarded) {
      LocalDate date = item.getAnswerDecisionDate() != null ? item.getAnswerDecisionDate() : decision.getIssuedOn();
      String number = item.getAnswerDecisionNumber() != null ? item.getAnswerDecisionNumber()
          : decision.getDecisionNumber();
      NewAward award = new NewAward(item.getNomineeKind(), item.getNomineeId(), item.getRewardFormCode(),
          date.getYear(), number, date, decision.getDecidedBy(), item.getMoney(), source, decision.getCampaignId(),
          decision.getPhaseNumber());
      AwardView recorded = registry.find(award).orElseGet(() -> registry.record(award));
      item.recordedAs(recorded.id());
      proposals.decided(item.getProposalId());
    }
    decision.awardsRecorded(clock.instant());
  }

  private void notifyUnits(RewardDecision decision, List<DecisionItem> awarded, String what) {
    Map<Long, List<DecisionItem>> byUnit = awarded.stream().collect(Collectors.groupingBy(DecisionItem::getUnitId));
    byUnit.forEach((unitId, unitItems) -> organization.findUnit(unitId).ifPresent(unit ->
        notifications.send(new Notification(NotificationKind.ANNOUNCEMENT, Set.of(), Set.of(unit.groupId()), null,
            null, what + " – " + unit.name(),
            "Được khen thưởng:\n" + unitItems.stream()
                .map(item -> "- " + item.getNomineeName() + ": " + item.getRewardFormName()
                    + (item.getMoney() == null ? "" : " (" + MoneyWords.amount(item.getMoney()) + ")"))
                .collect(Collectors.joining("\n")), null))));
  }

  private String subject(CampaignSummary campaign, int phaseNumber, DecidingAuthority authority) {
    String phaseName = campaign.phase(phaseNumber).map(Phase::name).orElse("Đợt " + phaseNumber);
    String about = campaign.title() + " (" + phaseName.toLowerCase(Locale.ROOT) + ")";
    return switch (authority) {
      case PROVINCE -> "Đề nghị cấp trên khen thưởng tập thể, cá nhân có thành tích xuất sắc trong " + about;
      default -> "Về việc khen thưởng tập thể, cá nhân có thành tích xuất sắc trong " + about;
    };
  }

  private String decidingBody(DecidingAuthority authority, Long organisationUnitId) {
    return switch (authority) {
      case PARTY_COMMITTEE -> decisionDocuments.partyCommitteeName();
      case PEOPLES_COMMITTEE_CHAIR -> "Chủ tịch " + decisionDocuments.peoplesCommitteeName();
      case PROVINCE -> decisionDocuments.superiorBody();
      case MASS_ORGANIZATION -> organization.findUnit(organisationUnitId).map(UnitSummary::name)
          .orElse("Tổ chức đoàn thể");
    };
  }

  private DecisionView view(RewardDecision decision, List<DecisionItem> listed) {
    Map<String, Long> money = listed.stream().filter(DecisionItem::isIncluded)
        .collect(Collectors.groupingBy(DecisionItem::getRewardFormName, Collectors.summingLong(item ->
            item.getMoney() == null ? 0 : item.getMoney())));
    return new DecisionView(decision.getId(), decision.getCampaignId(), decision.getPhaseNumber(),
        decision.getAuthority(), decision.getAuthority().label(), decision.getAuthorityKey(), decision.getStatus(),
        decision.getStatus().label(), decision.getSubject(), decision.getDecidedBy(), decision.getDecisionNumber(),
        decision.getIssuedOn(), decision.getSignerName(), decision.getSignerTitle(), decision.getSignedAt(),
        decision.getRefusalReason(), decision.getSubmissionNumber(), decision.getSubmissionDate(),
        listed.stream().map(RewardDecisionService::itemView).toList(),
        money.values().stream().mapToLong(Long::longValue).sum(),
        "/api/decisions/" + decision.getId() + "/documents", decision.getVersion());
  }

  private static DecisionView.Item itemView(DecisionItem item) {
    return new DecisionView.Item(item.getProposalId(), item.getNomineeKind(), item.getNomineeId(),
        item.getNomineeName(), item.getNomineeKindLabel(), item.getUnitName(), item.getTrack(),
        item.getRewardFormCode(), item.getRewardFormName(), item.getMoney(), item.isIncluded(), item.getAwarded(),
        item.getAnswerDecisionNumber(), item.getAnswerDecisionDate(), item.getAwardId());
  }

  private List<DecisionView.Document> documentViews(RewardDecision decision) {
    return documents.list(OWNER_TYPE, decision.getId() + "").stream()
        .map(stored -> documentView(decision, stored)).toList();
  }

  private DecisionView.Document documentView(RewardDecision decision, StoredDocument stored) {
    return new DecisionView.Document(stored.id(), stored.kind(), DecisionTexts.documentKindLabel(stored.kind()),
        stored.fileName(), stored.contentType(), stored.size(), stored.uploadedAt(),
        Long.valueOf(stored.id()).equals(decision.getRecordDocumentId()),
        "/api/decisions/" + decision.getId() + "/documents/" + stored.id());
  }
}
