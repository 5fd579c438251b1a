package vn.thidua.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RewardFormRepository extends JpaRepository<RewardForm, String> {

  /** The whole catalogue with its documents in one query, in the order people see it. */
  @EntityGraph(attributePaths = "requiredDocuments")
  List<RewardForm> findAllByOrderBySortOrderAscCodeAsc();

  @EntityGraph(attributePaths = "requiredDocuments")
  Optional<RewardForm> findWithDocumentsByCode(String code);

  @Query("select coalesce(max(f.sortOrder), 0) from RewardForm f")
  int maxSortOrder();
}
