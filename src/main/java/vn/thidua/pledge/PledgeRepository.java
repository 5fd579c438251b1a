package vn.thidua.pledge;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PledgeRepository extends JpaRepository<Pledge, Long> {

  Optional<Pledge> findByCampaignIdAndUnitId(String campaignId, Long unitId);

  List<Pledge> findByCampaignIdOrderByIdAsc(String campaignId);

  List<Pledge> findByCampaignIdAndUnitIdInOrderByIdAsc(String campaignId, Collection<Long> unitIds);

  long countByCampaignIdAndStatus(String campaignId, PledgeStatus status);
}
