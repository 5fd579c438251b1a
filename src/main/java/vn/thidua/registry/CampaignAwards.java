package vn.thidua.registry;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.catalogue.RewardCatalogue;
import vn.thidua.catalogue.RewardFormView;
import vn.thidua.organization.OrganizationService;
import vn.thidua.organization.UnitSummary;

/**
 * The registry's awards that close a campaign's phases, for the campaign's status and the phase summary:
 * one query for the campaign (no access check: callers filter what a person may see).
 */
@Service
@Transactional(readOnly = true)
public class CampaignAwards {

  private final AwardRepository awards;
  private final AwardMapper mapper;
  private final OrganizationService organization;
  private final RewardCatalogue catalogue;

  CampaignAwards(AwardRepository awards, AwardMapper mapper, OrganizationService organization,
      RewardCatalogue catalogue) {
    this.awards = awards;
    this.mapper = mapper;
    this.organization = organization;
    this.catalogue = catalogue;
  }

  /** Every award recorded for the campaign, by phase and decision date. */
  public List<AwardView> of(String campaignId) {
    List<Award> found = awards.findByCampaignIdOrderByPhaseNumberAscDecisionDateAscIdAsc(campaignId);
    if (found.isEmpty()) {
      return List.of();
    }
    Map<Long, UnitSummary> units = organization.allUnits().stream()
        .collect(Collectors.toMap(UnitSummary::id, Function.identity()));
    Map<String, RewardFormView> forms = catalogue.all().stream()
        .collect(Collectors.toMap(RewardFormView::code, Function.identity()));
    return found.stream()
        .map(award -> mapper.toView(award, units.get(award.getUnitId()), forms.get(award.getRewardFormCode())))
        .toList();
  }
}
