package vn.thidua.decision;

/**
 * A reward decision asked to move where its state does not lead, e.g. issued before it was signed: refused,
 * with both states in the words people read (the API answers 409).
 */
public class IllegalDecisionTransition extends RuntimeException {

  private final DecisionStatus current;
  private final DecisionStatus requested;

  IllegalDecisionTransition(String decidedBy, int phaseNumber, DecisionStatus current, DecisionStatus requested) {
    super("Quyết định khen thưởng đợt " + phaseNumber + (decidedBy == null ? "" : " của " + decidedBy)
        + " đang ở trạng thái \"" + current.label() + "\", không thể chuyển sang \"" + requested.label() + "\".");
    this.current = current;
    this.requested = requested;
  }

  public DecisionStatus current() {
    return current;
  }

  public DecisionStatus requested() {
    return requested;
  }
}
