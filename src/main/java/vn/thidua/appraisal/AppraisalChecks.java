package vn.thidua.appraisal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.thidua.catalogue.Track;
import vn.thidua.report.ProposalService;
import vn.thidua.report.ProposalStatus;
import vn.thidua.report.ProposalView;
import vn.thidua.report.ReportService;
import vn.thidua.report.ReportService.SubmittedReport;

/** What the expressions of {@code phase-review} and {@code appraisal} ask. */
@Component("appraisalChecks")
public class AppraisalChecks {

  private final ReportService reports;
  private final ProposalService proposals;
  private final AppraisalService appraisals;

  AppraisalChecks(ReportService reports, ProposalService proposals, AppraisalService appraisals) {
    this.reports = reports;
    this.proposals = proposals;
    this.appraisals = appraisals;
  }

  /**
   * The dossiers to appraise in a round, as "reportId:TRACK:round": in the first round one per submitted report
   * and track with proposals; in a later round one per report and track with proposals the Standing Committee
   * sent back. Mass organisations decide their own proposals, so MASS_ORG is never appraised here.
   */
  public List<String> dossiers(String campaignId, int phaseNumber, int round) {
    List<String> dossiers = new ArrayList<>();
    for (SubmittedReport report : reports.submitted(campaignId, phaseNumber)) {
      List<ProposalView> submitted = proposals.ofReport(report.reportId()).stream()
          .filter(proposal -> round == 1 || proposal.status() == ProposalStatus.SENT_BACK).toList();
      for (Track track : List.of(Track.PARTY, Track.STATE)) {
        if (submitted.stream().anyMatch(proposal -> proposal.track() == track)) {
          dossiers.add(new DossierReference(report.reportId(), track, round).format());
        }
      }
    }
    return dossiers;
  }

  /** After appraisal: is anything to submit and post? */
  public boolean anyAgreed(String campaignId, int phaseNumber) {
    return !appraisals.agreed(campaignId, phaseNumber).isEmpty();
  }

  /** The proposals of the process instance's appraisal, one rules evaluation each. */
  public List<Long> itemIds(String processInstanceId) {
    return appraisals.itemIds(appraisals.ofProcessInstance(processInstanceId).getId());
  }

  /** Who appraises the process instance's dossier: from its track as recorded, not from a variable. */
  public String appraisingGroup(String processInstanceId) {
    return AppraisalService.appraisingGroup(appraisals.ofProcessInstance(processInstanceId).getTrack());
  }

  /** The unit whose dossier the process instance appraises, which supplements it. */
  public String unitGroup(String processInstanceId) {
    return reports.submittedReport(appraisals.ofProcessInstance(processInstanceId).getReportId()).unitGroup();
  }
}
