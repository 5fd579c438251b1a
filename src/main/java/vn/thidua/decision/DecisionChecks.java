package vn.thidua.decision;

import java.util.List;

import org.springframework.stereotype.Component;

/** What the expressions of {@code phase-review} ask about decisions. */
@Component("decisionChecks")
public class DecisionChecks {

  private final RewardDecisionService decisions;

  DecisionChecks(RewardDecisionService decisions) {
    this.decisions = decisions;
  }

  /** One decision per authority deciding here, and one record per mass organisation. */
  public List<String> authorities(String campaignId, int phaseNumber) {
    return decisions.authorities(campaignId, phaseNumber);
  }

  public boolean anyForwarded(String campaignId, int phaseNumber) {
    return decisions.anyForwarded(campaignId, phaseNumber);
  }

  /** Who signs the process instance's decision: from its authority as recorded, not from a variable. */
  public String signingGroup(String processInstanceId) {
    return DecisionAccess.signingGroup(decisions.ofProcessInstance(processInstanceId).getAuthority());
  }

  public String issuingGroup(String processInstanceId) {
    return DecisionAccess.issuingGroup(decisions.ofProcessInstance(processInstanceId).getAuthority());
  }

  /** The mass organisation recording its own decision. */
  public String organisationGroup(String processInstanceId) {
    return decisions.organisationGroup(decisions.ofProcessInstance(processInstanceId));
  }
}
