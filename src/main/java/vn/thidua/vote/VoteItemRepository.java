package vn.thidua.vote;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface VoteItemRepository extends JpaRepository<VoteItem, Long> {

  List<VoteItem> findByVoteIdOrderByIdAsc(Long voteId);
}
