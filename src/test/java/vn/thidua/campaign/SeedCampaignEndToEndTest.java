package vn.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.CampaignFixtures.pdf;
import static vn.thidua.support.CampaignFixtures.upload;
import static vn.thidua.support.EngineSteps.at;
import static vn.thidua.support.PhaseSteps.STANDING_COMMITTEE;
import static vn.thidua.support.PhaseSteps.expect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.thidua.organization.MemberSummary;
import vn.thidua.organization.OrganizationService;
import vn.thidua.organization.Role;
import vn.thidua.support.CampaignFixtures;
import vn.thidua.support.LaunchFixtures;
import vn.thidua.support.PhaseSteps;
import vn.thidua.support.ProcessTest;

/**
 * The seed plan run whole on PostgreSQL through the REST API, every body acting as its people: the
 * launch; 24 units registering (one returned and corrected, one silent); two phases of results, appraisal
 * (a supplement, a refusal), posting (an objection), the Standing Committee's vote (without quorum, re-opened;
 * a proposal voted down; one sent back and voted again in a second round), the decisions of the committee and
 * of the People's Committee chair, a mass organisation's own decision and a proposal forwarded to the
 * province; each phase's review conference and report; the campaign closes "Đã tổng kết".
 */
class SeedCampaignEndToEndTest extends ProcessTest {

  private static final String SILENT = "BINH-CHAU";
  private static final String RETURNED = "BINH-THANH";
  private static final String NOT_REPORTING = "BINH-NGUYEN";

  @Autowired
  private DemoCampaign demo;

  @Autowired
  private OrganizationService organization;

  @Autowired
  private HistoryService historyService;

  private PhaseSteps steps;
  private CampaignView campaign;
  private final Map<String, String> officers = new HashMap<>();
  private final Map<String, String> heads = new HashMap<>();

  @Test
  void theSeedCampaignRunsFromItsLaunchToItsFinalSummary() {
    long started = System.nanoTime();
    String planNumber = LaunchFixtures.uniquePlanNumber();
    ResponseEntity<CampaignView> created = as("btc.truong").postForEntity("/api/campaigns",
        demo.seedPlan(LocalDate.now(), planNumber), CampaignView.class);
    expect(created, HttpStatus.CREATED);
    campaign = created.getBody();
    steps = new PhaseSteps(this::as, runtimeService, managementService, campaign);
    List<String> units = unitCodes();
    assertThat(units).hasSizeGreaterThanOrEqualTo(20);

    launch(units);
    register(units);
    phaseOne();
    phaseTwo();

    assertThat(campaigns.get(campaign.id()).statusLabel()).isEqualTo("Đã tổng kết");
    assertThat(CampaignFixtures.campaignProcess(runtimeService, campaign)).isNull();
    long instances = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(planNumber).count();
    long tasks = historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(planNumber).count();
    System.out.printf("End-to-end seed campaign: %d units, %d process instances, %d tasks, %.1f s%n", units.size(),
        instances, tasks, (System.nanoTime() - started) / 1e9);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(planNumber).count())
        .as("nothing of the campaign still running").isZero();
    assertThat(historyService.createHistoricIncidentQuery().list())
        .noneMatch(incident -> historyService.createHistoricProcessInstanceQuery()
            .processInstanceId(incident.getProcessInstanceId()).processInstanceBusinessKey(planNumber).count() > 0);
  }

  // --- the launch and the registration

  private void launch(List<String> units) {
    String plan = campaign.planNumber();
    steps.tasklist("btc.canbo").work(plan, "Task_PrepareCeremonyDocuments", LaunchFixtures.ceremonyDocuments());
    steps.tasklist("vp.canbo").work(plan, "Task_ReviewSpeech", LaunchFixtures.speechAccepted());
    steps.tasklist("vp.canbo").work(plan, "Task_IssueInvitations", LaunchFixtures.invitations());
    steps.tasklist("vp.canbo").work(plan, "Task_PrepareBudgetEstimate", LaunchFixtures.budgetEstimate(25_000_000L));
    steps.tasklist("ubnd.chutich").work(plan, "Task_AssignPresenter", LaunchFixtures.presenter());
    steps.tasklist("chauo.canbo").work(plan, "Task_SubmitResponseSpeech", LaunchFixtures.responseSpeech());
    steps.tasklist("btg.canbo").work(plan, "Task_SubmitCommunicationPlan", LaunchFixtures.communicationPlan());
    steps.tasklist("bdv.canbo").work(plan, "Task_SubmitMobilizationPlan", LaunchFixtures.mobilizationPlan());
    steps.tasklist("bithu").work(plan, "Task_ApproveByStandingOffice", LaunchFixtures.standingOfficeApproves());
    steps.tasklist("ubnd.chutich").work(plan, "Task_ApproveByPeoplesCommittee", LaunchFixtures.peoplesCommitteeApproves());
    steps.tasklist("vp.canbo").work(plan, "Task_RecordCeremony", LaunchFixtures.ceremony(units));
    steps.tasklist("vp.canbo").work(plan, "Task_SettleBudget", LaunchFixtures.settlement(14_200_000L, 3_500_000L));
    assertThat(campaigns.get(campaign.id()).status()).isEqualTo(CampaignStatus.PLEDGE_REGISTRATION);
  }

  private void register(List<String> units) {
    for (String unit : units) {
      if (unit.equals(SILENT)) {
        continue;
      }
      if (unit.equals(RETURNED)) {
        long pledge = steps.pledgeOf(officer(unit));
        steps.saveAndSendPledge(officer(unit), pledge);
        steps.tasklist("btc.canbo").work(campaign.planNumber(), "Task_ReviewPledge",
            steps.processOf("pledge-registration", "pledgeId", pledge),
            Map.of("pledgeDecision", "RETURN", "returnReason", "Bổ sung chỉ tiêu về chuyển đổi số"));
        steps.saveAndSendPledge(officer(unit), pledge);
        steps.tasklist("btc.canbo").work(campaign.planNumber(), "Task_ReviewPledge",
            steps.processOf("pledge-registration", "pledgeId", pledge), Map.of("pledgeDecision", "ACCEPT"));
      } else {
        steps.register(officer(unit));
      }
    }
    ClockUtil.setCurrentTime(at(campaign.pledgeDeadline().plusDays(1), 9, 0));
    steps.closeRegistration();
    CampaignView running = campaigns.get(campaign.id());
    assertThat(running.statusLabel()).isEqualTo("Đang thi đua – Đợt 1");
  }

  // --- phase 1: everything that can happen in a review

  private void phaseOne() {
    Phase phase = campaign.phases().get(0);
    ClockUtil.setCurrentTime(at(phase.endDate().plusDays(1), 9, 0));
    engine.fireTimer(CampaignFixtures.campaignProcess(runtimeService, campaign), "Timer_PhaseEnded");
    int year = phase.endDate().getYear();

    long chauOCollective = proposeCollective("CHAU-O", "PARTY", CampaignFixtures.COLLECTIVE_PARTY_FORM, year);
    long chauOMember = proposeMember("CHAU-O");
    long binhChanhFlag = proposeCollective("BINH-CHANH", "PARTY", "CO_THI_DUA_TINH_UY", year);
    long binhThanhTitle = proposeStateTitle(RETURNED, year);
    long binhDuongCollective = proposeCollective("BINH-DUONG", "PARTY", CampaignFixtures.COLLECTIVE_PARTY_FORM, year);
    long womenUnion = proposeCollective("HOI-LHPN", "MASS_ORG", "GIAY_KHEN_DOAN_THE", year);
    long binhHaiCollective = proposeCollective("BINH-HAI", "PARTY", CampaignFixtures.COLLECTIVE_PARTY_FORM, year);
    for (String unit : List.of("CHAU-O", "BINH-CHANH", RETURNED, "BINH-DUONG", "HOI-LHPN", "BINH-HAI")) {
      steps.submit(officer(unit), head(unit), steps.reportOf(officer(unit), 1));
    }
    for (String unit : List.of("CB-GDDT", "CB-TCKH", "DB-CONG-AN")) {
      long report = steps.reportOf(officer(unit), 1);
      steps.saveResults(officer(unit), report);
      steps.submit(officer(unit), head(unit), report);
    }
    ProcessInstance review = steps.phaseReview(1);
    ClockUtil.setCurrentTime(at(phase.endDate().plusDays(16), 9, 0));
    engine.fireTimer(review, "Timer_ResultsDeadlinePassed");
    steps.tasklist("btc.truong").work(campaign.planNumber(), "Task_CloseResultsSubmission", Map.of("confirmClose", true));
    assertThat(reportStatus(NOT_REPORTING, 1)).isEqualTo("MISSING");

    // appraisal: Bình Thạnh's State title needs a supplement, Bình Hải's collective is not agreed
    for (long appraisal : steps.appraisalIds(1)) {
      Map<String, Object> dossier = steps.get("btc.truong", "/api/appraisals/" + appraisal);
      if ("STATE".equals(dossier.get("track"))) {
        supplementThenAgree(appraisal, binhThanhTitle);
      } else {
        steps.appraise(appraisal, Map.of(binhHaiCollective, "Chưa có xác nhận hoàn thành xuất sắc nhiệm vụ năm " + year));
      }
    }
    assertThat(proposalStatus(binhHaiCollective)).isEqualTo("NOT_AGREED");
    assertThat(proposalStatus(womenUnion)).isEqualTo("DECIDED_BY_ORGANISATION");

    // posting: an objection on Bình Dương is answered, the proposal stays on the list
    steps.submitToStandingCommittee();
    long posting = ((Number) runtimeService.getVariable(review.getId(), "postingId")).longValue();
    expect(as("binhlong.canbo").postForEntity("/api/public/postings/" + posting + "/objections",
        Map.of("proposalId", binhDuongCollective, "content", "Đề nghị làm rõ thành tích xây dựng nông thôn mới"),
        String.class), HttpStatus.CREATED);
    ClockUtil.setCurrentTime(at(phase.endDate().plusDays(30), 9, 0));
    engine.fireTimer(review, "Timer_PostingEnds");
    steps.tasklist("btc.canbo").work(campaign.planNumber(), "Task_HandleObjection", Map.of("objectionDecision", "KEEP",
        "objectionAnswer", "Đơn vị đạt chuẩn nông thôn mới nâng cao năm " + year + ", có xác nhận của UBND huyện"));

    // the vote: eight members vote, the deadline passes without quorum, the vote re-opens, the rest vote;
    // Châu Ổ's member is voted down, Thường trực sends Bình Dương back
    List<String> early = STANDING_COMMITTEE.subList(0, 8);
    List<String> late = STANDING_COMMITTEE.subList(8, 13);
    Map<Long, String> againstMember = Map.of(chauOMember, "DISAGREE");
    early.forEach(member -> steps.vote(member, againstMember));
    ProcessInstance vote = runtimeService.createProcessInstanceQuery().processDefinitionKey("standing-committee-vote")
        .processInstanceBusinessKey(campaign.planNumber()).singleResult();
    ClockUtil.setCurrentTime(at(phase.endDate().plusDays(45), 9, 0));
    engine.fireTimer(vote, "Timer_VoteDeadline");
    BpmnAwareTests.assertThat(vote).hasPassed("ServiceTask_ReopenVote");
    late.forEach(member -> steps.vote(member, Map.of(chauOMember, "DISAGREE", binhDuongCollective, "ABSTAIN")));
    long voteId = ((Number) runtimeService.getVariable(vote.getId(), "voteId")).longValue();
    expect(as("bithu").exchange("/api/votes/" + voteId + "/send-backs", HttpMethod.PUT, new HttpEntity<>(Map.of(
        "items", List.of(Map.of("proposalId", binhDuongCollective, "sendBack", true,
            "reason", "Làm rõ nội dung phản ánh về nông thôn mới trước khi xét")))), String.class), HttpStatus.OK);
    steps.concludeVote();
    assertThat(proposalStatus(chauOMember)).isEqualTo("NOT_APPROVED");

    // the second round: Bình Dương appraised, posted and voted again
    BpmnAwareTests.assertThat(review).hasPassed("ServiceTask_StartNewRound");
    assertThat(runtimeService.getVariable(review.getId(), "reviewRound")).isEqualTo(2);
    assertThat(steps.appraisalIds(1)).hasSize(1);
    steps.appraisalIds(1).forEach(appraisal -> steps.appraise(appraisal, Map.of()));
    steps.submitToStandingCommittee();
    ClockUtil.setCurrentTime(at(phase.endDate().plusDays(60), 9, 0));
    engine.fireTimer(review, "Timer_PostingEnds");
    STANDING_COMMITTEE.forEach(member -> steps.vote(member, Map.of()));
    steps.concludeVote();
    assertThat(proposalStatus(binhDuongCollective)).isEqualTo("APPROVED");

    // decisions: the committee's, the chair's, the Women's Union's own, and the province's answer
    LocalDate issued = phase.endDate().plusDays(62);
    ClockUtil.setCurrentTime(at(issued, 9, 0));
    long partyDecision = steps.signAndIssue("bithu", "vp.canbo", "PARTY_COMMITTEE", issued);
    long stateDecision = steps.signAndIssue("ubnd.chutich", "vpubnd.canbo", "PEOPLES_COMMITTEE_CHAIR", issued);
    steps.tasklist("phunu.canbo").work(campaign.planNumber(), "Task_RecordOrganisationDecision", Map.of(
        "answerDecisionNumber", "08-QĐ/HPN", "answerDecisionDate", issued.toString(),
        "answerDecider", "Ban Thường vụ Hội Liên hiệp Phụ nữ huyện", "awardedProposalIds", List.of(String.valueOf(womenUnion))));
    steps.runDueJobs();
    steps.tasklist("btc.truong").work(campaign.planNumber(), "Task_PrepareForwarding", Map.of(
        "submissionNumber", "45-TTr/HU", "submissionDate", issued.toString(), "confirmForwarding", true));
    assertThat(proposalStatus(binhChanhFlag)).isEqualTo("FORWARDED");
    steps.tasklist("btc.canbo").work(campaign.planNumber(), "Task_RecordSuperiorAnswer", Map.of(
        "answerDecisionNumber", "1520-QĐ/TU", "answerDecisionDate", issued.toString(),
        "answerDecider", "Ban Thường vụ Tỉnh ủy Quảng Ngãi", "awardedProposalIds", List.of(String.valueOf(binhChanhFlag))));
    steps.runDueJobs();

    for (long proposal : List.of(chauOCollective, binhDuongCollective, binhThanhTitle, womenUnion, binhChanhFlag)) {
      assertThat(proposalStatus(proposal)).as("proposal %d", proposal).isEqualTo("DECIDED");
    }
    Map<String, Object> party = steps.get("chauo.canbo", "/api/decisions/" + partyDecision);
    assertThat((List<?>) party.get("items")).hasSize(2);
    assertThat(steps.list("btc.truong", "/api/rewards?unitCode=BINH-DUONG&year=" + issued.getYear()))
        .anySatisfy(award -> assertThat(award).containsEntry("decisionNumber", party.get("decisionNumber")));
    assertThat(steps.get("pnv.canbo", "/api/decisions/" + stateDecision)).containsEntry("status", "ISSUED");

    ClockUtil.setCurrentTime(at(issued.plusDays(5), 14, 0));
    steps.summarise();
    assertThat(steps.get("vp.canbo", "/api/campaigns/" + campaign.id() + "/phases/1/summary")).isNotEmpty();
    assertThat(campaigns.get(campaign.id()).statusLabel()).isEqualTo("Đang thi đua – Đợt 2");
  }

  // --- phase 2: the plain way, ending in the final summary

  private void phaseTwo() {
    Phase phase = campaign.phases().get(1);
    ClockUtil.setCurrentTime(at(phase.endDate().plusDays(1), 9, 0));
    engine.fireTimer(CampaignFixtures.campaignProcess(runtimeService, campaign), "Timer_PhaseEnded");
    int year = phase.endDate().getYear();
    long education = proposeCollective("CB-GDDT", "PARTY", CampaignFixtures.COLLECTIVE_PARTY_FORM, year);
    long police = proposeCollective("DB-CONG-AN", "PARTY", CampaignFixtures.COLLECTIVE_PARTY_FORM, year);
    for (String unit : List.of("CB-GDDT", "DB-CONG-AN")) {
      steps.submit(officer(unit), head(unit), steps.reportOf(officer(unit), 2));
    }
    expect(steps.post("btc.truong", "/api/campaigns/" + campaign.id() + "/phases/2/results-submission/close"),
        HttpStatus.NO_CONTENT);
    steps.appraisalIds(2).forEach(appraisal -> steps.appraise(appraisal, Map.of()));
    steps.submitToStandingCommittee();
    ClockUtil.setCurrentTime(at(phase.endDate().plusDays(20), 9, 0));
    engine.fireTimer(steps.phaseReview(2), "Timer_PostingEnds");
    STANDING_COMMITTEE.forEach(member -> steps.vote(member, Map.of()));
    steps.concludeVote();
    LocalDate issued = phase.endDate().plusDays(22);
    ClockUtil.setCurrentTime(at(issued, 9, 0));
    long decision = steps.signAndIssue("pbt.thuongtruc", "vp.canbo", "PARTY_COMMITTEE", issued);
    assertThat(proposalStatus(education)).isEqualTo("DECIDED");
    assertThat(proposalStatus(police)).isEqualTo("DECIDED");
    assertThat((String) steps.get("btc.truong", "/api/decisions/" + decision).get("decisionNumber")).endsWith("-QĐ/HU");
    ClockUtil.setCurrentTime(at(issued.plusDays(3), 14, 0));
    steps.summarise();
  }

  // --- what units enter

  private long proposeCollective(String unit, String track, String form, int year) {
    long report = prepareReport(unit, campaignPhaseOf(year));
    long unitId = steps.unitIdOf(officer(unit), report);
    if (!"MASS_ORG".equals(track)) {
      steps.recordRating(Map.of("year", year, "nomineeKind", "COLLECTIVE", "unitCode", unit, "rating", "HTXSNV"));
    }
    Map<String, Object> body = CampaignFixtures.proposal("COLLECTIVE", track, form);
    body.put("nomineeUnitId", unitId);
    return steps.propose(officer(unit), report, body);
  }

  private long proposeMember(String unit) {
    long report = steps.reportOf(officer(unit), 1);
    return steps.propose(officer(unit), report, CampaignFixtures.memberProposal(steps.memberOf(officer(unit), report)));
  }

  private long proposeStateTitle(String unit, int year) {
    long report = prepareReport(unit, 1);
    Map<String, Object> title = CampaignFixtures.proposal("COLLECTIVE", "STATE", "TAP_THE_LAO_DONG_TIEN_TIEN");
    title.putAll(Map.of("nomineeUnitId", steps.unitIdOf(officer(unit), report), "memberCount", 20,
        "membersCompletingTasks", 20, "membersAdvancedWorkers", 15, "membersEmulationFighters", 2));
    return steps.propose(officer(unit), report, title);
  }

  /** The unit's report of the phase with its results entered (once). */
  private long prepareReport(String unit, int phase) {
    long report = steps.reportOf(officer(unit), phase);
    if (((List<?>) steps.report(officer(unit), report).get("proposals")).isEmpty()) {
      steps.saveResults(officer(unit), report);
    }
    return report;
  }

  private int campaignPhaseOf(int year) {
    return campaign.phases().get(0).endDate().getYear() == year ? 1 : 2;
  }

  @SuppressWarnings("unchecked")
  private void supplementThenAgree(long appraisal, long proposal) {
    Map<String, Object> dossier = steps.get("btc.truong", "/api/appraisals/" + appraisal);
    List<Map<String, Object>> items = (List<Map<String, Object>>) dossier.get("items");
    String process = steps.processOf("appraisal", "appraisalId", appraisal);
    List<Map<String, Object>> clear = new ArrayList<>();
    items.forEach(item -> clear.add(Map.of("itemId", item.get("itemId"), "disciplinePending", false,
        "investigationPending", false, "complaintPending", false)));
    expect(as("ubkt.canbo").exchange("/api/appraisals/" + appraisal + "/inspection", HttpMethod.PUT,
        new HttpEntity<>(Map.of("items", clear)), String.class), HttpStatus.OK);
    steps.tasklist("ubkt.canbo").work(campaign.planNumber(), "Task_VerifyNominees", process, Map.of());
    Map<String, Object> supplement = new HashMap<>(Map.of("itemId", items.get(0).get("itemId"),
        "conclusion", "SUPPLEMENT", "note", "Bổ sung biên bản họp xét có chữ ký của chủ trì"));
    expect(as("pnv.canbo").exchange("/api/appraisals/" + appraisal + "/conclusions", HttpMethod.PUT,
        new HttpEntity<>(Map.of("items", List.of(supplement))), String.class), HttpStatus.OK);
    steps.tasklist("pnv.canbo").work(campaign.planNumber(), "Task_AppraiseDossier", process, Map.of());
    expect(as(officer(RETURNED)).postForEntity("/api/proposals/" + proposal + "/documents",
        upload("BIEN_BAN_HOP_XET", "bien-ban-co-chu-ky.pdf", pdf("biên bản có chữ ký")), String.class),
        HttpStatus.CREATED);
    steps.tasklist(officer(RETURNED)).work(campaign.planNumber(), "Task_SupplementDossier", process,
        Map.of("supplementDone", true));
    steps.appraise(appraisal, Map.of());
  }

  // --- who is who

  private List<String> unitCodes() {
    return campaigns.summary(campaign.id()).unitIds().stream()
        .map(id -> organization.findUnit(id).orElseThrow().code()).toList();
  }

  private String officer(String unit) {
    return officers.computeIfAbsent(unit, code -> member(code, Role.CAN_BO));
  }

  private String head(String unit) {
    return heads.computeIfAbsent(unit, code -> member(code, Role.TRUONG_DON_VI));
  }

  private String member(String unit, Role role) {
    return organization.membersOfUnit(unit).stream().filter(member -> member.roles().contains(role))
        .map(MemberSummary::username).filter(username -> username != null).findFirst()
        .orElseThrow(() -> new IllegalStateException(unit + " has no " + role + " with an account"));
  }

  private String proposalStatus(long proposal) {
    return (String) steps.get("btc.truong", "/api/proposals/" + proposal).get("status");
  }

  private String reportStatus(String unit, int phase) {
    return (String) steps.get("btc.truong", "/api/reports/" + steps.reportOf(officer(unit), phase)).get("status");
  }
}
