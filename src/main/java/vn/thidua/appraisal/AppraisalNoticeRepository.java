package vn.thidua.appraisal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AppraisalNoticeRepository extends JpaRepository<AppraisalNotice, Long> {

  List<AppraisalNotice> findByUnitIdOrderBySentAtDesc(Long unitId);
}
