package vn.thidua.report;

/**
 * A proposal asked to move where its state does not lead, e.g. approved before it was appraised: refused,
 * with both states in the words people read (the API answers 409).
 */
public class IllegalProposalTransition extends RuntimeException {

  private final ProposalStatus current;
  private final ProposalStatus requested;

  IllegalProposalTransition(Long proposalId, String nomineeName, ProposalStatus current, ProposalStatus requested) {
    super("Đề nghị khen thưởng số " + proposalId + (nomineeName == null ? "" : " (" + nomineeName + ")")
        + " đang ở trạng thái \"" + current.label() + "\", không thể chuyển sang \"" + requested.label() + "\".");
    this.current = current;
    this.requested = requested;
  }

  public ProposalStatus current() {
    return current;
  }

  public ProposalStatus requested() {
    return requested;
  }
}
