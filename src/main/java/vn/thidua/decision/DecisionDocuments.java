package vn.thidua.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignSummary;
import vn.thidua.campaign.Phase;
import vn.thidua.catalogue.DecidingAuthority;
import vn.thidua.config.DecisionProperties;
import vn.thidua.config.IssuingBodyProperties;
import vn.thidua.document.DecisionContent;
import vn.thidua.document.DecisionDocument;
import vn.thidua.document.ForwardingDocument;
import vn.thidua.document.ForwardingList;
import vn.thidua.process.ProcessTasks;

/** The text of a decision from its row, the issuing body's configuration and the campaign, as a PDF. */
@Component
class DecisionDocuments {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private final IssuingBodyProperties issuingBody;
  private final DecisionProperties properties;
  private final CampaignService campaigns;
  private final DecisionDocument decisionDocument;
  private final ForwardingDocument forwardingDocument;
  private final DecisionNumbers numbers;

  DecisionDocuments(IssuingBodyProperties issuingBody, DecisionProperties properties, CampaignService campaigns,
      DecisionDocument decisionDocument, ForwardingDocument forwardingDocument, DecisionNumbers numbers) {
    this.issuingBody = issuingBody;
    this.properties = properties;
    this.campaigns = campaigns;
    this.decisionDocument = decisionDocument;
    this.forwardingDocument = forwardingDocument;
    this.numbers = numbers;
  }

  String partyCommitteeName() {
    return "Ban Thường vụ " + issuingBody.name();
  }

  String peoplesCommitteeName() {
    return properties.peoplesCommittee();
  }

  String superiorBody() {
    return issuingBody.superiorBody();
  }

  /** The draft the signer reads: no number, no date, no signature; marked as a draft. */
  byte[] draft(RewardDecision decision, List<DecisionItem> awardees) {
    String preview = numbers.preview(decision.numberingBook(), ProcessTasks.today());
    return decisionDocument.pdf(content(decision, awardees, null, preview.replaceFirst("^\\d+", ""), null, null, true));
  }

  /** The decision as issued: its number, date and signer. */
  byte[] issued(RewardDecision decision, List<DecisionItem> awardees) {
    return decisionDocument.pdf(content(decision, awardees, decision.getDecisionNumber(), null, decision.getIssuedOn(),
        decision.getSignerName(), false));
  }

  byte[] forwarding(RewardDecision decision, List<DecisionItem> proposals) {
    CampaignSummary campaign = campaigns.summary(decision.getCampaignId());
    return forwardingDocument.pdf(new ForwardingList(issuingBody.name(), issuingBody.superiorBody(),
        issuingBody.place(), ProcessTasks.today(), campaign.title(), campaign.planNumber(),
        phaseName(campaign, decision.getPhaseNumber()),
        proposals.stream().map(item -> new ForwardingList.Entry(item.getNomineeName(), item.getNomineeKindLabel(),
            item.getUnitName(), item.getRewardFormName(), item.getAchievements())).toList()));
  }

  private DecisionContent content(RewardDecision decision, List<DecisionItem> awardees, String number,
      String numberSuffix, LocalDate date, String signerName, boolean draft) {
    boolean party = decision.getAuthority() == DecidingAuthority.PARTY_COMMITTEE;
    CampaignSummary campaign = campaigns.summary(decision.getCampaignId());
    String signerTitle = decision.getSignerTitle() != null ? decision.getSignerTitle()
        : party ? "T/M BAN THƯỜNG VỤ" : "CHỦ TỊCH";
    List<String> recipients = party
        ? List.of("Như Điều 3,", "Thường trực " + issuingBody.name() + ",", "Lưu Văn phòng " + issuingBody.name() + ".")
        : List.of("Như Điều 3,", "Thường trực " + issuingBody.name() + ",", "Lưu: VT, Phòng Nội vụ.");
    return new DecisionContent(
        upper(party ? partyCommitteeName() : peoplesCommitteeName()),
        party ? upper(issuingBody.superiorBody()) : null,
        party ? null : "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
        party, number, numberSuffix, issuingBody.place(), date, decision.getSubject(),
        party ? upper(partyCommitteeName()) : upper("Chủ tịch " + peoplesCommitteeName()),
        party ? properties.partyLegalBases() : properties.stateLegalBases(),
        "Xét đề nghị của " + (party ? "Ban Tổ chức " + issuingBody.name() : "Trưởng Phòng Nội vụ")
            + " về khen thưởng trong " + campaign.title() + " (" + phaseName(campaign, decision.getPhaseNumber())
            .toLowerCase(VIETNAMESE) + ").",
        awardees.stream().map(item -> new DecisionContent.Awardee(item.getNomineeName(), item.getNomineeKindLabel(),
            item.getUnitName(), item.getRewardFormName(), item.getAchievements(), item.getMoney())).toList(),
        signerTitle, signerName, recipients, draft);
  }

  private static String phaseName(CampaignSummary campaign, int phaseNumber) {
    return campaign.phase(phaseNumber).map(Phase::name).orElse("Đợt " + phaseNumber);
  }

  private static String upper(String text) {
    return text == null ? null : text.toUpperCase(VIETNAMESE);
  }
}
