package vn.thidua.vote;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface VoteRepository extends JpaRepository<Vote, Long> {

  Optional<Vote> findByCampaignIdAndPhaseNumberAndReviewRound(String campaignId, int phaseNumber, int reviewRound);

  Optional<Vote> findByProcessInstanceId(String processInstanceId);

  List<Vote> findByCampaignIdAndPhaseNumberOrderByReviewRoundAsc(String campaignId, int phaseNumber);
}
