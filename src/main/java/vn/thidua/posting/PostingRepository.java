package vn.thidua.posting;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface PostingRepository extends JpaRepository<Posting, Long> {

  Optional<Posting> findByCampaignIdAndPhaseNumberAndRoundNumber(String campaignId, int phaseNumber, int roundNumber);

  @Query("select p from Posting p where p.closedAt is null and p.endsAt > :now order by p.openedAt, p.id")
  List<Posting> findOpen(Instant now);

  List<Posting> findAllByOrderByOpenedAtDescIdDesc();

  List<Posting> findByCampaignIdOrderByOpenedAtDescIdDesc(String campaignId);

  /** The posting's row locked until the transaction ends: objections, handling and closing queue here. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select p from Posting p where p.id = :id")
  Optional<Posting> lockById(Long id);
}
