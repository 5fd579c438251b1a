package vn.thidua.summary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignSummary;
import vn.thidua.campaign.Phase;
import vn.thidua.config.IssuingBodyProperties;
import vn.thidua.document.DocumentContent;
import vn.thidua.document.DocumentService;
import vn.thidua.document.StoredDocument;
import vn.thidua.form.FormValidationException;
import vn.thidua.organization.OrganizationService;
import vn.thidua.organization.UnitSummary;
import vn.thidua.process.ProcessTasks;
import vn.thidua.summary.PhaseReport.Conference;
import vn.thidua.summary.PhaseReport.Totals;
import vn.thidua.summary.PhaseReport.UnitRow;
import vn.thidua.web.ApiException;

/**
 * A phase's summary (sơ kết đợt, or tổng kết for the last phase): the office records the review conference,
 * the report is generated from the units' records and stored with its PDF, the office adds its assessment
 * and the report is issued final.
 */
@Service
@Transactional
public class PhaseSummaryService {

  static final String DOCUMENT_OWNER = "PHASE_SUMMARY";
  static final String DOCUMENT_KIND = "BAO_CAO_SO_KET";

  private final PhaseSummaryRepository summaries;
  private final PhaseReportBuilder builder;
  private final PhaseReportPrint print;
  private final CampaignService campaigns;
  private final DocumentService documents;
  private final OrganizationService organization;
  private final CommitteeReaders readers;
  private final IssuingBodyProperties issuingBody;
  private final ObjectMapper json;
  private final Clock clock;

  PhaseSummaryService(PhaseSummaryRepository summaries, PhaseReportBuilder builder, PhaseReportPrint print,
      CampaignService campaigns, DocumentService documents, OrganizationService organization,
      CommitteeReaders readers, IssuingBodyProperties issuingBody, ObjectMapper json, Clock clock) {
    this.summaries = summaries;
    this.builder = builder;
    this.print = print;
    this.campaigns = campaigns;
    this.documents = documents;
    this.organization = organization;
    this.readers = readers;
    this.issuingBody = issuingBody;
    this.json = json;
    this.clock = clock;
  }

  /** The phase's summary, opened the first time (a retried step finds it) and held by the process that opened it. */
  PhaseSummary open(String campaignId, int phaseNumber, String processInstanceId) {
    CampaignSummary campaign = campaigns.summary(campaignId);
    phase(campaign, phaseNumber);
    PhaseSummary summary = summaries.findByCampaignIdAndPhaseNumber(campaignId, phaseNumber)
        .orElseGet(() -> new PhaseSummary(campaignId, phaseNumber, isLast(campaign, phaseNumber)));
    summary.heldBy(processInstanceId);
    return summaries.save(summary);
  }

  /** The summary the given phase-summary process opened. */
  PhaseSummary ofProcess(String processInstanceId) {
    return summaries.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("Process " + processInstanceId + " has opened no phase summary"));
  }

  /** "Sơ kết đợt 2" for a middle phase, "Tổng kết" for the last. */
  static String title(boolean lastPhase, int phaseNumber) {
    return lastPhase ? "Tổng kết" : "Sơ kết đợt " + phaseNumber;
  }

  /**
   * The conference the office held: refused, with every problem, if incomplete or dated in the future
   * or before the phase began.
   */
  void recordConference(String campaignId, int phaseNumber, ConferenceRecord record, String by) {
    CampaignSummary campaign = campaigns.summary(campaignId);
    Phase phase = phase(campaign, phaseNumber);
    LocalDate today = ProcessTasks.today();
    if (record.date().isAfter(today)) {
      throw new FormValidationException("Ngày tổ chức hội nghị (" + ProcessTasks.day(record.date())
          + ") chưa đến: chỉ ghi nhận hội nghị đã tổ chức, muộn nhất là hôm nay (" + ProcessTasks.day(today) + ").");
    }
    if (record.date().isBefore(phase.startDate())) {
      throw new FormValidationException("Ngày tổ chức hội nghị (" + ProcessTasks.day(record.date())
          + ") trước ngày bắt đầu đợt thi đua (" + ProcessTasks.day(phase.startDate()) + ").");
    }
    summary(campaignId, phaseNumber).recordConference(record, by, clock.instant());
  }

  /**
   * Generates the report from the records as they are now and stores it with its PDF, replacing any earlier
   * one: run again, it writes the same report once; failing, it leaves nothing behind.
   */
  void generate(String campaignId, int phaseNumber) {
    PhaseSummary summary = summary(campaignId, phaseNumber);
    if (!summary.conferenceRecorded()) {
      throw new IllegalStateException("The conference of phase " + phaseNumber + " of campaign " + campaignId
          + " is not recorded: the summary report cannot be generated");
    }
    CampaignSummary campaign = campaigns.summary(campaignId);
    PhaseReportBuilder.Figures figures = builder.build(campaign, phaseNumber);
    PhaseReport report = report(campaign, summary, figures.totals(), figures.units(), null);
    byte[] pdf = print.pdf(report, issuingBody.name(), ProcessTasks.today());
    Long previous = summary.getDocumentId();
    StoredDocument stored = documents.store(DOCUMENT_OWNER, String.valueOf(summary.getId()), DOCUMENT_KIND,
        fileName(summary), pdf, "he-thong");
    if (previous != null && documents.find(previous).isPresent()) {
      documents.delete(previous);
    }
    summary.generated(figures.units().stream().map(row -> new SummaryUnitRow(row.unitId(), write(row))).toList(),
        write(figures.totals()), stored.id(), clock.instant());
  }

  /** The office's assessment, kept for the final report. */
  void assess(String campaignId, int phaseNumber, SummaryForms.Assessment assessment, String by) {
    summary(campaignId, phaseNumber).assess(blankToNull(assessment.assessment()),
        blankToNull(assessment.lessonsLearned()), by);
  }

  /** The final report: generated again with the assessment, marked final. */
  void issueFinal(String campaignId, int phaseNumber) {
    summary(campaignId, phaseNumber).markFinal(clock.instant());
    generate(campaignId, phaseNumber);
  }

  /** The report as the person may see it: everything for the committee's bodies, its own row for a unit. */
  @Transactional(readOnly = true)
  public PhaseReport view(String campaignId, int phaseNumber) {
    CampaignSummary campaign = campaigns.summary(campaignId);
    phase(campaign, phaseNumber);
    PhaseSummary summary = summaries.findByCampaignIdAndPhaseNumber(campaignId, phaseNumber)
        .orElseThrow(() -> ApiException.notFound("Đợt " + phaseNumber + " chưa bắt đầu sơ kết"));
    List<UnitRow> rows = summary.getUnitRows().stream().map(row -> read(row.json(), UnitRow.class)).toList();
    if (!readers.signedInIsCommittee()) {
      Set<Long> own = organization.allUnits().stream().filter(unit -> readers.signedInIsUnit(unit.groupId()))
          .map(UnitSummary::id).filter(campaign.unitIds()::contains).collect(Collectors.toSet());
      if (own.isEmpty()) {
        throw ApiException.forbidden("Bạn không có quyền xem báo cáo sơ kết của phong trào này");
      }
      rows = rows.stream().filter(row -> own.contains(row.unitId())).toList();
    }
    Totals totals = summary.getTotalsJson() == null ? null : read(summary.getTotalsJson(), Totals.class);
    return report(campaign, summary, totals, rows, summary.getDocumentId() == null ? null
        : "/api/campaigns/" + campaignId + "/phases/" + phaseNumber + "/summary.pdf");
  }

  /** The PDF, for the committee's bodies only: it names every unit. */
  @Transactional(readOnly = true)
  public DocumentContent pdf(String campaignId, int phaseNumber) {
    if (!readers.signedInIsCommittee()) {
      throw ApiException.forbidden("Chỉ các cơ quan của cấp ủy được tải báo cáo sơ kết, tổng kết toàn văn");
    }
    phase(campaigns.summary(campaignId), phaseNumber);
    Long documentId = summaries.findByCampaignIdAndPhaseNumber(campaignId, phaseNumber)
        .map(PhaseSummary::getDocumentId)
        .orElseThrow(() -> ApiException.notFound("Chưa có báo cáo sơ kết đợt " + phaseNumber));
    return documents.content(documentId);
  }

  /** What the finalising form shows of the report: its totals in a few lines. */
  @Transactional(readOnly = true)
  String totalsText(String campaignId, int phaseNumber) {
    PhaseSummary summary = summary(campaignId, phaseNumber);
    if (summary.getTotalsJson() == null) {
      return "Chưa có báo cáo.";
    }
    Totals totals = read(summary.getTotalsJson(), Totals.class);
    StringBuilder text = new StringBuilder()
        .append("- Đơn vị tham gia: **").append(totals.units()).append("** (đăng ký được duyệt ")
        .append(totals.registered()).append(", không đăng ký ").append(totals.notRegistered()).append(")\n")
        .append("- Nộp báo cáo kết quả: **").append(totals.reported()).append("**, không nộp: ")
        .append(totals.notReported()).append("\n")
        .append("- Đề nghị khen thưởng: **").append(totals.proposals()).append("**");
    totals.proposalsByOutcome().forEach(outcome -> text.append("; ").append(outcome.label()).append(": ")
        .append(outcome.count()));
    text.append("\n- Được khen thưởng: **").append(totals.awards()).append("**");
    totals.awardsByForm().forEach(form -> text.append("; ").append(form.formName()).append(": ").append(form.count()));
    text.append("\n- Tổng tiền thưởng: **").append(PhaseReportPrint.money(totals.money())).append("**")
        .append("\n- Trình cấp trên khen thưởng: **").append(totals.forwarded()).append("**");
    return text.toString();
  }

  Optional<PhaseSummary> find(String campaignId, int phaseNumber) {
    return summaries.findByCampaignIdAndPhaseNumber(campaignId, phaseNumber);
  }

  private PhaseReport report(CampaignSummary campaign, PhaseSummary summary, Totals totals, List<UnitRow> rows,
      String pdfUrl) {
    Phase phase = phase(campaign, summary.getPhaseNumber());
    ConferenceRecord record = summary.conference();
    Conference conference = record.date() == null ? null : new Conference(record.date(), record.place(),
        record.chairedBy(), record.participants(), record.participantCount(), record.awardsPresented(), record.note(),
        summary.getConferenceRecordedBy());
    return new PhaseReport(campaign.id(), campaign.planNumber(), campaign.title(), summary.getPhaseNumber(),
        phase.name(), summary.isLastPhase(), title(summary.isLastPhase(), summary.getPhaseNumber()),
        summary.getStatus(), summary.getStatus().label(), conference, summary.getAssessment(),
        summary.getLessonsLearned(), totals, rows, summary.getGeneratedAt(),
        summary.getStatus() == SummaryStatus.FINAL ? summary.getFinalisedBy() : null, summary.getFinalisedAt(),
        pdfUrl);
  }

  private static String fileName(PhaseSummary summary) {
    return (summary.isLastPhase() ? "bao-cao-tong-ket" : "bao-cao-so-ket-dot-" + summary.getPhaseNumber())
        + (summary.getStatus() == SummaryStatus.FINAL ? "" : "-du-thao") + ".pdf";
  }

  private static boolean isLast(CampaignSummary campaign, int phaseNumber) {
    return campaign.phases().stream().mapToInt(Phase::number).max().orElse(phaseNumber) == phaseNumber;
  }

  private static Phase phase(CampaignSummary campaign, int phaseNumber) {
    return campaign.phase(phaseNumber)
        .orElseThrow(() -> ApiException.notFound("Phong trào không có đợt " + phaseNumber));
  }

  private PhaseSummary summary(String campaignId, int phaseNumber) {
    return summaries.findByCampaignIdAndPhaseNumber(campaignId, phaseNumber)
        .orElseThrow(() -> new IllegalStateException("Phase " + phaseNumber + " of campaign " + campaignId
            + " has no summary"));
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private <T> T read(String text, Class<T> type) {
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored summary cannot be read", e);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
