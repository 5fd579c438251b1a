package vn.thidua.summary;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PhaseSummaryRepository extends JpaRepository<PhaseSummary, Long> {

  Optional<PhaseSummary> findByCampaignIdAndPhaseNumber(String campaignId, int phaseNumber);

  List<PhaseSummary> findByCampaignId(String campaignId);

  Optional<PhaseSummary> findByProcessInstanceId(String processInstanceId);
}
