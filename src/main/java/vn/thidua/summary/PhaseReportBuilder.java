package vn.thidua.summary;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.appraisal.AppraisalService;
import vn.thidua.appraisal.AppraisalService.AgreedProposal;
import vn.thidua.campaign.CampaignSummary;
import vn.thidua.campaign.ContentArea;
import vn.thidua.catalogue.NomineeKind;
import vn.thidua.catalogue.RewardCatalogue;
import vn.thidua.catalogue.RewardFormView;
import vn.thidua.organization.OrganizationService;
import vn.thidua.organization.UnitSummary;
import vn.thidua.pledge.PledgeOverview;
import vn.thidua.pledge.PledgeOverview.Registration;
import vn.thidua.pledge.PledgeStatus;
import vn.thidua.registry.AwardView;
import vn.thidua.registry.CampaignAwards;
import vn.thidua.report.ProposalStatus;
import vn.thidua.report.ReportOverview;
import vn.thidua.report.ReportOverview.ProposalState;
import vn.thidua.report.ReportOverview.UnitResults;
import vn.thidua.report.ReportResult;
import vn.thidua.report.ReportStatus;
import vn.thidua.summary.PhaseReport.AwardRow;
import vn.thidua.summary.PhaseReport.FormCount;
import vn.thidua.summary.PhaseReport.OutcomeCount;
import vn.thidua.summary.PhaseReport.ProposalRow;
import vn.thidua.summary.PhaseReport.TargetRow;
import vn.thidua.summary.PhaseReport.Totals;
import vn.thidua.summary.PhaseReport.UnitRow;

/**
 * Gathers a phase's figures from the features' records: each participating unit's registration, its
 * pledged targets against its results, its proposals with their outcome and the form agreed at appraisal,
 * and the registry's awards of the phase; then the totals.
 */
@Component
class PhaseReportBuilder {

  static final String NO_REGISTRATION = "Chưa có bản đăng ký";
  static final String NO_REPORT = "Chưa có báo cáo";

  private final PledgeOverview pledges;
  private final ReportOverview reports;
  private final AppraisalService appraisals;
  private final CampaignAwards awards;
  private final OrganizationService organization;
  private final RewardCatalogue catalogue;

  PhaseReportBuilder(PledgeOverview pledges, ReportOverview reports, AppraisalService appraisals,
      CampaignAwards awards, OrganizationService organization, RewardCatalogue catalogue) {
    this.pledges = pledges;
    this.reports = reports;
    this.appraisals = appraisals;
    this.awards = awards;
    this.organization = organization;
    this.catalogue = catalogue;
  }

  record Figures(Totals totals, List<UnitRow> units) {
  }

  @Transactional(readOnly = true)
  Figures build(CampaignSummary campaign, int phaseNumber) {
    Map<Long, UnitSummary> units = organization.allUnits().stream()
        .collect(Collectors.toMap(UnitSummary::id, Function.identity()));
    Map<String, String> areas = campaign.contentAreas().stream()
        .collect(Collectors.toMap(ContentArea::code, ContentArea::title));
    Map<String, RewardFormView> forms = catalogue.all().stream()
        .collect(Collectors.toMap(RewardFormView::code, Function.identity()));
    Map<Long, Registration> registrations = pledges.registrations(campaign.id());
    Map<Long, UnitResults> results = reports.results(campaign.id(), phaseNumber).stream()
        .collect(Collectors.toMap(UnitResults::unitId, Function.identity()));
    List<ProposalState> proposals = reports.proposals(campaign.id()).stream()
        .filter(proposal -> proposal.phaseNumber() == phaseNumber).toList();
    Map<Long, AgreedProposal> agreed = appraisals.agreedForms(campaign.id(), phaseNumber).stream()
        .collect(Collectors.toMap(agreedProposal -> agreedProposal.proposal().id(), Function.identity()));
    Map<Long, List<AwardView>> awardsByUnit = awardsByProposingUnit(
        awards.of(campaign.id()).stream().filter(award -> Integer.valueOf(phaseNumber).equals(award.phaseNumber()))
            .toList(), proposals);

    List<UnitRow> rows = new ArrayList<>();
    for (Long unitId : campaign.unitIds()) {
      UnitSummary unit = Optional.ofNullable(units.get(unitId))
          .orElseThrow(() -> new IllegalStateException("Unit " + unitId + " is not in the registry"));
      Registration registration = registrations.get(unitId);
      UnitResults report = results.get(unitId);
      rows.add(new UnitRow(unit.id(), unit.code(), unit.name(),
          registration == null ? null : registration.status(),
          registration == null ? NO_REGISTRATION : registration.status().label(),
          report == null ? null : report.status(), report == null ? NO_REPORT : report.status().label(),
          targets(registration, report, areas),
          proposals.stream().filter(proposal -> proposal.unitId() == unitId)
              .map(proposal -> proposalRow(proposal, agreed.get(proposal.id()), forms)).toList(),
          awardsByUnit.getOrDefault(unitId, List.of()).stream().map(PhaseReportBuilder::awardRow).toList()));
    }
    return new Figures(totals(rows), rows);
  }

  /** What the unit pledged, with what it reported achieving when it did. */
  private static List<TargetRow> targets(Registration registration, UnitResults report,
      Map<String, String> areas) {
    if (report != null && !report.results().isEmpty()) {
      boolean reported = report.status() == ReportStatus.SUBMITTED;
      return report.results().stream().map(result -> new TargetRow(areas.getOrDefault(result.contentAreaCode(),
          result.contentAreaCode()), result.target(), result.unitOfMeasure(), result.plannedQuantity(),
          reported ? result.achievedQuantity() : null, reported ? assessment(result) : null)).toList();
    }
    if (registration == null || registration.status() != PledgeStatus.ACCEPTED) {
      return List.of();
    }
    return registration.targets().stream().map(target -> new TargetRow(areas.getOrDefault(target.contentAreaCode(),
        target.contentAreaCode()), target.target(), target.unitOfMeasure(), target.quantity(), null, null)).toList();
  }

  private static String assessment(ReportResult result) {
    return result.selfAssessment() == null ? null : result.selfAssessment().label();
  }

  private static ProposalRow proposalRow(ProposalState proposal, AgreedProposal agreed,
      Map<String, RewardFormView> forms) {
    String proposed = formName(proposal.rewardFormCode(), forms);
    return new ProposalRow(proposal.id(), proposal.nomineeName(), proposal.nomineeKind().label(),
        proposal.track().label(), proposed, agreed == null ? null : agreed.formName(), proposal.status(),
        proposal.status().label());
  }

  private static AwardRow awardRow(AwardView award) {
    return new AwardRow(award.nomineeName(), award.rewardFormCode(),
        award.rewardFormName() == null ? award.rewardFormCode() : award.rewardFormName(), award.decisionNumber(),
        award.decisionDate(), award.money(), award.source().label());
  }

  /**
   * An award belongs to the unit that proposed its nominee in this phase (a collective under the unit, or a
   * member); an award without such a proposal, to the nominee's own unit.
   */
  private static Map<Long, List<AwardView>> awardsByProposingUnit(List<AwardView> phaseAwards,
      List<ProposalState> proposals) {
    Map<String, Long> proposingUnit = new HashMap<>();
    proposals.forEach(proposal -> proposingUnit.putIfAbsent(nominee(proposal.nomineeKind(), proposal.nomineeId()),
        proposal.unitId()));
    Map<Long, List<AwardView>> byUnit = new LinkedHashMap<>();
    for (AwardView award : phaseAwards) {
      long nomineeId = award.nomineeKind() == NomineeKind.COLLECTIVE ? award.nomineeUnitId() : award.nomineeMemberId();
      Long unitId = proposingUnit.get(nominee(award.nomineeKind(), nomineeId));
      if (unitId == null) {
        unitId = award.nomineeKind() == NomineeKind.COLLECTIVE ? award.nomineeUnitId() : null;
      }
      if (unitId != null) {
        byUnit.computeIfAbsent(unitId, id -> new ArrayList<>()).add(award);
      }
    }
    return byUnit;
  }

  private static String nominee(NomineeKind kind, long id) {
    return kind.name() + ":" + id;
  }

  private static Totals totals(List<UnitRow> rows) {
    int registered = (int) rows.stream().filter(row -> row.registrationStatus() == PledgeStatus.ACCEPTED).count();
    int reported = (int) rows.stream().filter(row -> row.reportStatus() == ReportStatus.SUBMITTED).count();
    int notReported = (int) rows.stream().filter(row -> row.registrationStatus() == PledgeStatus.ACCEPTED
        && row.reportStatus() != ReportStatus.SUBMITTED).count();
    Map<ProposalStatus, Integer> outcomes = new EnumMap<>(ProposalStatus.class);
    rows.stream().flatMap(row -> row.proposals().stream())
        .forEach(proposal -> outcomes.merge(proposal.status(), 1, Integer::sum));
    Map<String, FormCount> byForm = new LinkedHashMap<>();
    long money = 0;
    int awardCount = 0;
    for (AwardRow award : rows.stream().flatMap(row -> row.awards().stream()).toList()) {
      long amount = award.money() == null ? 0 : award.money();
      byForm.merge(award.formCode(), new FormCount(award.formCode(), award.formName(), 1, amount),
          (a, b) -> new FormCount(a.formCode(), a.formName(), a.count() + 1, a.money() + b.money()));
      money += amount;
      awardCount++;
    }
    int proposals = outcomes.values().stream().mapToInt(Integer::intValue).sum();
    return new Totals(rows.size(), registered, rows.size() - registered, reported, notReported, proposals,
        outcomes.entrySet().stream().map(entry -> new OutcomeCount(entry.getKey(), entry.getKey().label(),
            entry.getValue())).toList(),
        awardCount, List.copyOf(byForm.values()), money, outcomes.getOrDefault(ProposalStatus.FORWARDED, 0));
  }

  private static String formName(String code, Map<String, RewardFormView> forms) {
    RewardFormView form = forms.get(code);
    return form == null ? code : form.name();
  }
}
