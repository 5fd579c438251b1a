package vn.thidua.pledge;

import org.springframework.stereotype.Component;

/** What the expressions of {@code pledge-registration} ask (the gateway after the deadline). */
@Component("pledgeChecks")
public class PledgeChecks {

  private final PledgeService pledges;

  PledgeChecks(PledgeService pledges) {
    this.pledges = pledges;
  }

  /** Urge only a unit that still has to act: its registration is a draft or was returned. */
  public boolean awaitingUnit(Object pledgeId) {
    return pledges.awaitingUnit(((Number) pledgeId).longValue());
  }
}
