package vn.thidua.vote;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.thidua.campaign.CampaignService;
import vn.thidua.config.Deadlines;
import vn.thidua.form.FormValidationException;
import vn.thidua.process.ProcessTasks;

/**
 * The steps of {@code standing-committee-vote}, one bean per step as the BPMN names them. The engine holds
 * the vote's id, its deadline, whether the quorum was reached and whether anything was sent back; never a
 * ballot, nor any member's count.
 */
@Configuration
class VoteProcessSteps {

  static final String EXTEND = "EXTEND";
  static final String RECORD_NOT_APPROVED = "RECORD_NOT_APPROVED";

  private final VoteService votes;
  private final Deadlines deadlines;
  private final CampaignService campaigns;

  VoteProcessSteps(VoteService votes, Deadlines deadlines, CampaignService campaigns) {
    this.campaigns = campaigns;
    this.votes = votes;
    this.deadlines = deadlines;
  }

  /** Opens the round's vote (a retried job finds it) with its deadline. */
  @Bean
  JavaDelegate openVoteDelegate() {
    return execution -> {
      String campaignId = campaigns.handedDown(execution, VoteProcess.CAMPAIGN_ID.from(execution));
      Vote vote = votes.open(campaignId, VoteProcess.PHASE_NUMBER.from(execution),
          VoteProcess.REVIEW_ROUND.from(execution), execution.getProcessInstanceId());
      VoteProcess.VOTE_ID.set(execution, vote.getId());
      setDeadline(execution, vote.getDeadline());
    };
  }

  /** A member completes the ballot task: every proposal must have the member's ballot. */
  @Bean
  TaskListener castBallotsListener() {
    return task -> votes.completeBallots(voteId(task), task.getAssignee());
  }

  /** Every member completed, or the deadline passed: the tally, and whether it may be re-opened automatically. */
  @Bean
  JavaDelegate closeVoteDelegate() {
    return execution -> {
      long voteId = voteId(execution);
      VoteProcess.QUORUM_REACHED.set(execution, votes.close(voteId));
      VoteProcess.REOPENED_AUTOMATICALLY.set(execution, votes.openings(voteId) > 1);
    };
  }

  /** Once automatically, then as often as Thường trực extends it: a new deadline for those who did not vote. */
  @Bean
  JavaDelegate reopenVoteDelegate() {
    return execution -> setDeadline(execution, votes.reopen(voteId(execution)));
  }

  @Bean
  JavaDelegate recordWithoutQuorumDelegate() {
    return execution -> votes.recordWithoutQuorum(voteId(execution));
  }

  /** Thường trực decides after a second vote without quorum: the tally it decides on is in the form. */
  @Bean
  TaskListener decideWithoutQuorumListener() {
    return task -> {
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        task.setVariableLocal("tallySummary", votes.tallySummary(voteId(task)));
        return;
      }
      Object decision = task.getVariable("withoutQuorumDecision");
      if (!EXTEND.equals(decision) && !RECORD_NOT_APPROVED.equals(decision)) {
        throw new FormValidationException("Chọn gia hạn biểu quyết hoặc ghi các đề nghị chưa đủ số thành viên biểu "
            + "quyết là không được thông qua.");
      }
    };
  }

  /** Thường trực's conclusion: the tally in the form; on completion the proposals' statuses and the mails. */
  @Bean
  TaskListener concludeVoteListener() {
    return task -> {
      long voteId = voteId(task);
      if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
        task.setVariableLocal("tallySummary", votes.tallySummary(voteId));
        return;
      }
      if (!Boolean.TRUE.equals(task.getVariable("conclusionConfirmed"))) {
        throw new FormValidationException("Đánh dấu xác nhận kết luận xét duyệt trước khi hoàn thành.");
      }
      VoteProcess.PROPOSALS_SENT_BACK.set(task.getExecution(), votes.conclude(voteId, ProcessTasks.completedBy(task)));
    };
  }

  private void setDeadline(DelegateExecution execution, LocalDate deadline) {
    execution.setVariable("voteDue", deadlines.startOf(deadline));
    VoteProcess.VOTE_DUE_TEXT.set(execution, ProcessTasks.day(deadline));
    execution.setVariable("voteOverdueAt", deadlines.overdueAt(deadline));
  }

  /** The vote this process instance opened, whatever its variables say. */
  private long voteId(DelegateExecution execution) {
    return votes.voteOf(execution.getProcessInstanceId());
  }

  private long voteId(DelegateTask task) {
    return votes.voteOf(task.getProcessInstanceId());
  }
}
