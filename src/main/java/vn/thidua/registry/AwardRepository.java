package vn.thidua.registry;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.thidua.catalogue.NomineeKind;

interface AwardRepository extends JpaRepository<Award, Long>, JpaSpecificationExecutor<Award> {

  List<Award> findByNomineeKindAndNomineeIdOrderByAwardYearDescDecisionDateDescIdDesc(NomineeKind kind, long nomineeId);

  List<Award> findByNomineeKindAndNomineeIdAndRevokedAtIsNullOrderByAwardYearDescDecisionDateDescIdDesc(
      NomineeKind kind, long nomineeId);

  /** The award, its row locked until the transaction ends: two revocations at once are one and a 409. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select award from Award award where award.id = :id")
  Optional<Award> lockById(@Param("id") long id);

  Optional<Award> findFirstByNomineeKindAndNomineeIdAndRewardFormCodeAndCampaignIdAndPhaseNumber(NomineeKind kind,
      long nomineeId, String rewardFormCode, String campaignId, Integer phaseNumber);

  Optional<Award> findFirstByNomineeKindAndNomineeIdAndRewardFormCodeAndCampaignIdAndPhaseNumberIsNull(
      NomineeKind kind, long nomineeId, String rewardFormCode, String campaignId);

  List<Award> findByCampaignIdOrderByPhaseNumberAscDecisionDateAscIdAsc(String campaignId);

  Optional<Award> findFirstByNomineeKindAndNomineeIdAndRewardFormCodeAndAwardYear(NomineeKind kind, long nomineeId,
      String rewardFormCode, int awardYear);
}
