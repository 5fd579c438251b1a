package vn.thidua.pledge;

import org.springframework.stereotype.Component;

/** What the expressions of {@code pledge-registration} ask: who registers, and the gateway after the deadline. */
@Component("pledgeChecks")
public class PledgeChecks {

  private final PledgeService pledges;

  PledgeChecks(PledgeService pledges) {
    this.pledges = pledges;
  }

  /** Urge only a unit that still has to act: its registration is a draft or was returned. */
  public boolean awaitingUnit(String processInstanceId) {
    return pledges.awaitingUnit(pledges.ofProcess(processInstanceId).getId());
  }

  /**
   * The unit's officers register: read, when the task is created, from the registry for the unit of
   * the registration the process instance opened, not from a variable a task's owner could write.
   */
  public String unitGroup(String processInstanceId) {
    return pledges.unit(pledges.ofProcess(processInstanceId).getUnitId()).groupId();
  }
}
