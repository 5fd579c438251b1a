package vn.thidua.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.campaign.CampaignProgress;
import vn.thidua.campaign.CampaignProgress.DecisionRef;
import vn.thidua.campaign.CampaignProgress.PhaseProgress;
import vn.thidua.campaign.CampaignProgress.ProposalProgress;
import vn.thidua.campaign.CampaignProgress.UnitProgress;
import vn.thidua.campaign.CampaignSummary;
import vn.thidua.campaign.Phase;
import vn.thidua.catalogue.NomineeKind;
import vn.thidua.catalogue.RewardCatalogue;
import vn.thidua.catalogue.RewardFormView;
import vn.thidua.organization.OrganizationService;
import vn.thidua.organization.UnitSummary;
import vn.thidua.pledge.PledgeOverview;
import vn.thidua.pledge.PledgeStatus;
import vn.thidua.registry.AwardView;
import vn.thidua.registry.CampaignAwards;
import vn.thidua.report.ReportOverview;
import vn.thidua.report.ReportOverview.ProposalState;
import vn.thidua.report.ReportOverview.ReportState;

/**
 * Assembles a campaign's status per phase and unit from the registrations, reports, proposals, the
 * registry's awards and the phase summaries: one query per table whatever the number of units, so the
 * campaign's page stays fast for dozens of units with many proposals each.
 */
@Component
class CampaignProgressAssembler implements CampaignProgress.Reader {

  private final PledgeOverview pledges;
  private final ReportOverview reports;
  private final CampaignAwards awards;
  private final PhaseSummaryRepository summaries;
  private final OrganizationService organization;
  private final RewardCatalogue catalogue;
  private final CommitteeReaders readers;

  CampaignProgressAssembler(PledgeOverview pledges, ReportOverview reports, CampaignAwards awards,
      PhaseSummaryRepository summaries, OrganizationService organization, RewardCatalogue catalogue,
      CommitteeReaders readers) {
    this.pledges = pledges;
    this.reports = reports;
    this.awards = awards;
    this.summaries = summaries;
    this.organization = organization;
    this.catalogue = catalogue;
    this.readers = readers;
  }

  @Override
  @Transactional(readOnly = true)
  public CampaignProgress progress(CampaignSummary campaign) {
    Map<Long, UnitSummary> allUnits = organization.allUnits().stream()
        .collect(Collectors.toMap(UnitSummary::id, Function.identity()));
    boolean committee = readers.signedInIsCommittee();
    List<UnitSummary> visible = campaign.unitIds().stream().map(allUnits::get)
        .filter(unit -> unit != null && (committee || readers.signedInIsUnit(unit.groupId()))).toList();
    if (visible.isEmpty()) {
      return new CampaignProgress(campaign.phases().stream()
          .map(phase -> phase(phase, null, List.of())).toList());
    }
    Map<String, RewardFormView> forms = catalogue.all().stream()
        .collect(Collectors.toMap(RewardFormView::code, Function.identity()));
    Map<Long, PledgeStatus> registrations = pledges.statuses(campaign.id());
    Map<String, ReportState> reportByPhaseAndUnit = reports.reports(campaign.id()).stream()
        .collect(Collectors.toMap(report -> key(report.phaseNumber(), report.unitId()), Function.identity()));
    Map<String, List<ProposalState>> proposalsByPhaseAndUnit = reports.proposals(campaign.id()).stream()
        .collect(Collectors.groupingBy(proposal -> key(proposal.phaseNumber(), proposal.unitId())));
    Map<Long, List<DecisionRef>> decisions = decisionsByProposal(awards.of(campaign.id()),
        proposalsByPhaseAndUnit.values().stream().flatMap(List::stream).toList());
    Map<Integer, PhaseSummary> summaryByPhase = summaries.findByCampaignId(campaign.id()).stream()
        .collect(Collectors.toMap(PhaseSummary::getPhaseNumber, Function.identity()));

    List<PhaseProgress> phases = new ArrayList<>();
    for (Phase phase : campaign.phases()) {
      List<UnitProgress> units = visible.stream().map(unit -> {
        PledgeStatus registration = registrations.get(unit.id());
        ReportState report = reportByPhaseAndUnit.get(key(phase.number(), unit.id()));
        List<ProposalProgress> proposals = proposalsByPhaseAndUnit
            .getOrDefault(key(phase.number(), unit.id()), List.of()).stream()
            .map(proposal -> new ProposalProgress(proposal.id(), proposal.nomineeName(),
                proposal.nomineeKind().label(), proposal.track().label(), proposal.rewardFormCode(),
                formName(proposal.rewardFormCode(), forms), proposal.status().name(), proposal.status().label(),
                decisions.getOrDefault(proposal.id(), List.of())))
            .toList();
        return new UnitProgress(unit.code(), unit.name(), registration == null ? null : registration.name(),
            registration == null ? PhaseReportBuilder.NO_REGISTRATION : registration.label(),
            report == null ? null : report.status().name(),
            report == null ? PhaseReportBuilder.NO_REPORT : report.status().label(), proposals);
      }).toList();
      phases.add(phase(phase, summaryByPhase.get(phase.number()), units));
    }
    return new CampaignProgress(phases);
  }

  private static PhaseProgress phase(Phase phase, PhaseSummary summary, List<UnitProgress> units) {
    return new PhaseProgress(phase.number(), phase.name(), summary == null ? null : summary.getStatus().name(),
        summary == null ? null : summary.getStatus().label(), units);
  }

  /**
   * The registry's awards of the campaign attached to the proposal of the same nominee in the same phase:
   * the one for the same form if there is one (a form adjusted at appraisal differs), else the nominee's first.
   */
  private static Map<Long, List<DecisionRef>> decisionsByProposal(List<AwardView> campaignAwards,
      List<ProposalState> proposals) {
    Map<String, List<ProposalState>> byNominee = proposals.stream().collect(Collectors.groupingBy(
        proposal -> nominee(proposal.phaseNumber(), proposal.nomineeKind(), proposal.nomineeId())));
    Map<Long, List<DecisionRef>> decisions = new HashMap<>();
    for (AwardView award : campaignAwards) {
      if (award.phaseNumber() == null) {
        continue;
      }
      long nomineeId = award.nomineeKind() == NomineeKind.COLLECTIVE ? award.nomineeUnitId() : award.nomineeMemberId();
      List<ProposalState> candidates = byNominee.get(nominee(award.phaseNumber(), award.nomineeKind(), nomineeId));
      if (candidates == null) {
        continue;
      }
      ProposalState proposal = candidates.stream()
          .filter(candidate -> candidate.rewardFormCode().equals(award.rewardFormCode())).findFirst()
          .orElse(candidates.get(0));
      decisions.computeIfAbsent(proposal.id(), id -> new ArrayList<>()).add(new DecisionRef(award.decisionNumber(),
          award.decisionDate(), award.rewardFormName() == null ? award.rewardFormCode() : award.rewardFormName(),
          award.money(), award.sourceLabel()));
    }
    return decisions;
  }

  private static String key(int phaseNumber, long unitId) {
    return phaseNumber + "/" + unitId;
  }

  private static String nominee(int phaseNumber, NomineeKind kind, long id) {
    return phaseNumber + "/" + kind.name() + "/" + id;
  }

  private static String formName(String code, Map<String, RewardFormView> forms) {
    RewardFormView form = forms.get(code);
    return form == null ? code : form.name();
  }
}
