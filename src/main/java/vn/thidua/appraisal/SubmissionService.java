package vn.thidua.appraisal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.appraisal.AppraisalService.AgreedProposal;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignSummary;
import vn.thidua.campaign.Phase;
import vn.thidua.catalogue.Track;
import vn.thidua.document.SubmissionDocument;
import vn.thidua.document.SubmissionList;
import vn.thidua.process.ProcessTasks;

/**
 * The submission (tờ trình) to the Standing Committee: the phase's agreed proposals grouped by track
 * and form, as a summary for Tasklist and as a PDF.
 */
@Service
@Transactional(readOnly = true)
public class SubmissionService {

  private final AppraisalService appraisals;
  private final CampaignService campaigns;
  private final SubmissionDocument document;

  SubmissionService(AppraisalService appraisals, CampaignService campaigns, SubmissionDocument document) {
    this.appraisals = appraisals;
    this.campaigns = campaigns;
    this.document = document;
  }

  public byte[] pdf(String campaignId, int phaseNumber) {
    CampaignSummary campaign = campaigns.summary(campaignId);
    String phaseName = campaign.phase(phaseNumber).map(Phase::name).orElse("Đợt " + phaseNumber);
    return document.pdf(document.list(ProcessTasks.today(), campaign.title(), campaign.planNumber(),
        "sơ kết, tổng kết " + phaseName.toLowerCase(), groups(campaignId, phaseNumber)));
  }

  /** "Khen thưởng của Đảng – Giấy khen ...: 2" per line, and the total, for the task's form. */
  public String summary(String campaignId, int phaseNumber) {
    List<SubmissionList.Group> groups = groups(campaignId, phaseNumber);
    if (groups.isEmpty()) {
      return "Không có đề nghị nào được đồng ý sau thẩm định.";
    }
    int total = groups.stream().mapToInt(group -> group.entries().size()).sum();
    return groups.stream().map(group -> "- " + group.trackLabel() + " – " + group.formName() + ": "
        + group.entries().size() + " đề nghị").collect(Collectors.joining("\n")) + "\n\nTổng cộng: " + total + " đề nghị.";
  }

  List<SubmissionList.Group> groups(String campaignId, int phaseNumber) {
    Map<String, List<AgreedProposal>> byGroup = new LinkedHashMap<>();
    List<AgreedProposal> agreed = new ArrayList<>(appraisals.agreed(campaignId, phaseNumber));
    agreed.sort((a, b) -> Integer.compare(trackOrder(a.proposal().track()), trackOrder(b.proposal().track())));
    agreed.forEach(proposal -> byGroup.computeIfAbsent(proposal.proposal().trackLabel() + "\u0000" + proposal.formName(),
        key -> new ArrayList<>()).add(proposal));
    return byGroup.values().stream().map(group -> new SubmissionList.Group(group.get(0).proposal().trackLabel(),
        group.get(0).formName(), group.stream().map(proposal -> new SubmissionList.Entry(proposal.proposal().nomineeName(),
            proposal.proposal().nomineeKindLabel(), proposal.unitName(), proposal.proposal().achievements())).toList()))
        .toList();
  }

  private static int trackOrder(Track track) {
    return track.ordinal();
  }
}
