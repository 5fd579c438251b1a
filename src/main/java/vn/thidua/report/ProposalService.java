package vn.thidua.report;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.campaign.CampaignService;
import vn.thidua.catalogue.DocumentKind;
import vn.thidua.catalogue.NomineeKind;
import vn.thidua.catalogue.RewardCatalogue;
import vn.thidua.catalogue.RewardFormView;
import vn.thidua.document.DocumentContent;
import vn.thidua.document.DocumentService;
import vn.thidua.document.StoredDocument;
import vn.thidua.organization.MemberSummary;
import vn.thidua.organization.OrganizationService;
import vn.thidua.organization.UnitSummary;
import vn.thidua.registry.AwardView;
import vn.thidua.registry.RewardRegistry;
import vn.thidua.report.Proposal.ProposalContent;
import vn.thidua.security.UnitAccess;
import vn.thidua.web.ApiException;
import vn.thidua.web.ApiException.FieldError;

/**
 * A unit's reward proposals and their dossier files. They are drafts, changed only by the unit
 * while its report is being written; the files are stored as they arrive, so nothing is lost.
 */
@Service
@Transactional
public class ProposalService {

  private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final ProposalRepository proposals;
  private final ReportService reports;
  private final ReportViews views;
  private final ReportFormVariables formVariables;
  private final RewardCatalogue catalogue;
  private final DocumentService documents;
  private final OrganizationService organization;
  private final UnitAccess access;
  private final CampaignService campaigns;
  private final RewardRegistry registry;
  private final Clock clock;

  ProposalService(ProposalRepository proposals, ReportService reports, ReportViews views,
      ReportFormVariables formVariables, RewardCatalogue catalogue, DocumentService documents,
      OrganizationService organization, UnitAccess access, CampaignService campaigns, RewardRegistry registry,
      Clock clock) {
    this.proposals = proposals;
    this.reports = reports;
    this.views = views;
    this.formVariables = formVariables;
    this.catalogue = catalogue;
    this.documents = documents;
    this.organization = organization;
    this.access = access;
    this.campaigns = campaigns;
    this.registry = registry;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public ProposalView view(long id) {
    Proposal proposal = proposal(id);
    access.checkRead(reports.unit(proposal.getUnitId()));
    return views.proposal(proposal);
  }

  /** A report's proposals as the appraisal reads them (no access check: the caller is the process). */
  @Transactional(readOnly = true)
  public List<ProposalView> ofReport(long reportId) {
    return proposals.findByReportIdOrderByIdAsc(reportId).stream().map(views::proposal).toList();
  }

  /** Every proposal of a phase, of every unit, in the order entered (no access check: the caller is the process). */
  @Transactional(readOnly = true)
  public List<ProposalView> ofPhase(String campaignId, int phaseNumber) {
    return proposals.findOfPhase(campaignId, phaseNumber).stream().map(views::proposal).toList();
  }

  // --- the process moves a proposal along: appraisal, posting, the vote and the decision; a move its state
  // does not allow throws IllegalProposalTransition

  public void inAppraisal(long proposalId) {
    proposal(proposalId).inAppraisal();
  }

  public void supplementRequested(long proposalId) {
    proposal(proposalId).supplementRequested();
  }

  public void agreedAtAppraisal(long proposalId) {
    proposal(proposalId).agreedAtAppraisal();
  }

  public void notAgreedAtAppraisal(long proposalId) {
    proposal(proposalId).notAgreedAtAppraisal();
  }

  public void withdrawn(long proposalId) {
    proposal(proposalId).withdrawn();
  }

  public void decidedByOrganisation(long proposalId) {
    proposal(proposalId).decidedByOrganisation();
  }

  public void approved(long proposalId) {
    proposal(proposalId).approved();
  }

  public void notApproved(long proposalId) {
    proposal(proposalId).notApproved();
  }

  public void sentBack(long proposalId) {
    proposal(proposalId).sentBack();
  }

  public void droppedFromDecision(long proposalId) {
    proposal(proposalId).droppedFromDecision();
  }

  public void forwarded(long proposalId) {
    proposal(proposalId).forwarded();
  }

  public void decided(long proposalId) {
    proposal(proposalId).decided();
  }

  public void notAwardedBySuperior(long proposalId) {
    proposal(proposalId).notAwardedBySuperior();
  }

  public void notAwardedByOrganisation(long proposalId) {
    proposal(proposalId).notAwardedByOrganisation();
  }

  public ProposalView create(long reportId, ProposalRequest request, String by) {
    ResultsReport report = reports.editableReport(reportId, null);
    UnitSummary unit = reports.unit(report.getUnitId());
    ProposalContent content = content(request, unit);
    refuseSecondNomination(report, content, null);
    Proposal proposal = new Proposal(report.getId(), unit.id(), by, clock.instant());
    proposal.edit(content, clock.instant());
    proposal = proposals.saveAndFlush(proposal);
    changed(report, by);
    return views.proposal(proposal);
  }

  public ProposalView update(long id, ProposalRequest request, String by) {
    Proposal proposal = proposal(id);
    ResultsReport report = openReport(proposal);
    if (request.version() == null || request.version() != proposal.getVersion()) {
      throw ApiException.conflict("Đề nghị đã được người khác cập nhật. Vui lòng tải lại trang rồi nhập lại.");
    }
    String previousForm = proposal.getRewardFormCode();
    ProposalContent content = content(request, reports.unit(report.getUnitId()));
    refuseSecondNomination(report, content, proposal.getId());
    proposal.edit(content, clock.instant());
    if (!previousForm.equals(proposal.getRewardFormCode())) {
      dropDocumentsNotRequired(proposal);
    }
    proposals.flush();
    changed(report, by);
    return views.proposal(proposal);
  }

  public void delete(long id, String by) {
    Proposal proposal = proposal(id);
    ResultsReport report = reports.editableReport(proposal.getReportId(), null);
    documents.deleteAll(ReportViews.PROPOSAL_DOCUMENTS, String.valueOf(id));
    proposals.delete(proposal);
    proposals.flush();
    changed(report, by);
  }

  @Transactional(readOnly = true)
  public List<ProposalView.DocumentView> documents(long proposalId) {
    Proposal proposal = proposal(proposalId);
    access.checkRead(reports.unit(proposal.getUnitId()));
    return documents.list(ReportViews.PROPOSAL_DOCUMENTS, String.valueOf(proposalId)).stream()
        .map(document -> views.document(proposalId, document)).toList();
  }

  /** Attaches a dossier file of a kind the proposal's form requires; its content decides its type. */
  public ProposalView.DocumentView attach(long proposalId, String kind, String fileName, byte[] content, String by) {
    Proposal proposal = proposal(proposalId);
    ResultsReport report = openReport(proposal);
    List<DocumentKind> required = catalogue.get(proposal.getRewardFormCode()).requiredDocuments();
    if (kind == null || required.stream().noneMatch(documentKind -> documentKind.name().equals(kind))) {
      throw ApiException.badRequest("kind", "Loại hồ sơ \"" + kind + "\" không thuộc hồ sơ của hình thức này; cần một trong: "
          + String.join(", ", required.stream().map(documentKind -> documentKind.name() + " (" + documentKind.label() + ")")
              .toList()));
    }
    StoredDocument stored = documents.store(ReportViews.PROPOSAL_DOCUMENTS, String.valueOf(proposalId), kind, fileName,
        content, by);
    changed(report, by);
    return views.document(proposalId, stored);
  }

  @Transactional(readOnly = true)
  public DocumentContent download(long proposalId, long documentId) {
    Proposal proposal = proposal(proposalId);
    access.checkRead(reports.unit(proposal.getUnitId()));
    return documents.content(owned(proposalId, documentId).id());
  }

  public void detach(long proposalId, long documentId, String by) {
    Proposal proposal = proposal(proposalId);
    ResultsReport report = openReport(proposal);
    documents.delete(owned(proposalId, documentId).id());
    changed(report, by);
  }

  /** The unit may change a proposal while drafting its report, or later when asked to supplement it. */
  private ResultsReport openReport(Proposal proposal) {
    if (proposal.getStatus() == ProposalStatus.SUPPLEMENT_REQUESTED) {
      ResultsReport report = reports.report(proposal.getReportId());
      access.checkUnit(reports.unit(report.getUnitId()));
      return report;
    }
    return reports.editableReport(proposal.getReportId(), null);
  }

  /** A file is reached only through its own proposal: ids of another proposal's files are not found. */
  private StoredDocument owned(long proposalId, long documentId) {
    return documents.find(documentId)
        .filter(document -> ReportViews.PROPOSAL_DOCUMENTS.equals(document.ownerType())
            && String.valueOf(proposalId).equals(document.ownerId()))
        .orElseThrow(() -> ApiException.notFound("Không tìm thấy tệp " + documentId + " của đề nghị " + proposalId));
  }

  private void dropDocumentsNotRequired(Proposal proposal) {
    List<String> required = catalogue.get(proposal.getRewardFormCode()).requiredDocuments().stream()
        .map(DocumentKind::name).toList();
    documents.list(ReportViews.PROPOSAL_DOCUMENTS, String.valueOf(proposal.getId())).stream()
        .filter(document -> !required.contains(document.kind()))
        .forEach(document -> documents.delete(document.id()));
  }

  /** Every change goes through the report's row first, so concurrent changes queue there, not in the engine. */
  private void changed(ResultsReport report, String by) {
    reports.touch(report, by);
    formVariables.refresh(report, campaigns.summary(report.getCampaignId()));
  }

  /**
   * One achievement, one reward (Luật Thi đua, khen thưởng 2022, Điều 6): 409 when the phase already holds
   * this nominee for this form in another proposal of any unit – even one refused since, so that it does not
   * come back under another unit; only proposals of reports never sent do not count – or when the reward
   * registry already holds the award for this campaign and phase (a revoked one does not count).
   */
  private void refuseSecondNomination(ResultsReport report, ProposalContent content, Long proposalId) {
    long nomineeId = content.nomineeKind() == NomineeKind.COLLECTIVE ? content.nomineeUnitId()
        : content.nomineeMemberId();
    String nominee = (content.nomineeKind() == NomineeKind.INDIVIDUAL ? "Đồng chí " : "") + content.nomineeName();
    String form = "\"" + catalogue.get(content.rewardFormCode()).name() + "\"";
    String phase = " trong đợt " + report.getPhaseNumber() + " của phong trào này";
    proposals.findSameNomination(report.getCampaignId(), report.getPhaseNumber(), content.nomineeKind(), nomineeId,
            content.rewardFormCode()).stream()
        .filter(other -> !other.getId().equals(proposalId))
        .findFirst()
        .ifPresent(other -> {
          throw ApiException.conflict(nominee + " đã được " + reports.unit(other.getUnitId()).name() + " đề nghị "
              + form + phase + " (đề nghị số " + other.getId() + ", trạng thái \"" + other.getStatus().label()
              + "\"). Mỗi tập thể, cá nhân chỉ được đề nghị một hình thức một lần trong một đợt.");
        });
    registry.currentAwardsOf(content.nomineeKind(), nomineeId).stream()
        .filter(award -> award.rewardFormCode().equals(content.rewardFormCode())
            && report.getCampaignId().equals(award.campaignId())
            && Integer.valueOf(report.getPhaseNumber()).equals(award.phaseNumber()))
        .findFirst()
        .ifPresent(award -> {
          throw ApiException.conflict(nominee + " đã được khen thưởng " + form + phase + " theo " + decision(award)
              + " (sổ khen thưởng). Mỗi tập thể, cá nhân chỉ được khen thưởng một hình thức một lần trong một đợt.");
        });
  }

  private static String decision(AwardView award) {
    return "Quyết định số " + award.decisionNumber() + " ngày " + VIETNAMESE_DATE.format(award.decisionDate());
  }

  /** Checks the nominee against the registry and the form against the catalogue, every field at once. */
  private ProposalContent content(ProposalRequest request, UnitSummary unit) {
    List<FieldError> errors = new ArrayList<>();
    String nomineeName = null;
    if (request.nomineeKind() == NomineeKind.COLLECTIVE) {
      if (request.nomineeUnitId() == null) {
        errors.add(new FieldError("nomineeUnitId", "Chọn tập thể được đề nghị"));
      } else if (!request.nomineeUnitId().equals(unit.id())
          && organization.childUnits(unit.id()).stream().noneMatch(child -> child.id().equals(request.nomineeUnitId()))) {
        errors.add(new FieldError("nomineeUnitId", "Chỉ đề nghị được chính đơn vị hoặc tập thể trực thuộc đơn vị"));
      } else {
        nomineeName = organization.findUnit(request.nomineeUnitId()).map(UnitSummary::name).orElse(null);
      }
    } else if (request.nomineeKind() == NomineeKind.INDIVIDUAL) {
      Optional<MemberSummary> member = request.nomineeMemberId() == null ? Optional.empty()
          : organization.findMember(request.nomineeMemberId());
      if (request.nomineeMemberId() == null) {
        errors.add(new FieldError("nomineeMemberId", "Chọn cá nhân được đề nghị"));
      } else if (member.isEmpty() || !unit.code().equalsIgnoreCase(member.get().unitCode())) {
        errors.add(new FieldError("nomineeMemberId", "Chỉ đề nghị được cán bộ, đảng viên của " + unit.name()));
      } else {
        nomineeName = member.get().fullName();
      }
    }
    Optional<RewardFormView> form = catalogue.find(request.rewardFormCode());
    if (form.isEmpty() || !form.get().active()) {
      errors.add(new FieldError("rewardFormCode", "Hình thức \"" + request.rewardFormCode()
          + "\" không có trong danh mục khen thưởng"));
    } else if (request.track() != null && request.nomineeKind() != null
        && !catalogue.allows(request.rewardFormCode(), request.track(), request.nomineeKind())) {
      errors.add(new FieldError("rewardFormCode", "Hình thức \"" + form.get().name() + "\" không áp dụng cho "
          + request.nomineeKind().label().toLowerCase() + " theo " + request.track().label().toLowerCase()));
    } else if (request.nomineeKind() != null && request.track() != null
        && ReportViews.countsRequired(request.nomineeKind(), request.track(), form.get())) {
      checkCounts(request, errors);
    }
    if (!errors.isEmpty()) {
      throw ApiException.badRequest("Dữ liệu không hợp lệ", errors);
    }
    boolean counts = ReportViews.countsRequired(request.nomineeKind(), request.track(), form.get());
    return new ProposalContent(request.nomineeKind(),
        request.nomineeKind() == NomineeKind.COLLECTIVE ? request.nomineeUnitId() : null,
        request.nomineeKind() == NomineeKind.INDIVIDUAL ? request.nomineeMemberId() : null, nomineeName,
        request.track(), request.rewardFormCode(), request.declaredRating(), request.consecutiveExcellentYears(),
        request.achievements(), counts ? request.memberCount() : null, counts ? request.membersCompletingTasks() : null,
        counts ? request.membersAdvancedWorkers() : null, counts ? request.membersEmulationFighters() : null);
  }

  /** The counts a collective State title is judged on; none can exceed the number of members. */
  private static void checkCounts(ProposalRequest request, List<FieldError> errors) {
    Integer members = request.memberCount();
    if (members == null || members < 1) {
      errors.add(new FieldError("memberCount", "Danh hiệu tập thể cần nhập tổng số thành viên (ít nhất 1)"));
      return;
    }
    requireAtMost(request.membersCompletingTasks(), members, "membersCompletingTasks",
        "số thành viên hoàn thành nhiệm vụ", errors);
    requireAtMost(request.membersAdvancedWorkers(), members, "membersAdvancedWorkers",
        "số thành viên đạt \"Lao động tiên tiến\"", errors);
    requireAtMost(request.membersEmulationFighters(), members, "membersEmulationFighters",
        "số thành viên đạt \"Chiến sĩ thi đua cơ sở\"", errors);
  }

  private static void requireAtMost(Integer value, int members, String field, String what, List<FieldError> errors) {
    if (value == null) {
      errors.add(new FieldError(field, "Danh hiệu tập thể cần nhập " + what));
    } else if (value > members) {
      errors.add(new FieldError(field, "Không thể lớn hơn tổng số thành viên (" + members + ")"));
    }
  }

  private Proposal proposal(long id) {
    return proposals.findById(id).orElseThrow(() -> ApiException.notFound("Không tìm thấy đề nghị " + id));
  }
}
