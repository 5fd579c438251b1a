package vn.thidua.report;

import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.Phase;
import vn.thidua.config.Deadlines;
import vn.thidua.organization.MemberSummary;
import vn.thidua.organization.OrganizationService;
import vn.thidua.organization.UnitSummary;
import vn.thidua.pledge.PledgeService;

/** What the expressions of {@code phase-review} and {@code results-submission} ask. */
@Component("reportChecks")
public class ReportChecks {

  private final PledgeService pledges;
  private final ReportService reports;
  private final CampaignService campaigns;
  private final OrganizationService organization;
  private final Deadlines deadlines;

  ReportChecks(PledgeService pledges, ReportService reports, CampaignService campaigns,
      OrganizationService organization, Deadlines deadlines) {
    this.pledges = pledges;
    this.reports = reports;
    this.campaigns = campaigns;
    this.organization = organization;
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

  /*
   * Who works on a report is read, when the task is created, from the registry for the unit of the
   * report the process instance opened: no variable a task's owner could write decides it.
   */

  /** The unit's officers write the report. */
  public String unitGroup(String processInstanceId) {
    return unitOf(processInstanceId).groupId();
  }

  /** The head confirms personally, if the unit has a head with an account. */
  public String confirmingHead(String processInstanceId) {
    return head(unitOf(processInstanceId)).orElse(null);
  }

  /** A unit without a head with an account confirms as a group. */
  public List<String> confirmationGroups(String processInstanceId) {
    UnitSummary unit = unitOf(processInstanceId);
    return head(unit).isPresent() ? List.of() : List.of(unit.groupId());
  }

  private UnitSummary unitOf(String processInstanceId) {
    return reports.unit(reports.ofProcess(processInstanceId).getUnitId());
  }

  private Optional<String> head(UnitSummary unit) {
    return organization.unitHead(unit.code()).map(MemberSummary::username);
  }

  Phase phase(String campaignId, int phaseNumber) {
    return campaigns.summary(campaignId).phase(phaseNumber)
        .orElseThrow(() -> new IllegalStateException("Campaign " + campaignId + " has no phase " + phaseNumber));
  }
}
