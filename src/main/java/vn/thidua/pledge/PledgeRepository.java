package vn.thidua.pledge;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PledgeRepository extends JpaRepository<Pledge, Long> {

  Optional<Pledge> findByCampaignIdAndUnitId(String campaignId, Long unitId);

  Optional<Pledge> findByProcessInstanceId(String processInstanceId);

  List<Pledge> findByCampaignIdOrderByIdAsc(String campaignId);

  List<Pledge> findByCampaignIdAndUnitIdInOrderByIdAsc(String campaignId, Collection<Long> unitIds);

  long countByCampaignIdAndStatus(String campaignId, PledgeStatus status);

  @Query("select distinct p from Pledge p left join fetch p.targets where p.campaignId = :campaignId order by p.id")
  List<Pledge> findWithTargets(String campaignId);
}
