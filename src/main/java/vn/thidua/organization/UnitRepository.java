package vn.thidua.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UnitRepository extends JpaRepository<Unit, Long> {

  Optional<Unit> findByCodeIgnoreCase(String code);

  boolean existsByCodeIgnoreCase(String code);

  Optional<Unit> findByBodyGroup(Body bodyGroup);

  List<Unit> findAllByOrderByIdAsc();

  List<Unit> findByParentIdOrderByIdAsc(Long parentId);
}
