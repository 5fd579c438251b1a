package vn.thidua.vote;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Standing Committee's vote: each member reads the proposals and saves the member's own ballots while
 * the vote is open; once closed, the counts (never who voted how); Thường trực names what is sent back.
 */
@RestController
class VoteController {

  private final VoteService votes;

  VoteController(VoteService votes) {
    this.votes = votes;
  }

  /** The proposals, the caller's own ballots, the counts once closed, and the caller's open task. */
  @GetMapping("/api/votes/{id}")
  VoteView get(@PathVariable long id) {
    return votes.view(id);
  }

  /** A member's ballots: 403 for anyone else, 409 once closed or when saved from a stale page. */
  @PutMapping("/api/votes/{id}/ballots")
  VoteView ballots(@PathVariable long id, @Valid @RequestBody VoteRequests.Ballots request) {
    return votes.saveBallots(id, request);
  }

  /** Counts per proposal and the result, after the vote closed (409 before). */
  @GetMapping("/api/votes/{id}/tally")
  List<VoteView.Item> tally(@PathVariable long id) {
    return votes.tally(id);
  }

  /** Thường trực, while concluding: the proposals sent back for re-appraisal, each with its reason. */
  @PutMapping("/api/votes/{id}/send-backs")
  VoteView sendBacks(@PathVariable long id, @Valid @RequestBody VoteRequests.SendBacks request) {
    return votes.saveSendBacks(id, request);
  }
}
