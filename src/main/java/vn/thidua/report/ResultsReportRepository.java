package vn.thidua.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResultsReportRepository extends JpaRepository<ResultsReport, Long> {

  Optional<ResultsReport> findByCampaignIdAndPhaseNumberAndUnitId(String campaignId, int phaseNumber, Long unitId);

  Optional<ResultsReport> findByProcessInstanceId(String processInstanceId);

  List<ResultsReport> findByCampaignIdAndPhaseNumberOrderByIdAsc(String campaignId, int phaseNumber);

  List<ResultsReport> findByCampaignIdOrderByPhaseNumberAscIdAsc(String campaignId);

  @Query("select distinct r from ResultsReport r left join fetch r.results"
      + " where r.campaignId = :campaignId and r.phaseNumber = :phaseNumber order by r.id")
  List<ResultsReport> findWithResults(String campaignId, int phaseNumber);
}
