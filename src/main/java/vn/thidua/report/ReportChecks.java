package vn.thidua.report;

import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.Phase;
import vn.thidua.config.Deadlines;
import vn.thidua.pledge.PledgeService;

/** What the expressions of {@code phase-review} and {@code results-submission} ask. */
@Component("reportChecks")
public class ReportChecks {

  private final PledgeService pledges;
  private final ReportService reports;
  private final CampaignService campaigns;
  private final Deadlines deadlines;

  ReportChecks(PledgeService pledges, ReportService reports, CampaignService campaigns, Deadlines deadlines) {
    this.pledges = pledges;
    this.reports = reports;
    this.campaigns = campaigns;
    this.deadlines = deadlines;
  }

  /** Units report on what they pledged: those whose registration was accepted. */
  public List<Long> submittingUnitIds(String campaignId) {
    return pledges.acceptedUnitIds(campaignId);
  }

  /** Ban Tổ chức is asked to close submission once the phase's results deadline has passed. */
  public Date resultsClosingAt(String campaignId, int phaseNumber) {
    return deadlines.overdueAt(phase(campaignId, phaseNumber).resultsDeadline());
  }

  /** The head confirms personally; a unit without a head with an account confirms as a group. */
  public List<String> confirmationGroups(String unitHead, String unitGroup) {
    return unitHead == null ? List.of(unitGroup) : List.of();
  }

  Phase phase(String campaignId, int phaseNumber) {
    return campaigns.summary(campaignId).phase(phaseNumber)
        .orElseThrow(() -> new IllegalStateException("Campaign " + campaignId + " has no phase " + phaseNumber));
  }
}
