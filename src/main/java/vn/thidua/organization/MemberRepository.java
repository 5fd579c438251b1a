package vn.thidua.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MemberRepository extends JpaRepository<Member, Long> {

  Optional<Member> findByUsername(String username);

  boolean existsByUsernameIgnoreCase(String username);

  boolean existsByUsernameIgnoreCaseAndIdNot(String username, Long id);

  List<Member> findByUnitOrderByIdAsc(Unit unit);

  List<Member> findByUsernameIsNotNullOrderByIdAsc();

  List<Member> findAllByOrderByIdAsc();
}
