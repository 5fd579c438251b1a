package vn.thidua.report;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.catalogue.NomineeKind;
import vn.thidua.catalogue.Track;

/**
 * Every unit's reports and proposals of a campaign at once, for the campaign's status and the phase
 * summary: one query per table whatever the number of units (no access check: callers filter what a
 * person may see).
 */
@Service
@Transactional(readOnly = true)
public class ReportOverview {

  /** Where a unit's results report of a phase stands. */
  public record ReportState(long reportId, int phaseNumber, long unitId, ReportStatus status) {
  }

  /** A unit's report of a phase with what it achieved per pledged target. */
  public record UnitResults(long unitId, ReportStatus status, String narrative, List<ReportResult> results) {
  }

  /** A proposal as an overview lists it: who proposed whom for which form, in which phase, and where it stands. */
  public record ProposalState(long id, int phaseNumber, long unitId, NomineeKind nomineeKind, Long nomineeUnitId,
      Long nomineeMemberId, String nomineeName, Track track, String rewardFormCode, ProposalStatus status) {

    /** The unit or member proposed: what the registry records an award against. */
    public long nomineeId() {
      return nomineeKind == NomineeKind.COLLECTIVE ? nomineeUnitId : nomineeMemberId;
    }
  }

  private final ResultsReportRepository reports;
  private final ProposalRepository proposals;

  ReportOverview(ResultsReportRepository reports, ProposalRepository proposals) {
    this.reports = reports;
    this.proposals = proposals;
  }

  public List<ReportState> reports(String campaignId) {
    return reports.findByCampaignIdOrderByPhaseNumberAscIdAsc(campaignId).stream()
        .map(report -> new ReportState(report.getId(), report.getPhaseNumber(), report.getUnitId(), report.getStatus()))
        .toList();
  }

  /** The reports of one phase with their results, read in one query. */
  public List<UnitResults> results(String campaignId, int phaseNumber) {
    return reports.findWithResults(campaignId, phaseNumber).stream()
        .map(report -> new UnitResults(report.getUnitId(), report.getStatus(), report.getNarrative(),
            List.copyOf(report.getResults())))
        .toList();
  }

  /** Every proposal of the campaign, by phase, in the order entered. */
  public List<ProposalState> proposals(String campaignId) {
    return proposals.findOfCampaign(campaignId).stream().map(row -> {
      Proposal proposal = (Proposal) row[0];
      return new ProposalState(proposal.getId(), (Integer) row[1], proposal.getUnitId(), proposal.getNomineeKind(),
          proposal.getNomineeUnitId(), proposal.getNomineeMemberId(), proposal.getNomineeName(), proposal.getTrack(),
          proposal.getRewardFormCode(), proposal.getStatus());
    }).toList();
  }
}
