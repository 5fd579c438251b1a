package vn.thidua.appraisal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppraisalItemRepository extends JpaRepository<AppraisalItem, Long> {

  List<AppraisalItem> findByAppraisalIdOrderByIdAsc(Long appraisalId);
}
