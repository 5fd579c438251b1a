package vn.thidua.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResultsReportRepository extends JpaRepository<ResultsReport, Long> {

  Optional<ResultsReport> findByCampaignIdAndPhaseNumberAndUnitId(String campaignId, int phaseNumber, Long unitId);

  List<ResultsReport> findByCampaignIdAndPhaseNumberOrderByIdAsc(String campaignId, int phaseNumber);

  List<ResultsReport> findByCampaignIdOrderByPhaseNumberAscIdAsc(String campaignId);
}
