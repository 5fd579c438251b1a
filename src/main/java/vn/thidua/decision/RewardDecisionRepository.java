package vn.thidua.decision;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RewardDecisionRepository extends JpaRepository<RewardDecision, Long> {

  Optional<RewardDecision> findByCampaignIdAndPhaseNumberAndAuthorityKey(String campaignId, int phaseNumber,
      String authorityKey);

  Optional<RewardDecision> findByProcessInstanceId(String processInstanceId);

  List<RewardDecision> findByCampaignIdAndPhaseNumberOrderByIdAsc(String campaignId, int phaseNumber);

  List<RewardDecision> findByCampaignIdOrderByPhaseNumberAscIdAsc(String campaignId);

  List<RewardDecision> findByStatusInOrderByIssuedOnDescIdDesc(Collection<DecisionStatus> statuses);
}
