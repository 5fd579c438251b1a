package vn.thidua.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What other features read of a campaign: its plan, content areas, phases, units and stage. */
public record CampaignSummary(String id, String planNumber, String title, List<ContentArea> contentAreas,
    List<Phase> phases, LocalDate pledgeDeadline, List<Long> unitIds, CampaignStatus status, Integer currentPhase,
    String processInstanceId) {

  public Optional<Phase> phase(int number) {
    return phases.stream().filter(phase -> phase.number() == number).findFirst();
  }

  public Optional<ContentArea> contentArea(String code) {
    return contentAreas.stream().filter(area -> area.code().equals(code)).findFirst();
  }
}
