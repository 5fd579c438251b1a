package vn.thidua.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.thidua.campaign.CampaignSummary;
import vn.thidua.campaign.ContentArea;
import vn.thidua.campaign.Phase;
import vn.thidua.catalogue.DocumentKind;
import vn.thidua.catalogue.NomineeKind;
import vn.thidua.catalogue.RewardCatalogue;
import vn.thidua.catalogue.RewardFormKind;
import vn.thidua.catalogue.RewardFormView;
import vn.thidua.catalogue.Track;
import vn.thidua.document.DocumentService;
import vn.thidua.document.StoredDocument;
import vn.thidua.organization.OrganizationService;
import vn.thidua.organization.UnitSummary;
import vn.thidua.security.UnitAccess;

/** Builds what the API shows of reports and proposals, with the catalogue's rules applied. */
@Component
class ReportViews {

  static final String PROPOSAL_DOCUMENTS = "PROPOSAL";
  static final String SUBMIT_TASK = "Task_SubmitResults";
  static final String SUPPLEMENT_TASK = "Task_SupplementDossier";

  private final ProposalRepository proposals;
  private final RewardCatalogue catalogue;
  private final DocumentService documents;
  private final OrganizationService organization;
  private final TaskService taskService;
  private final ResultsReportRepository reports;
  private final UnitAccess access;

  ReportViews(ProposalRepository proposals, RewardCatalogue catalogue, DocumentService documents,
      OrganizationService organization, TaskService taskService, ResultsReportRepository reports, UnitAccess access) {
    this.proposals = proposals;
    this.catalogue = catalogue;
    this.documents = documents;
    this.organization = organization;
    this.taskService = taskService;
    this.reports = reports;
    this.access = access;
  }

  ReportView report(ResultsReport report, CampaignSummary campaign, UnitSummary unit, boolean editable) {
    Map<String, String> areas = campaign.contentAreas().stream()
        .collect(Collectors.toMap(ContentArea::code, ContentArea::title));
    Optional<Phase> phase = campaign.phase(report.getPhaseNumber());
    List<ReportResult> results = report.getResults();
    List<ReportView.ResultView> resultViews = IntStream.range(0, results.size()).mapToObj(i -> {
      ReportResult result = results.get(i);
      return new ReportView.ResultView(i, result.contentAreaCode(), areas.get(result.contentAreaCode()),
          result.target(), result.plannedQuantity(), result.unitOfMeasure(), result.achievedQuantity(),
          result.selfAssessment(), result.selfAssessment() == null ? null : result.selfAssessment().label(),
          result.note());
    }).toList();
    return new ReportView(report.getId(), campaign.id(), campaign.planNumber(), campaign.title(),
        report.getPhaseNumber(), phase.map(Phase::name).orElse(null), phase.map(Phase::resultsDeadline).orElse(null),
        new ReportView.UnitRef(unit.id(), unit.code(), unit.name()), report.getStatus(), report.getStatus().label(),
        report.getNarrative(), report.getHeadRemarks(), resultViews,
        proposals.findByReportIdOrderByIdAsc(report.getId()).stream().map(this::proposal).toList(),
        report.getPreparedBy(), report.getConfirmedBy(), report.getSubmittedAt(), report.getVersion(), editable,
        openTaskId(report), access.isUnit(unit) ? nominees(unit) : null);
  }

  ProposalView proposal(Proposal proposal) {
    Optional<RewardFormView> form = catalogue.find(proposal.getRewardFormCode());
    List<StoredDocument> attached = documents.list(PROPOSAL_DOCUMENTS, String.valueOf(proposal.getId()));
    Set<String> providedKinds = attached.stream().map(StoredDocument::kind).collect(Collectors.toSet());
    List<ProposalView.RequiredDocument> required = form.map(RewardFormView::requiredDocuments).orElse(List.of())
        .stream().map(kind -> new ProposalView.RequiredDocument(kind.name(), kind.label(),
            providedKinds.contains(kind.name()))).toList();
    return new ProposalView(proposal.getId(), proposal.getReportId(), proposal.getNomineeKind(),
        proposal.getNomineeKind().label(), proposal.getNomineeUnitId(), proposal.getNomineeMemberId(),
        proposal.getNomineeName(), proposal.getTrack(), proposal.getTrack().label(), proposal.getRewardFormCode(),
        form.map(RewardFormView::name).orElse(proposal.getRewardFormCode()), proposal.getDeclaredRating(),
        proposal.getDeclaredRating().label(), proposal.getConsecutiveExcellentYears(), proposal.getAchievements(),
        proposal.getMemberCount(), proposal.getMembersCompletingTasks(), proposal.getMembersAdvancedWorkers(),
        proposal.getMembersEmulationFighters(),
        form.map(found -> countsRequired(proposal.getNomineeKind(), proposal.getTrack(), found)).orElse(false),
        proposal.getStatus(), proposal.getStatus().label(), editable(proposal), proposal.getVersion(), required,
        required.stream().filter(document -> !document.provided()).map(ProposalView.RequiredDocument::label).toList(),
        attached.stream().map(document -> document(proposal.getId(), document)).toList());
  }

  /** The unit changes a proposal while drafting its report, or when the appraisal asks it to supplement. */
  private boolean editable(Proposal proposal) {
    if (!proposal.getStatus().openToUnit()) {
      return false;
    }
    return organization.findUnit(proposal.getUnitId()).map(access::isUnit).orElse(false)
        && (proposal.getStatus() == ProposalStatus.SUPPLEMENT_REQUESTED
            || reports.findById(proposal.getReportId()).map(r -> r.getStatus() == ReportStatus.DRAFT).orElse(false));
  }

  ProposalView.DocumentView document(long proposalId, StoredDocument document) {
    String kindLabel = kindLabel(document.kind());
    return new ProposalView.DocumentView(document.id(), document.kind(), kindLabel, document.fileName(),
        document.contentType(), document.size(), document.sha256(), document.uploadedBy(), document.uploadedAt(),
        "/api/proposals/" + proposalId + "/documents/" + document.id());
  }

  /** Collective State titles need the member counts the law's criteria are checked against. */
  static boolean countsRequired(NomineeKind kind, Track track, RewardFormView form) {
    return kind == NomineeKind.COLLECTIVE && track == Track.STATE && form.kind() == RewardFormKind.TITLE;
  }

  /** Whom the unit may propose: itself, the collectives directly under it, and its members. */
  ReportView.Nominees nominees(UnitSummary unit) {
    List<ReportView.Choice> collectives = new ArrayList<>();
    collectives.add(new ReportView.Choice(unit.id(), unit.name()));
    organization.childUnits(unit.id()).forEach(child -> collectives.add(new ReportView.Choice(child.id(), child.name())));
    List<ReportView.Choice> members = organization.membersOfUnit(unit.code()).stream()
        .map(member -> new ReportView.Choice(member.id(),
            member.fullName() + (member.position() == null ? "" : " – " + member.position())))
        .toList();
    return new ReportView.Nominees(collectives, members);
  }

  /** The unit's open task on this report: writing it, or later supplementing it for the appraisal. */
  private String openTaskId(ResultsReport report) {
    if (report.getProcessInstanceId() == null) {
      return null;
    }
    Task task = taskService.createTaskQuery().processInstanceId(report.getProcessInstanceId())
        .taskDefinitionKey(SUBMIT_TASK).singleResult();
    if (task == null) {
      task = taskService.createTaskQuery().taskDefinitionKey(SUPPLEMENT_TASK)
          .processVariableValueEquals("reportId", report.getId()).list().stream().findFirst().orElse(null);
    }
    return task == null ? null : task.getId();
  }

  static String kindLabel(String kind) {
    try {
      return DocumentKind.valueOf(kind).label();
    } catch (IllegalArgumentException unknown) {
      return kind;
    }
  }
}
