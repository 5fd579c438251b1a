package vn.thidua.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProposalRepository extends JpaRepository<Proposal, Long> {

  List<Proposal> findByReportIdOrderByIdAsc(Long reportId);

  @Query("select p from Proposal p where p.reportId in (select r.id from ResultsReport r"
      + " where r.campaignId = :campaignId and r.phaseNumber = :phaseNumber) order by p.id")
  List<Proposal> findOfPhase(String campaignId, int phaseNumber);

  /** Each proposal of the campaign with its report's phase number. */
  @Query("select p, r.phaseNumber from Proposal p, ResultsReport r where p.reportId = r.id"
      + " and r.campaignId = :campaignId order by r.phaseNumber, p.id")
  List<Object[]> findOfCampaign(String campaignId);
}
