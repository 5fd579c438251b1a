package vn.thidua.decision;

import java.time.LocalDate;
import java.util.List;

/** An issued decision as the posting page shows it: who decided what for whom, without internal details. */
record PublicDecision(String decisionNumber, LocalDate issuedOn, String decidedBy, String subject,
    List<Awardee> awardees) {

  record Awardee(String nomineeName, String unitName, String rewardFormName) {
  }

  static PublicDecision of(DecisionView decision) {
    return new PublicDecision(decision.decisionNumber(), decision.issuedOn(), decision.decidedBy(), decision.subject(),
        decision.items().stream().filter(DecisionView.Item::included)
            .map(item -> new Awardee(item.nomineeName(), item.unitName(), item.rewardFormName())).toList());
  }
}
