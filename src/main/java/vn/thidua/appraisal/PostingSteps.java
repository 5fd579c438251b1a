package vn.thidua.appraisal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.thidua.calendar.WorkingDays;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignStages;
import vn.thidua.campaign.CampaignSummary;
import vn.thidua.campaign.Phase;
import vn.thidua.config.Deadlines;
import vn.thidua.config.PostingPeriodProperties;
import vn.thidua.posting.PostedEntry;
import vn.thidua.posting.PostingService;
import vn.thidua.process.ProcessTasks;
import vn.thidua.report.ProposalService;

/** The posting steps of {@code phase-review}: post the agreed list, close it, record what was withdrawn. */
@Configuration
class PostingSteps {

  private final AppraisalService appraisals;
  private final PostingService postings;
  private final ProposalService proposals;
  private final CampaignService campaigns;
  private final CampaignStages stages;
  private final WorkingDays workingDays;
  private final Deadlines deadlines;
  private final PostingPeriodProperties period;

  PostingSteps(AppraisalService appraisals, PostingService postings, ProposalService proposals,
      CampaignService campaigns, CampaignStages stages, WorkingDays workingDays, Deadlines deadlines,
      PostingPeriodProperties period) {
    this.appraisals = appraisals;
    this.postings = postings;
    this.proposals = proposals;
    this.campaigns = campaigns;
    this.stages = stages;
    this.workingDays = workingDays;
    this.deadlines = deadlines;
    this.period = period;
  }

  /** Posts the agreed list for the configured working days, to the end of the last one. */
  @Bean
  JavaDelegate openPostingDelegate() {
    return execution -> {
      String campaignId = AppraisalProcess.CAMPAIGN_ID.from(execution);
      int phaseNumber = AppraisalProcess.PHASE_NUMBER.from(execution);
      CampaignSummary campaign = campaigns.summary(campaignId);
      String phaseName = campaign.phase(phaseNumber).map(Phase::name).orElse("Đợt " + phaseNumber);
      List<PostedEntry> entries = appraisals.agreed(campaignId, phaseNumber).stream()
          .map(agreed -> new PostedEntry(agreed.proposal().id(), agreed.proposal().nomineeName(),
              agreed.proposal().nomineeKindLabel(), agreed.unitName(), agreed.proposal().trackLabel(), agreed.formName(),
              agreed.proposal().achievements()))
          .toList();
      LocalDate lastDay = workingDays.plus(ProcessTasks.today(), period.workingDays());
      Instant endsAt = deadlines.overdueAt(lastDay).toInstant();
      int round = AppraisalProcess.REVIEW_ROUND.from(execution);
      long postingId = postings.open(campaignId, phaseNumber, round,
          "Danh sách đề nghị khen thưởng " + phaseName + (round > 1 ? " (xét lại lần " + (round - 1) + ")" : "")
              + " – " + campaign.title(), entries, endsAt);
      AppraisalProcess.POSTING_ID.set(execution, postingId);
      execution.setVariable("postingEndsAt", Date.from(endsAt));
      stages.postingStarted(campaignId, phaseNumber);
    };
  }

  /** The period is over: no more objections; the process waits only if some are still being handled. */
  @Bean
  JavaDelegate closePostingDelegate() {
    return execution -> {
      long postingId = postingOf(execution);
      postings.close(postingId);
      execution.setVariable("objectionsPending", postings.objectionsPending(postingId));
    };
  }

  /** Proposals withdrawn after an objection leave the list; the rest waits for the Standing Committee. */
  @Bean
  JavaDelegate finishPostingDelegate() {
    return execution -> {
      long postingId = postingOf(execution);
      if (postings.objectionsPending(postingId)) {
        throw new IllegalStateException("Posting " + postingId + " still has objections to handle");
      }
      postings.withdrawn(postingId)
          .forEach(entry -> proposals.withdrawn(entry.proposalId()));
      stages.postingEnded(AppraisalProcess.CAMPAIGN_ID.from(execution), AppraisalProcess.PHASE_NUMBER.from(execution));
    };
  }

  /** The Standing Committee sent proposals back: they are appraised, posted and voted on again in a new round. */
  @Bean
  JavaDelegate startReviewRoundDelegate() {
    return execution -> {
      AppraisalProcess.REVIEW_ROUND.set(execution, AppraisalProcess.REVIEW_ROUND.from(execution) + 1);
      execution.removeVariable(AppraisalProcess.POSTING_ID.name());
      execution.removeVariable("postingEndsAt");
      execution.removeVariable("objectionsPending");
    };
  }

  /** The posting of this round, as the table has it: the variable only tells the objections' end. */
  private long postingOf(DelegateExecution execution) {
    return postings.postingOf(AppraisalProcess.CAMPAIGN_ID.from(execution), AppraisalProcess.PHASE_NUMBER.from(execution),
        AppraisalProcess.REVIEW_ROUND.from(execution));
  }
}
