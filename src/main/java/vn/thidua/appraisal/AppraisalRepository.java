package vn.thidua.appraisal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppraisalRepository extends JpaRepository<Appraisal, Long> {

  List<Appraisal> findByCampaignIdAndPhaseNumberOrderByIdAsc(String campaignId, int phaseNumber);

  Optional<Appraisal> findByProcessInstanceId(String processInstanceId);
}
