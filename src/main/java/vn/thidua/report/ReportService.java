package vn.thidua.report;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignStatus;
import vn.thidua.campaign.CampaignSummary;
import vn.thidua.form.FormValidationException;
import vn.thidua.organization.OrganizationService;
import vn.thidua.organization.UnitSummary;
import vn.thidua.pledge.PledgeService;
import vn.thidua.security.UnitAccess;
import vn.thidua.web.ApiException;

/**
 * Units' results reports of a phase: opened by the process with the pledged targets, written by the
 * unit's officer, confirmed and submitted by its head.
 */
@Service
@Transactional
public class ReportService {

  static final String SUBMISSION_CLOSED = "ResultsSubmissionClosed";

  private final ResultsReportRepository reports;
  private final ProposalRepository proposals;
  private final ReportViews views;
  private final ReportFormVariables formVariables;
  private final CampaignService campaigns;
  private final PledgeService pledges;
  private final OrganizationService organization;
  private final UnitAccess access;
  private final RuntimeService runtimeService;
  private final Clock clock;

  ReportService(ResultsReportRepository reports, ProposalRepository proposals, ReportViews views,
      ReportFormVariables formVariables, CampaignService campaigns, PledgeService pledges,
      OrganizationService organization, UnitAccess access, RuntimeService runtimeService, Clock clock) {
    this.reports = reports;
    this.proposals = proposals;
    this.views = views;
    this.formVariables = formVariables;
    this.campaigns = campaigns;
    this.pledges = pledges;
    this.organization = organization;
    this.access = access;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /**
   * The unit's report of the phase, opened with its pledged targets the first time (a retry finds it);
   * a report that another process opened is not this one's to take.
   */
  ResultsReport open(String campaignId, int phaseNumber, long unitId, String processInstanceId) {
    return reports.findByCampaignIdAndPhaseNumberAndUnitId(campaignId, phaseNumber, unitId).map(existing -> {
      if (!processInstanceId.equals(existing.getProcessInstanceId())) {
        throw new IllegalStateException("Report " + existing.getId() + " belongs to process instance "
            + existing.getProcessInstanceId() + ", not " + processInstanceId);
      }
      return existing;
    }).orElseGet(() -> {
      List<ReportResult> results = pledges.acceptedTargets(campaignId, unitId).orElse(List.of()).stream()
          .map(target -> new ReportResult(target.contentAreaCode(), target.target(), target.quantity(),
              target.unitOfMeasure(), null, null, null))
          .toList();
      ResultsReport report = reports.save(new ResultsReport(campaignId, phaseNumber, unitId, results,
          processInstanceId));
      reports.flush();
      formVariables.refresh(report, campaigns.summary(campaignId));
      return report;
    });
  }

  @Transactional(readOnly = true)
  public ReportView view(long id) {
    ResultsReport report = report(id);
    UnitSummary unit = unit(report.getUnitId());
    access.checkRead(unit);
    return views.report(report, campaigns.summary(report.getCampaignId()), unit, editable(report, unit));
  }

  /** The reports of a campaign (optionally one phase) the person may see. */
  @Transactional(readOnly = true)
  public List<ReportView> list(String campaignId, Integer phaseNumber) {
    CampaignSummary campaign = campaigns.summary(campaignId);
    Map<Long, UnitSummary> units = organization.allUnits().stream()
        .collect(Collectors.toMap(UnitSummary::id, Function.identity()));
    List<ResultsReport> found = phaseNumber == null
        ? reports.findByCampaignIdOrderByPhaseNumberAscIdAsc(campaignId)
        : reports.findByCampaignIdAndPhaseNumberOrderByIdAsc(campaignId, phaseNumber);
    return found.stream()
        .filter(report -> access.canRead(units.get(report.getUnitId())))
        .map(report -> {
          UnitSummary unit = units.get(report.getUnitId());
          return views.report(report, campaign, unit, editable(report, unit));
        })
        .toList();
  }

  /** The unit saves the narrative and its results, target by target, while it holds the report. */
  public ReportView update(long id, ReportRequest request, String by) {
    ResultsReport report = editableReport(id, request.version());
    if (request.results().size() != report.getResults().size()) {
      throw ApiException.badRequest("results", "Báo cáo có " + report.getResults().size()
          + " chỉ tiêu đã đăng ký; cần gửi đúng " + report.getResults().size() + " kết quả theo thứ tự");
    }
    List<ReportResult> results = new ArrayList<>();
    for (int i = 0; i < request.results().size(); i++) {
      ReportRequest.ResultRequest result = request.results().get(i);
      results.add(report.getResults().get(i).withAchievement(result.achievedQuantity(), result.selfAssessment(),
          result.note() == null || result.note().isBlank() ? null : result.note().strip()));
    }
    String narrative = request.narrative() == null || request.narrative().isBlank() ? null : request.narrative().strip();
    report.edit(narrative, results, by, clock.instant());
    reports.flush();
    CampaignSummary campaign = campaigns.summary(report.getCampaignId());
    formVariables.refresh(report, campaign);
    UnitSummary unit = unit(report.getUnitId());
    return views.report(report, campaign, unit, editable(report, unit));
  }

  /** The report the unit may change now, or why not (another's unit, no longer a draft, stale version). */
  ResultsReport editableReport(long id, Integer version) {
    ResultsReport report = report(id);
    access.checkUnit(unit(report.getUnitId()));
    if (report.getStatus() != ReportStatus.DRAFT) {
      throw ApiException.conflict("Báo cáo đang ở trạng thái \"" + report.getStatus().label() + "\", không sửa được");
    }
    if (version != null && version != report.getVersion()) {
      throw ApiException.conflict("Báo cáo đã được người khác cập nhật. Vui lòng tải lại trang rồi nhập lại.");
    }
    return report;
  }

  /** Records who changed the report's proposals or files, written at once (see ProposalService). */
  void touch(ResultsReport report, String by) {
    report.touch(by, clock.instant());
    reports.flush();
  }

  /** The officer hands the report to the head: refused, with everything missing, while incomplete. */
  void prepare(long id, String by) {
    ResultsReport report = report(id);
    List<String> missing = new ArrayList<>();
    if (report.getNarrative() == null) {
      missing.add("chưa có báo cáo tóm tắt kết quả");
    }
    long incomplete = report.getResults().stream().filter(result -> !result.complete()).count();
    if (incomplete > 0) {
      missing.add(incomplete + " chỉ tiêu chưa nhập kết quả đạt được và tự đánh giá");
    }
    proposals.findByReportIdOrderByIdAsc(id).stream().map(views::proposal)
        .filter(proposal -> !proposal.missingDocuments().isEmpty())
        .forEach(proposal -> missing.add("đề nghị " + proposal.rewardFormName() + " cho " + proposal.nomineeName()
            + " còn thiếu " + String.join(", ", proposal.missingDocuments())));
    if (!missing.isEmpty()) {
      throw new FormValidationException("Chưa thể gửi báo cáo: " + String.join("; ", missing)
          + ". Hãy bấm \"Mở trang nhập báo cáo\" để bổ sung.");
    }
    report.prepared(by);
    formVariables.refresh(report, campaigns.summary(report.getCampaignId()));
  }

  /** The head confirms and submits, or sends the report back to the officer with remarks. */
  void confirm(long id, boolean confirmed, String remarks, String by) {
    ResultsReport report = report(id);
    if (confirmed) {
      report.submit(by, clock.instant());
      proposals.findByReportIdOrderByIdAsc(id).forEach(Proposal::submitted);
    } else {
      report.returnedByHead(remarks);
    }
    formVariables.refresh(report, campaigns.summary(report.getCampaignId()));
  }

  /** Ban Tổ chức closes the submission of a phase under review; units still missing are recorded. */
  public void closeSubmission(String campaignId, int phaseNumber) {
    CampaignSummary campaign = campaigns.summary(campaignId);
    if (campaign.status() != CampaignStatus.PHASE_REVIEW
        || !Integer.valueOf(phaseNumber).equals(campaign.currentPhase())) {
      throw ApiException.conflict("Đợt " + phaseNumber + " không đang nhận báo cáo (phong trào đang ở giai đoạn \""
          + campaign.status().label(campaign.currentPhase()) + "\")");
    }
    try {
      runtimeService.createMessageCorrelation(SUBMISSION_CLOSED)
          .processInstanceVariableEquals("campaignId", campaignId)
          .processInstanceVariableEquals("phaseNumber", phaseNumber)
          .correlate();
    } catch (MismatchingMessageCorrelationException notWaiting) {
      throw ApiException.conflict("Việc nhận báo cáo đợt " + phaseNumber + " đã đóng");
    }
  }

  /** After submission closes, every unit that has not submitted is recorded "Không nộp báo cáo". */
  int recordMissing(String campaignId, int phaseNumber, List<Long> expectedUnitIds) {
    int missing = 0;
    for (Long unitId : expectedUnitIds) {
      ResultsReport report = reports.findByCampaignIdAndPhaseNumberAndUnitId(campaignId, phaseNumber, unitId)
          .orElseGet(() -> reports.save(new ResultsReport(campaignId, phaseNumber, unitId, List.of(), null)));
      if (report.getStatus() != ReportStatus.SUBMITTED) {
        report.recordMissing();
        proposals.findByReportIdOrderByIdAsc(report.getId())
            .forEach(Proposal::notSubmitted);
        missing++;
      }
    }
    return missing;
  }

  /** How submission stands, for Ban Tổ chức's closing task. */
  @Transactional(readOnly = true)
  List<String> notSubmitted(String campaignId, int phaseNumber, List<Long> expectedUnitIds) {
    Map<Long, ReportStatus> statuses = reports.findByCampaignIdAndPhaseNumberOrderByIdAsc(campaignId, phaseNumber)
        .stream().collect(Collectors.toMap(ResultsReport::getUnitId, ResultsReport::getStatus));
    return expectedUnitIds.stream()
        .filter(unitId -> statuses.get(unitId) != ReportStatus.SUBMITTED)
        .map(unitId -> unit(unitId).name() + " (" + statuses.getOrDefault(unitId, ReportStatus.DRAFT).label() + ")")
        .toList();
  }

  /** A report submitted by its unit, as the appraisal needs it. */
  public record SubmittedReport(long reportId, long unitId, String unitName, String unitGroup) {
  }

  /** The reports of the phase that their units submitted (not those recorded as missing). */
  @Transactional(readOnly = true)
  public List<SubmittedReport> submitted(String campaignId, int phaseNumber) {
    return reports.findByCampaignIdAndPhaseNumberOrderByIdAsc(campaignId, phaseNumber).stream()
        .filter(report -> report.getStatus() == ReportStatus.SUBMITTED)
        .map(report -> {
          UnitSummary unit = unit(report.getUnitId());
          return new SubmittedReport(report.getId(), unit.id(), unit.name(), unit.groupId());
        })
        .toList();
  }

  @Transactional(readOnly = true)
  public SubmittedReport submittedReport(long reportId) {
    ResultsReport report = report(reportId);
    UnitSummary unit = unit(report.getUnitId());
    return new SubmittedReport(report.getId(), unit.id(), unit.name(), unit.groupId());
  }

  /** The report a results-submission process instance opened: found by the engine's id, never by a variable. */
  ResultsReport ofProcess(String processInstanceId) {
    return reports.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("No report was opened by process instance " + processInstanceId));
  }

  ResultsReport report(long id) {
    return reports.findById(id).orElseThrow(() -> ApiException.notFound("Không tìm thấy báo cáo " + id));
  }

  UnitSummary unit(long unitId) {
    return organization.findUnit(unitId)
        .orElseThrow(() -> new IllegalStateException("Unit " + unitId + " is not in the registry"));
  }

  private boolean editable(ResultsReport report, UnitSummary unit) {
    return report.getStatus() == ReportStatus.DRAFT && access.isUnit(unit);
  }
}
