package vn.thidua.decision;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionItemRepository extends JpaRepository<DecisionItem, Long> {

  List<DecisionItem> findByDecisionIdOrderByIdAsc(Long decisionId);

  List<DecisionItem> findByDecisionIdInOrderByIdAsc(Collection<Long> decisionIds);
}
