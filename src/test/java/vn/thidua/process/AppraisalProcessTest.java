package vn.thidua.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.thidua.support.CampaignFixtures.pdf;
import static vn.thidua.support.CampaignFixtures.pledge;
import static vn.thidua.support.CampaignFixtures.results;
import static vn.thidua.support.CampaignFixtures.upload;
import static vn.thidua.support.EngineSteps.at;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.thidua.campaign.CampaignView;
import vn.thidua.catalogue.NomineeKind;
import vn.thidua.form.FormValidationException;
import vn.thidua.registry.AwardSource;
import vn.thidua.registry.NewAward;
import vn.thidua.registry.RewardRegistry;
import vn.thidua.support.CampaignFixtures;
import vn.thidua.support.ProcessTest;
import vn.thidua.support.TestMailServer;

/**
 * Every path of {@code appraisal}: Ủy ban Kiểm tra verifies, the rules run on the records, the
 * appraising body of each track concludes, a supplement comes back or runs out, the council
 * reviews State titles, deadlines remind and escalate, and the unit is told what was not agreed.
 * Châu Ổ proposes itself and a member (Party) and itself for a State title; Bình Chánh proposes for
 * its mass organisation's own award, which is recorded and not appraised.
 */
class AppraisalProcessTest extends ProcessTest {

  private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
  };
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
  };

  @Autowired
  private RewardRegistry registry;
  @Autowired
  private HistoryService historyService;

  private CampaignView campaign;
  private long chauOUnit;
  private long member;

  @BeforeEach
  void dossiersAreSubmitted() {
    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 6, 14), 9, 0));
    campaign = CampaignFixtures.registering(campaigns, runtimeService);
    register("chauo.canbo");
    register("binhchanh.canbo");
    assertStatus(post("btc.truong", "/pledge-registration/close"), HttpStatus.NO_CONTENT);
    assertStatus(post("btc.truong", "/phases/1/start-review"), HttpStatus.ACCEPTED);

    long chauOReport = reportOf("chauo.canbo");
    Map<String, Object> report = get("chauo.canbo", "/api/reports/" + chauOReport);
    chauOUnit = ((Number) ((Map<?, ?>) report.get("unit")).get("id")).longValue();
    member = ((Number) ((List<Map<String, Object>>) ((Map<?, ?>) report.get("nominees")).get("members")).get(0)
        .get("id")).longValue();
    recordRating(Map.of("year", 2027, "nomineeKind", "COLLECTIVE", "unitCode", "CHAU-O", "rating", "HTXSNV"));
    for (int year = 2023; year <= 2027; year++) {
      recordRating(Map.of("year", year, "nomineeKind", "INDIVIDUAL", "memberId", member, "rating", "HTXSNV"));
    }
    saveResults("chauo.canbo", chauOReport);
    propose("chauo.canbo", chauOReport, CampaignFixtures.collectiveProposal(chauOUnit));
    propose("chauo.canbo", chauOReport, CampaignFixtures.memberProposal(member));
    Map<String, Object> stateTitle = CampaignFixtures.proposal("COLLECTIVE", "STATE", "TAP_THE_LAO_DONG_TIEN_TIEN");
    stateTitle.putAll(Map.of("nomineeUnitId", chauOUnit, "memberCount", 20, "membersCompletingTasks", 20,
        "membersAdvancedWorkers", 15, "membersEmulationFighters", 2));
    propose("chauo.canbo", chauOReport, stateTitle);
    submit("don-vi-chau-o", "chauo.truong");

    long binhChanhReport = reportOf("binhchanh.canbo");
    long binhChanhUnit = ((Number) ((Map<?, ?>) get("binhchanh.canbo", "/api/reports/" + binhChanhReport).get("unit"))
        .get("id")).longValue();
    saveResults("binhchanh.canbo", binhChanhReport);
    Map<String, Object> massOrg = CampaignFixtures.proposal("COLLECTIVE", "MASS_ORG", "GIAY_KHEN_DOAN_THE");
    massOrg.put("nomineeUnitId", binhChanhUnit);
    propose("binhchanh.canbo", binhChanhReport, massOrg);
    submit("don-vi-binh-chanh", "binhchanh.truong");
    TestMailServer.clear();
  }

  @Test
  void eachTrackOfTheSubmittedDossiersIsAppraised_massOrganisationProposalsAreOnlyRecorded() {
    Assertions.assertThat(appraisals()).extracting(a -> a.get("track") + " " + a.get("unitName"))
        .containsExactlyInAnyOrder("PARTY Đảng bộ thị trấn Châu Ổ", "STATE Đảng bộ thị trấn Châu Ổ");
    assertThat(appraisalProcess("PARTY")).isWaitingAtExactly("Task_VerifyNominees");
    assertThat(engine.task(appraisalProcess("PARTY"), "Task_VerifyNominees")).hasCandidateGroup("uy-ban-kiem-tra");
    Map<String, Object> binhChanh = get("binhchanh.canbo", "/api/reports/" + reportOf("binhchanh.canbo"));
    Assertions.assertThat((List<Map<String, Object>>) binhChanh.get("proposals"))
        .extracting(proposal -> proposal.get("status")).containsExactly("DECIDED_BY_ORGANISATION");
    Assertions.assertThat(campaigns.get(campaign.id()).statusLabel()).isEqualTo("Đang thẩm định hồ sơ khen thưởng – Đợt 1");
  }

  @Test
  void partyDossier_inspectionAndRulesOnTheRecords_oneAgreedOneNot_theUnitIsNoticed() {
    ProcessInstance party = appraisalProcess("PARTY");
    long id = appraisalId(party);
    Assertions.assertThatThrownBy(() -> taskService.complete(engine.task(party, "Task_VerifyNominees").getId()))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("chưa có kết quả xác minh");
    inspect(id, Map.of(1, "complaint"));
    engine.complete(party, "Task_VerifyNominees", Map.of());

    Map<String, Object> appraised = get("btc.canbo", "/api/appraisals/" + id);
    List<Map<String, Object>> items = (List<Map<String, Object>>) appraised.get("items");
    Assertions.assertThat(items.get(0)).containsEntry("eligible", true).containsEntry("recordedRating", "HTXSNV");
    Assertions.assertThat(items.get(1)).containsEntry("eligible", false).containsEntry("recordedConsecutiveYears", 5);
    Assertions.assertThat((String) items.get(1).get("eligibilityReason")).isNotBlank();
    assertThat(party).isWaitingAt("Task_AppraiseDossier").task().hasCandidateGroup("ban-to-chuc");

    conclude("btc.canbo", id, List.of(row(items.get(0), "AGREE", null, null),
        row(items.get(1), "DISAGREE", null, "Đang có đơn thư tố cáo chưa được xác minh xong")));
    engine.complete(party, "Task_AppraiseDossier", Map.of());

    assertThat(party).isEnded().hasPassed("ServiceTask_FinishAppraisal").hasNotPassed("Task_CouncilReview",
        "Task_SupplementDossier");
    Assertions.assertThat(proposalStatuses()).containsEntry(CampaignFixtures.COLLECTIVE_PARTY_FORM, "AGREED")
        .containsEntry(CampaignFixtures.MEMBER_PARTY_FORM, "NOT_AGREED");
    List<Map<String, Object>> notices = as("chauo.canbo").exchange("/api/appraisal-notices?unitCode=CHAU-O",
        HttpMethod.GET, null, LIST).getBody();
    Assertions.assertThat(notices).extracting(notice -> notice.get("reason"))
        .contains("Đang có đơn thư tố cáo chưa được xác minh xong");
    TestMailServer.awaitText("chauo.canbo@thidua.local", "Đang có đơn thư tố cáo chưa được xác minh xong");
    Assertions.assertThat(as("binhchanh.canbo").getForEntity("/api/appraisal-notices?unitCode=CHAU-O", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void idsForgedOntoThePartyDossiersProcess_itsStepsStillActOnItsOwnAppraisal_theStateDossierIsUntouched() {
    ProcessInstance party = appraisalProcess("PARTY");
    ProcessInstance state = appraisalProcess("STATE");
    long partyId = appraisalId(party);
    long stateId = appraisalId(state);
    // the forgeries: the Party dossier's process now names the State appraisal, and a unit as its appraiser
    runtimeService.setVariable(party.getId(), "appraisalId", stateId);
    runtimeService.setVariable(party.getId(), "appraisingGroup", "don-vi-chau-o");
    inspect(partyId, Map.of());

    engine.complete(party, "Task_VerifyNominees", Map.of());

    Assertions.assertThat(items(partyId)).extracting(item -> item.get("eligible")).doesNotContainNull();
    Assertions.assertThat(items(stateId)).extracting(item -> item.get("eligible")).containsOnlyNulls();
    assertThat(party).isWaitingAt("Task_AppraiseDossier").task().hasCandidateGroup("ban-to-chuc");
    assertThat(state).isWaitingAtExactly("Task_VerifyNominees");
  }

  @Test
  void theRulesReadTheRegistry_aFormAlreadyAwardedInThisPhaseIsRefused_theAppraiserSeesEarlierAwards() {
    registry.record(new NewAward(NomineeKind.COLLECTIVE, chauOUnit, CampaignFixtures.COLLECTIVE_PARTY_FORM, 2027,
        "15-QĐ/HU", LocalDate.of(2027, 6, 10), "Ban Thường vụ Huyện ủy", 4_680_000L, AwardSource.DECIDED, campaign.id(),
        1));
    NewAward earlier = new NewAward(NomineeKind.INDIVIDUAL, member, CampaignFixtures.MEMBER_PARTY_FORM, 2022, "42-QĐ/HU",
        LocalDate.of(2022, 8, 20), "Ban Thường vụ Huyện ủy", null, AwardSource.IMPORTED, null, null);
    // the shared database may already hold it from another run of this test
    registry.find(earlier).orElseGet(() -> registry.record(earlier));
    ProcessInstance party = appraisalProcess("PARTY");
    long id = appraisalId(party);
    inspect(id, Map.of());

    engine.complete(party, "Task_VerifyNominees", Map.of());

    List<Map<String, Object>> items = items(id);
    Assertions.assertThat(items.get(0)).containsEntry("eligible", false).containsEntry("eligibilityReason",
        "Đã được khen thưởng hình thức này trong đợt thi đua này (sổ khen thưởng).");
    Assertions.assertThat((List<Map<String, Object>>) items.get(0).get("earlierAwards"))
        .contains(Map.of("formName", "Giấy khen của Ban Thường vụ cấp ủy tặng tổ chức đảng", "year", 2027,
            "decisionNumber", "15-QĐ/HU", "revoked", false));
    Assertions.assertThat(items.get(1)).containsEntry("eligible", true);
    Assertions.assertThat((List<Map<String, Object>>) items.get(1).get("earlierAwards"))
        .contains(Map.of("formName", "Giấy khen của Ban Thường vụ cấp ủy tặng đảng viên hoàn thành xuất sắc nhiệm vụ 5 "
            + "năm liền", "year", 2022, "decisionNumber", "42-QĐ/HU", "revoked", false));
    Map<String, List<Object>> inputs = new HashMap<>();
    historyService.createHistoricDecisionInstanceQuery().decisionDefinitionKey("reward-eligibility")
        .processInstanceId(party.getId()).includeInputs().list().stream()
        .flatMap(decision -> decision.getInputs().stream())
        .forEach(input -> inputs.computeIfAbsent(input.getClauseId(), clause -> new ArrayList<>())
            .add(input.getValue()));
    Assertions.assertThat(inputs.get("Input_AwardedSameFormThisPhase")).containsExactlyInAnyOrder(true, false);
    Assertions.assertThat(inputs.get("Input_EarlierAwardsOfForm"))
        .allSatisfy(count -> Assertions.assertThat((Integer) count).isPositive());
  }

  @Test
  void stateDossierAgreedByPhongNoiVuGoesToTheCouncil_whichMustRecordItsMeeting() {
    ProcessInstance state = appraisalProcess("STATE");
    long id = appraisalId(state);
    inspect(id, Map.of());
    engine.complete(state, "Task_VerifyNominees", Map.of());
    assertThat(engine.task(state, "Task_AppraiseDossier")).hasCandidateGroup("phong-noi-vu");
    List<Map<String, Object>> items = items(id);
    assertStatus(putConclusions("btc.canbo", id, List.of(row(items.get(0), "AGREE", null, null))), HttpStatus.FORBIDDEN);
    conclude("pnv.canbo", id, List.of(row(items.get(0), "AGREE", null, null)));
    engine.complete(state, "Task_AppraiseDossier", Map.of());

    assertThat(state).isWaitingAtExactly("Task_CouncilReview").task().hasCandidateGroup("hoi-dong-tdkt");
    assertThatThrownBy(() -> taskService.complete(engine.task(state, "Task_CouncilReview").getId()))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("Hội đồng");
    Map<String, Object> council = Map.of("meetingDate", "2027-06-20", "membersPresent", "9/11 thành viên",
        "items", List.of(Map.of("itemId", items.get(0).get("itemId"), "result", "AGREE")));
    assertStatus(as("hdtdkt.canbo").exchange("/api/appraisals/" + id + "/council", HttpMethod.PUT,
        new HttpEntity<>(council), String.class), HttpStatus.OK);
    engine.complete(state, "Task_CouncilReview", Map.of());

    assertThat(state).isEnded().hasPassed("Task_CouncilReview", "ServiceTask_FinishAppraisal");
    Assertions.assertThat(proposalStatuses()).containsEntry("TAP_THE_LAO_DONG_TIEN_TIEN", "AGREED");
  }

  @Test
  void aSupplementComesBackToTheAppraiser_theOtherProposalKeepsItsConclusion() {
    ProcessInstance party = appraisalProcess("PARTY");
    long id = appraisalId(party);
    inspect(id, Map.of());
    engine.complete(party, "Task_VerifyNominees", Map.of());
    List<Map<String, Object>> items = items(id);
    conclude("btc.canbo", id, List.of(row(items.get(0), "SUPPLEMENT", null, "Bổ sung biên bản họp xét có chữ ký"),
        row(items.get(1), "AGREE", null, null)));
    engine.complete(party, "Task_AppraiseDossier", Map.of());

    assertThat(party).isWaitingAtExactly("Task_SupplementDossier").task().hasCandidateGroup("don-vi-chau-o");
    long proposal = ((Number) ((Map<?, ?>) items.get(0).get("proposal")).get("id")).longValue();
    assertStatus(as("chauo.canbo").postForEntity("/api/proposals/" + proposal + "/documents",
        upload("BIEN_BAN_HOP_XET", "bien-ban-ky.pdf", pdf("có chữ ký")), String.class), HttpStatus.CREATED);
    assertThatThrownBy(() -> taskService.complete(engine.task(party, "Task_SupplementDossier").getId()))
        .isInstanceOf(FormValidationException.class);
    engine.complete(party, "Task_SupplementDossier", Map.of("supplementDone", true));

    assertThat(party).hasPassed("Gateway_AppraisalRound").isWaitingAt("Task_AppraiseDossier");
    List<Map<String, Object>> again = items(id);
    Assertions.assertThat(again.get(0).get("conclusion")).isNull();
    Assertions.assertThat(again.get(1).get("conclusion")).isEqualTo("AGREE");
    conclude("btc.canbo", id, List.of(row(again.get(0), "AGREE", null, null)));
    engine.complete(party, "Task_AppraiseDossier", Map.of());
    assertThat(party).isEnded();
    Assertions.assertThat(proposalStatuses()).containsEntry(CampaignFixtures.COLLECTIVE_PARTY_FORM, "AGREED")
        .containsEntry(CampaignFixtures.MEMBER_PARTY_FORM, "AGREED");
  }

  @Test
  void aSupplementNotMadeInTimeEndsNotAgreed() {
    ProcessInstance party = appraisalProcess("PARTY");
    long id = appraisalId(party);
    inspect(id, Map.of());
    engine.complete(party, "Task_VerifyNominees", Map.of());
    List<Map<String, Object>> items = items(id);
    conclude("btc.canbo", id, List.of(row(items.get(0), "AGREE", null, null),
        row(items.get(1), "SUPPLEMENT", null, "Bổ sung bản nhận xét của chi bộ nơi cư trú")));
    engine.complete(party, "Task_AppraiseDossier", Map.of());
    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 7, 1)));

    engine.fireTimer(party, "Timer_SupplementOverdue");

    assertThat(party).isEnded().hasPassed("ServiceTask_RecordNotSupplemented", "ServiceTask_FinishAppraisal");
    Assertions.assertThat(proposalStatuses()).containsEntry(CampaignFixtures.MEMBER_PARTY_FORM, "NOT_AGREED");
    Assertions.assertThat(items(id).get(1).get("outcomeReason")).isEqualTo("Không đồng ý – không bổ sung hồ sơ");
  }

  @Test
  void theAppraiserIsRemindedBeforeTheDeadline_andThuongTrucIsToldAfterIt() {
    ProcessInstance party = appraisalProcess("PARTY");
    inspect(appraisalId(party), Map.of());
    engine.complete(party, "Task_VerifyNominees", Map.of());
    Map<String, Object> appraisal = get("btc.canbo", "/api/appraisals/" + appraisalId(party));
    // 10 working days from Monday 14/06/2027: Monday 28/06/2027
    Assertions.assertThat(appraisal.get("dueDate")).isEqualTo("2027-06-28");

    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 6, 24), 9, 0));
    engine.fireTimer(party, "Timer_AppraisalReminder");
    TestMailServer.awaitRecipients("Nhắc hạn", "btc.canbo@thidua.local");
    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 6, 29), 9, 0));
    engine.fireTimer(party, "Timer_AppraisalOverdue");
    TestMailServer.awaitRecipients("Quá hạn", "bithu@thidua.local");

    assertThat(party).hasPassed("ServiceTask_RemindAppraiser", "ServiceTask_EscalateAppraisal")
        .isWaitingAt("Task_AppraiseDossier");
  }

  @Test
  void eachBodySavesOnlyItsOwnStep_badConclusionsAreRefusedAndChangeNothing() {
    ProcessInstance party = appraisalProcess("PARTY");
    long id = appraisalId(party);
    List<Map<String, Object>> items = items(id);
    Assertions.assertThat(as("chauo.canbo").getForEntity("/api/appraisals/" + id, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertStatus(putConclusions("btc.canbo", id, List.of(row(items.get(0), "AGREE", null, null))), HttpStatus.CONFLICT);
    assertStatus(as("btc.canbo").exchange("/api/appraisals/" + id + "/inspection", HttpMethod.PUT,
        new HttpEntity<>(Map.of("items", List.of())), String.class), HttpStatus.BAD_REQUEST);
    inspect(id, Map.of());
    engine.complete(party, "Task_VerifyNominees", Map.of());

    ResponseEntity<String> noReason = putConclusions("btc.canbo", id, List.of(row(items.get(1), "DISAGREE", null, " ")));
    assertStatus(noReason, HttpStatus.BAD_REQUEST);
    Assertions.assertThat(noReason.getBody()).contains("items[0].note").contains("lý do");
    ResponseEntity<String> sameForm = putConclusions("btc.canbo", id, List.of(row(items.get(0), "ADJUST_FORM",
        CampaignFixtures.COLLECTIVE_PARTY_FORM, null)));
    assertStatus(sameForm, HttpStatus.BAD_REQUEST);
    Assertions.assertThat(sameForm.getBody()).contains("items[0].adjustedFormCode");
    Assertions.assertThat(items(id)).allSatisfy(item -> Assertions.assertThat(item.get("conclusion")).isNull());
    assertThatThrownBy(() -> taskService.complete(engine.task(party, "Task_AppraiseDossier").getId()))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("chưa có kết luận");
  }

  @Test
  void afterEveryDossierIsAppraisedTheListIsSubmittedAndPosted_anObjectionWithdrawsOneProposal() {
    ProcessInstance party = appraisalProcess("PARTY");
    inspect(appraisalId(party), Map.of());
    engine.complete(party, "Task_VerifyNominees", Map.of());
    conclude("btc.canbo", appraisalId(party), items(appraisalId(party)).stream()
        .map(item -> row(item, "AGREE", null, null)).toList());
    engine.complete(party, "Task_AppraiseDossier", Map.of());
    ProcessInstance state = appraisalProcess("STATE");
    inspect(appraisalId(state), Map.of());
    engine.complete(state, "Task_VerifyNominees", Map.of());
    conclude("pnv.canbo", appraisalId(state), List.of(row(items(appraisalId(state)).get(0), "DISAGREE", null,
        "Chưa đủ tỷ lệ lao động tiên tiến theo quy định")));
    engine.complete(state, "Task_AppraiseDossier", Map.of());

    ProcessInstance review = runtimeService.createProcessInstanceQuery().processDefinitionKey("phase-review")
        .processInstanceBusinessKey(campaign.planNumber()).singleResult();
    assertThat(review).isWaitingAt("Task_PrepareSubmission").task().hasCandidateGroup("ban-to-chuc");
    String summary = (String) taskService.getVariableLocal(engine.task(review, "Task_PrepareSubmission").getId(),
        "submissionSummary");
    Assertions.assertThat(summary).contains("Khen thưởng của Đảng").contains("Tổng cộng: 2 đề nghị");
    ResponseEntity<byte[]> pdf = as("btc.canbo").getForEntity("/api/campaigns/" + campaign.id()
        + "/phases/1/submission.pdf", byte[].class);
    assertStatus(pdf, HttpStatus.OK);
    Assertions.assertThat(new String(pdf.getBody(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertStatus(as("chauo.canbo").getForEntity("/api/campaigns/" + campaign.id() + "/phases/1/submission.pdf",
        String.class), HttpStatus.FORBIDDEN);
    assertThatThrownBy(() -> taskService.complete(engine.task(review, "Task_PrepareSubmission").getId()))
        .isInstanceOf(FormValidationException.class);
    engine.complete(review, "Task_PrepareSubmission", Map.of("confirmSubmission", true));

    assertThat(review).isWaitingAt("Timer_PostingEnds");
    Assertions.assertThat(campaigns.get(campaign.id()).statusLabel())
        .isEqualTo("Đang công khai danh sách đề nghị khen thưởng – Đợt 1");
    List<Map<String, Object>> postings = as("chauo.canbo").exchange("/api/public/postings", HttpMethod.GET, null, LIST)
        .getBody();
    Map<String, Object> posting = postings.stream().filter(p -> String.valueOf(p.get("title")).contains(campaign.title()))
        .filter(p -> p.get("id").equals(((Number) runtimeService.getVariable(review.getId(), "postingId")).intValue()))
        .findFirst().orElseThrow();
    List<Map<String, Object>> entries = (List<Map<String, Object>>) posting.get("entries");
    Assertions.assertThat(entries).hasSize(2);
    Object listed = entries.get(1).get("proposalId");
    assertStatus(as("binhchanh.canbo").postForEntity("/api/public/postings/" + posting.get("id") + "/objections",
        Map.of("proposalId", listed, "content", "Đồng chí này đang có đơn khiếu nại ở xã"), String.class),
        HttpStatus.CREATED);

    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 6, 30)));
    engine.fireTimer(review, "Timer_PostingEnds");
    assertThat(review).hasPassed("ServiceTask_ClosePosting").isWaitingAt("Event_ObjectionsHandled");
    ProcessInstance objection = runtimeService.createProcessInstanceQuery().processDefinitionKey("objection-handling")
        .processInstanceBusinessKey(campaign.planNumber()).singleResult();
    engine.complete(objection, "Task_HandleObjection", Map.of("objectionDecision", "WITHDRAW",
        "withdrawReason", "Ủy ban Kiểm tra xác nhận đơn khiếu nại đang được giải quyết"));

    assertThat(review).hasPassed("Event_ObjectionsHandled", "ServiceTask_FinishPosting")
        .isWaitingAt("CallActivity_StandingCommitteeVote");
    Assertions.assertThat(proposalStatuses()).containsEntry(CampaignFixtures.COLLECTIVE_PARTY_FORM, "AGREED")
        .containsEntry(CampaignFixtures.MEMBER_PARTY_FORM, "WITHDRAWN")
        .containsEntry("TAP_THE_LAO_DONG_TIEN_TIEN", "NOT_AGREED");
  }

  // --- steps

  private void register(String officer) {
    long pledge = ((Number) as(officer).exchange("/api/pledges?campaignId=" + campaign.id(), HttpMethod.GET, null, LIST)
        .getBody().get(0).get("id")).longValue();
    assertStatus(as(officer).exchange("/api/pledges/" + pledge, HttpMethod.PUT,
        new HttpEntity<>(pledge(0, "Kết nạp đảng viên mới", "Chi bộ đạt trong sạch vững mạnh")), String.class), HttpStatus.OK);
    ProcessInstance registration = runtimeService.createProcessInstanceQuery().variableValueEquals("pledgeId", pledge)
        .singleResult();
    engine.complete(registration, "Task_RegisterPledge", Map.of());
    engine.complete(registration, "Task_ReviewPledge", Map.of("pledgeDecision", "ACCEPT"));
  }

  private void recordRating(Map<String, Object> rating) {
    HttpStatus status = HttpStatus.valueOf(as("btc.truong").postForEntity("/api/ratings", rating, String.class)
        .getStatusCode().value());
    // the shared database may already hold it from another test of this class
    Assertions.assertThat(status).isIn(HttpStatus.CREATED, HttpStatus.CONFLICT);
  }

  private void saveResults(String officer, long reportId) {
    int version = (Integer) get(officer, "/api/reports/" + reportId).get("version");
    assertStatus(as(officer).exchange("/api/reports/" + reportId, HttpMethod.PUT, new HttpEntity<>(results(version, 2)),
        String.class), HttpStatus.OK);
  }

  private void propose(String officer, long reportId, Map<String, Object> body) {
    ResponseEntity<Map<String, Object>> created = as(officer).exchange("/api/reports/" + reportId + "/proposals",
        HttpMethod.POST, new HttpEntity<>(body), OBJECT);
    assertStatus(created, HttpStatus.CREATED);
    for (Map<String, Object> required : (List<Map<String, Object>>) created.getBody().get("requiredDocuments")) {
      String kind = (String) required.get("kind");
      assertStatus(as(officer).postForEntity("/api/proposals/" + created.getBody().get("id") + "/documents",
          upload(kind, kind.toLowerCase() + ".pdf", pdf(kind)), String.class), HttpStatus.CREATED);
    }
  }

  private void submit(String group, String head) {
    ProcessInstance submission = runtimeService.createProcessInstanceQuery().processDefinitionKey("results-submission")
        .processInstanceBusinessKey(campaign.planNumber()).variableValueEquals("unitGroup", group).singleResult();
    engine.complete(submission, "Task_SubmitResults", Map.of());
    engine.complete(submission, "Task_ConfirmResults", Map.of("confirmationDecision", "CONFIRM"));
  }

  /** Ủy ban Kiểm tra answers "no" for every nominee except those given (index → what is pending). */
  private void inspect(long appraisalId, Map<Integer, String> pending) {
    List<Map<String, Object>> items = items(appraisalId);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String what = pending.get(i);
      Map<String, Object> row = new HashMap<>();
      row.put("itemId", items.get(i).get("itemId"));
      row.put("disciplinePending", "discipline".equals(what));
      row.put("investigationPending", "investigation".equals(what));
      row.put("complaintPending", "complaint".equals(what));
      row.put("note", what == null ? null : "Có đơn thư gửi Ủy ban Kiểm tra ngày 02/06/2027");
      rows.add(row);
    }
    assertStatus(as("ubkt.canbo").exchange("/api/appraisals/" + appraisalId + "/inspection", HttpMethod.PUT,
        new HttpEntity<>(Map.of("items", rows)), String.class), HttpStatus.OK);
  }

  private static Map<String, Object> row(Map<String, Object> item, String conclusion, String form, String note) {
    Map<String, Object> row = new HashMap<>();
    row.put("itemId", item.get("itemId"));
    row.put("conclusion", conclusion);
    row.put("adjustedFormCode", form);
    row.put("note", note);
    return row;
  }

  private void conclude(String user, long appraisalId, List<Map<String, Object>> rows) {
    assertStatus(putConclusions(user, appraisalId, rows), HttpStatus.OK);
  }

  private ResponseEntity<String> putConclusions(String user, long appraisalId, List<Map<String, Object>> rows) {
    return as(user).exchange("/api/appraisals/" + appraisalId + "/conclusions", HttpMethod.PUT,
        new HttpEntity<>(Map.of("items", rows)), String.class);
  }

  private List<Map<String, Object>> items(long appraisalId) {
    return (List<Map<String, Object>>) get("btc.truong", "/api/appraisals/" + appraisalId).get("items");
  }

  private List<Map<String, Object>> appraisals() {
    return as("btc.truong").exchange("/api/appraisals?campaignId=" + campaign.id() + "&phase=1", HttpMethod.GET, null,
        LIST).getBody();
  }

  private Map<String, String> proposalStatuses() {
    Map<String, String> statuses = new HashMap<>();
    ((List<Map<String, Object>>) get("btc.truong", "/api/reports/" + reportOf("chauo.canbo")).get("proposals"))
        .forEach(proposal -> statuses.put((String) proposal.get("rewardFormCode"), (String) proposal.get("status")));
    return statuses;
  }

  private ProcessInstance appraisalProcess(String track) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("appraisal")
        .processInstanceBusinessKey(campaign.planNumber()).variableValueEquals("track", track).singleResult();
  }

  private long appraisalId(ProcessInstance appraisal) {
    return ((Number) runtimeService.getVariable(appraisal.getId(), "appraisalId")).longValue();
  }

  private long reportOf(String officer) {
    return ((Number) as(officer).exchange("/api/reports?campaignId=" + campaign.id() + "&phase=1", HttpMethod.GET, null,
        LIST).getBody().get(0).get("id")).longValue();
  }

  private Map<String, Object> get(String user, String path) {
    return as(user).exchange(path, HttpMethod.GET, null, OBJECT).getBody();
  }

  private ResponseEntity<String> post(String user, String path) {
    return as(user).postForEntity("/api/campaigns/" + campaign.id() + path, null, String.class);
  }

  private static void assertStatus(ResponseEntity<?> answer, HttpStatus status) {
    Assertions.assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(status);
  }
}
