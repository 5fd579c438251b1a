package vn.thidua.vote;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BallotRepository extends JpaRepository<Ballot, Long> {

  List<Ballot> findByVoteId(Long voteId);

  List<Ballot> findByVoteIdAndVoter(Long voteId, String voter);
}
