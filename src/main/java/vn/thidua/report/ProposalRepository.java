package vn.thidua.report;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalRepository extends JpaRepository<Proposal, Long> {

  List<Proposal> findByReportIdOrderByIdAsc(Long reportId);
}
