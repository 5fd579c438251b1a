package vn.thidua.campaign;

import java.time.LocalDate;
import java.util.List;

/**
 * Where every participating unit stands in each phase of a campaign: its registration, its results report,
 * each proposal with its status and the decisions that awarded it, and the phase's summary. Holds only the
 * units the signed-in person may see: all for the committee's bodies, their own for a unit. Statuses come as
 * codes with their Vietnamese labels.
 */
public record CampaignProgress(List<PhaseProgress> phases) {

  public record PhaseProgress(int number, String name, String summaryStatus, String summaryLabel,
      List<UnitProgress> units) {
  }

  public record UnitProgress(String unitCode, String unitName, String registrationStatus, String registrationLabel,
      String reportStatus, String reportLabel, List<ProposalProgress> proposals) {
  }

  public record ProposalProgress(long id, String nomineeName, String nomineeKindLabel, String trackLabel,
      String formCode, String formName, String status, String statusLabel, List<DecisionRef> decisions) {
  }

  /** An award of the registry: the decision's number and date, the form and money (VND) it gave. */
  public record DecisionRef(String decisionNumber, LocalDate decisionDate, String formName, Long money,
      String sourceLabel) {
  }

  /** Assembled by the features that hold the records; the campaign only shows it. */
  public interface Reader {

    CampaignProgress progress(CampaignSummary campaign);
  }
}
