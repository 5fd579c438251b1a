package vn.thidua.posting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ObjectionRepository extends JpaRepository<Objection, Long> {

  List<Objection> findByPostingIdOrderByReceivedAtAscIdAsc(Long postingId);

  Optional<Objection> findByProcessInstanceId(String processInstanceId);

  long countByAddressHashAndReceivedAtAfter(String addressHash, Instant since);

  boolean existsByPostingIdAndOutcomeIsNull(Long postingId);

  long countByPostingId(Long postingId);

  long countByPostingIdAndOutcomeIsNull(Long postingId);

  @Query("select distinct o.proposalId from Objection o where o.postingId = :postingId"
      + " and o.outcome = vn.thidua.posting.ObjectionOutcome.WITHDRAW")
  List<Long> findWithdrawnProposalIds(Long postingId);
}
