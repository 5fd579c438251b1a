package vn.thidua.campaign;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.config.Deadlines;
import vn.thidua.process.ProcessTasks;
import vn.thidua.web.ApiException;

/**
 * What the {@code campaign} process reads and records at each stage, called from its expressions:
 * the units and phases to run, the moments its timers fire, and the status people see.
 */
@Component("campaignStages")
@Transactional
public class CampaignStages {

  private final CampaignRepository campaigns;
  private final Deadlines deadlines;

  CampaignStages(CampaignRepository campaigns, Deadlines deadlines) {
    this.campaigns = campaigns;
    this.deadlines = deadlines;
  }

  /*
   * The campaign process's own expressions pass their execution: the campaign is the one that runs
   * this process, found by the engine's ids rather than by a variable a task's owner could write.
   */

  public List<Long> participatingUnitIds(DelegateExecution execution) {
    return List.copyOf(ofProcess(execution).getUnitIds());
  }

  public List<Integer> phaseNumbers(DelegateExecution execution) {
    return ofProcess(execution).getPhases().stream().map(Phase::number).sorted().toList();
  }

  /** Ban Tổ chức is asked to close registration once its deadline has passed. */
  public Date pledgeClosingAt(DelegateExecution execution) {
    return deadlines.overdueAt(ofProcess(execution).getPledgeDeadline());
  }

  /** A phase is reviewed from the day after its last day, unless Ban Tổ chức starts earlier. */
  public Date reviewStartsAt(DelegateExecution execution, int phaseNumber) {
    return deadlines.startOf(phase(ofProcess(execution).getId(), phaseNumber).endDate().plusDays(1));
  }

  public void registrationStarted(DelegateExecution execution) {
    moveTo(ofProcess(execution).getId(), CampaignStatus.PLEDGE_REGISTRATION, null);
  }

  public void phaseStarted(DelegateExecution execution, int phaseNumber) {
    moveToPhase(execution, CampaignStatus.IN_PROGRESS, phaseNumber);
  }

  public void phaseReviewStarted(DelegateExecution execution, int phaseNumber) {
    moveToPhase(execution, CampaignStatus.PHASE_REVIEW, phaseNumber);
  }

  public void appraisalStarted(String campaignId, int phaseNumber) {
    moveTo(campaignId, CampaignStatus.APPRAISAL, phaseNumber);
  }

  public void postingStarted(String campaignId, int phaseNumber) {
    moveTo(campaignId, CampaignStatus.POSTING, phaseNumber);
  }

  public void postingEnded(String campaignId, int phaseNumber) {
    moveTo(campaignId, CampaignStatus.POSTED, phaseNumber);
  }

  public void decisionsStarted(String campaignId, int phaseNumber) {
    moveTo(campaignId, CampaignStatus.DECISIONS, phaseNumber);
  }

  /** A middle phase's summary is done: "Đã sơ kết – Đợt N" until the next phase starts. */
  public void phaseSummarised(String campaignId, int phaseNumber) {
    moveTo(campaignId, CampaignStatus.PHASE_SUMMARISED, phaseNumber);
  }

  /** The last phase's summary (tổng kết) is done: the campaign is "Đã tổng kết". */
  public void summarised(String campaignId) {
    moveTo(campaignId, CampaignStatus.SUMMARISED, null);
  }

  /** The campaign's process ends: a campaign already summarised keeps saying so. */
  public void finished(DelegateExecution execution) {
    Campaign campaign = ofProcess(execution);
    if (campaign.getStatus() != CampaignStatus.SUMMARISED) {
      moveTo(campaign.getId(), CampaignStatus.FINISHED, null);
    }
  }

  private void moveToPhase(DelegateExecution execution, CampaignStatus status, int phaseNumber) {
    String campaignId = ofProcess(execution).getId();
    moveTo(campaignId, status, phase(campaignId, phaseNumber).number());
  }

  private void moveTo(String campaignId, CampaignStatus status, Integer phaseNumber) {
    Campaign campaign = campaign(campaignId);
    campaign.setStatus(status);
    campaign.setCurrentPhase(phaseNumber);
  }

  private Phase phase(String campaignId, int phaseNumber) {
    return campaign(campaignId).phase(phaseNumber)
        .orElseThrow(() -> new IllegalStateException("Campaign " + campaignId + " has no phase " + phaseNumber));
  }

  private Campaign ofProcess(DelegateExecution execution) {
    String campaignProcess = ProcessTasks.rootProcessInstanceId(execution);
    return campaigns.findByProcessInstanceId(campaignProcess)
        .orElseThrow(() -> new IllegalStateException("No campaign runs process instance " + campaignProcess));
  }

  private Campaign campaign(String campaignId) {
    return campaigns.findById(campaignId)
        .orElseThrow(() -> ApiException.notFound("Không tìm thấy phong trào " + campaignId));
  }
}
