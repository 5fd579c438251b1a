package vn.thidua.registry;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import vn.thidua.catalogue.NomineeKind;

interface AwardRepository extends JpaRepository<Award, Long>, JpaSpecificationExecutor<Award> {

  List<Award> findByNomineeKindAndNomineeIdOrderByAwardYearDescDecisionDateDescIdDesc(NomineeKind kind, long nomineeId);

  Optional<Award> findFirstByNomineeKindAndNomineeIdAndRewardFormCodeAndCampaignIdAndPhaseNumber(NomineeKind kind,
      long nomineeId, String rewardFormCode, String campaignId, Integer phaseNumber);

  Optional<Award> findFirstByNomineeKindAndNomineeIdAndRewardFormCodeAndCampaignIdAndPhaseNumberIsNull(
      NomineeKind kind, long nomineeId, String rewardFormCode, String campaignId);

  List<Award> findByCampaignIdOrderByPhaseNumberAscDecisionDateAscIdAsc(String campaignId);

  Optional<Award> findFirstByNomineeKindAndNomineeIdAndRewardFormCodeAndAwardYear(NomineeKind kind, long nomineeId,
      String rewardFormCode, int awardYear);
}
