package vn.thidua.vote;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface VoterRepository extends JpaRepository<Voter, Long> {

  List<Voter> findByVoteIdOrderByIdAsc(Long voteId);

  Optional<Voter> findByVoteIdAndUsername(Long voteId, String username);
}
