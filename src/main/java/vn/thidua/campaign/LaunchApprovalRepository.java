package vn.thidua.campaign;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LaunchApprovalRepository extends JpaRepository<LaunchApproval, Long> {

  List<LaunchApproval> findByCampaignIdOrderByDecidedAtAscIdAsc(String campaignId);
}
