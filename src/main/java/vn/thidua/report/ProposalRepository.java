package vn.thidua.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import vn.thidua.catalogue.NomineeKind;

interface ProposalRepository extends JpaRepository<Proposal, Long> {

  List<Proposal> findByReportIdOrderByIdAsc(Long reportId);

  @Query("select p from Proposal p where p.reportId in (select r.id from ResultsReport r"
      + " where r.campaignId = :campaignId and r.phaseNumber = :phaseNumber) order by p.id")
  List<Proposal> findOfPhase(String campaignId, int phaseNumber);

  /**
   * The proposals of a phase, of any unit, naming this nominee for this form: all but those of reports
   * never sent (NOT_SUBMITTED), whatever became of them since.
   */
  @Query("select p from Proposal p, ResultsReport r where p.reportId = r.id and r.campaignId = :campaignId"
      + " and r.phaseNumber = :phaseNumber and p.nomineeKind = :kind"
      + " and (p.nomineeUnitId = :nomineeId or p.nomineeMemberId = :nomineeId) and p.rewardFormCode = :formCode"
      + " and p.status <> vn.thidua.report.ProposalStatus.NOT_SUBMITTED order by p.id")
  List<Proposal> findSameNomination(String campaignId, int phaseNumber, NomineeKind kind, long nomineeId,
      String formCode);

  /** Each proposal of the campaign with its report's phase number. */
  @Query("select p, r.phaseNumber from Proposal p, ResultsReport r where p.reportId = r.id"
      + " and r.campaignId = :campaignId order by r.phaseNumber, p.id")
  List<Object[]> findOfCampaign(String campaignId);
}
