package vn.thidua.campaign;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignRepository extends JpaRepository<Campaign, String> {

  boolean existsByPlanNumber(String planNumber);

  Optional<Campaign> findByPlanNumber(String planNumber);

  List<Campaign> findAllByOrderByCreatedAtDesc();

  Optional<Campaign> findByProcessInstanceId(String processInstanceId);
}
