package vn.thidua.pledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every unit's registration of a campaign at once, for the campaign's status and the phase summary:
 * one query for the whole campaign (no access check: callers filter what a person may see).
 */
@Service
@Transactional(readOnly = true)
public class PledgeOverview {

  /** A unit's registration: where it stands and the targets it pledged. */
  public record Registration(long unitId, PledgeStatus status, List<PledgeTarget> targets) {
  }

  private final PledgeRepository pledges;

  PledgeOverview(PledgeRepository pledges) {
    this.pledges = pledges;
  }

  /** Each unit's registration status; a unit without a row has not started one. */
  public Map<Long, PledgeStatus> statuses(String campaignId) {
    Map<Long, PledgeStatus> statuses = new LinkedHashMap<>();
    pledges.findByCampaignIdOrderByIdAsc(campaignId).forEach(pledge -> statuses.put(pledge.getUnitId(),
        pledge.getStatus()));
    return statuses;
  }

  /** Each unit's registration with its targets, read in one query. */
  public Map<Long, Registration> registrations(String campaignId) {
    Map<Long, Registration> registrations = new LinkedHashMap<>();
    pledges.findWithTargets(campaignId).forEach(pledge -> registrations.put(pledge.getUnitId(),
        new Registration(pledge.getUnitId(), pledge.getStatus(), List.copyOf(pledge.getTargets()))));
    return registrations;
  }
}
