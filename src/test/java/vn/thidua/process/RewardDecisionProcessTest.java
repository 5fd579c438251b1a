package vn.thidua.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.thidua.support.EngineSteps.at;
import static vn.thidua.support.PhaseSteps.expect;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.thidua.campaign.CampaignView;
import vn.thidua.decision.DecisionChecks;
import vn.thidua.document.DocumentService;
import vn.thidua.report.ProposalService;
import vn.thidua.support.CampaignFixtures;
import vn.thidua.support.EngineRest;
import vn.thidua.support.PhaseSteps;
import vn.thidua.support.ProcessTest;
import vn.thidua.support.TestMailServer;

/**
 * Every path of {@code reward-decision}, after the Standing Committee approved Châu Ổ's proposals (the
 * vote's own tests cover how): the committee's decision refused once, revised, signed and issued with the
 * next number; the People's Committee chair's signed by a deputy and issued with the office's own number;
 * the province's forms submitted and answered; Bình Chánh's mass organisation recording its own decision;
 * and a draft that cannot be generated becoming an incident.
 */
class RewardDecisionProcessTest extends ProcessTest {

  @Autowired
  private ProposalService proposals;

  @Autowired
  private DecisionChecks decisionChecks;

  @Autowired
  private DocumentService documents;

  private PhaseSteps steps;
  private CampaignView campaign;
  private long collective;
  private long member;
  private long stateTitle;
  private long provinceFlag;
  private long binhChanhUnit;

  @BeforeEach
  void theStandingCommitteeApprovedTheList() {
    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 7, 1), 9, 0));
    campaign = CampaignFixtures.registering(campaigns, runtimeService);
    steps = new PhaseSteps(this::as, runtimeService, managementService, campaign);
    steps.register("chauo.canbo");
    steps.register("binhchanh.canbo");
    steps.closeRegistration();
    steps.startReview(1);

    long chauO = steps.reportOf("chauo.canbo", 1);
    long chauOUnit = steps.unitIdOf("chauo.canbo", chauO);
    long chauOMember = steps.memberOf("chauo.canbo", chauO);
    steps.saveResults("chauo.canbo", chauO);
    collective = steps.propose("chauo.canbo", chauO, CampaignFixtures.collectiveProposal(chauOUnit));
    member = steps.propose("chauo.canbo", chauO, CampaignFixtures.memberProposal(chauOMember));
    Map<String, Object> title = CampaignFixtures.proposal("COLLECTIVE", "STATE", "TAP_THE_LAO_DONG_TIEN_TIEN");
    title.putAll(Map.of("nomineeUnitId", chauOUnit, "memberCount", 20, "membersCompletingTasks", 20,
        "membersAdvancedWorkers", 15, "membersEmulationFighters", 2));
    stateTitle = steps.propose("chauo.canbo", chauO, title);
    Map<String, Object> flag = CampaignFixtures.proposal("COLLECTIVE", "PARTY", "CO_THI_DUA_TINH_UY");
    flag.put("nomineeUnitId", chauOUnit);
    provinceFlag = steps.propose("chauo.canbo", chauO, flag);
    steps.submit("chauo.canbo", "chauo.truong", chauO);

    long binhChanh = steps.reportOf("binhchanh.canbo", 1);
    binhChanhUnit = steps.unitIdOf("binhchanh.canbo", binhChanh);
    steps.saveResults("binhchanh.canbo", binhChanh);
    Map<String, Object> massOrg = CampaignFixtures.proposal("COLLECTIVE", "MASS_ORG", "GIAY_KHEN_DOAN_THE");
    massOrg.put("nomineeUnitId", binhChanhUnit);
    steps.propose("binhchanh.canbo", binhChanh, massOrg);
    steps.submit("binhchanh.canbo", "binhchanh.truong", binhChanh);

    steps.appraisalIds(1).forEach(appraisal -> steps.appraise(appraisal, Map.of()));
    // what the vote concludes for the list it voted on
    List.of(collective, member, stateTitle, provinceFlag)
        .forEach(proposals::approved);
    TestMailServer.clear();
  }

  @Test
  void thePhaseNeedsTheCommitteesDecision_theChairsDecision_theMassOrganisationsRecordAndASubmissionUpward() {
    Assertions.assertThat(decisionChecks.authorities(campaign.id(), 1))
        .containsExactly("PARTY_COMMITTEE", "PEOPLES_COMMITTEE_CHAIR", "MASS_ORGANIZATION:" + binhChanhUnit);
    Assertions.assertThat(decisionChecks.anyForwarded(campaign.id(), 1)).isTrue();
  }

  @Test
  void partyDecision_refusedOnce_revised_signedByTheSecretary_issuedWithTheNextNumber_awardeesInTheRegistry() {
    ProcessInstance decision = start("PARTY_COMMITTEE");
    assertThat(decision).isWaitingAt("ServiceTask_GenerateDraft");
    engine.runAsync(decision, "ServiceTask_GenerateDraft");
    assertThat(decision).isWaitingAt("Task_SignDecision").task().hasCandidateGroup("thuong-truc");
    long decisionId = decisionId(decision);
    Map<String, Object> draft = steps.get("bithu", "/api/decisions/" + decisionId);
    Assertions.assertThat(draft).containsEntry("statusLabel", "Chờ ký").containsEntry("totalMoney", 7020000);
    Assertions.assertThat((List<Map<String, Object>>) draft.get("items")).extracting(item -> item.get("proposalId"))
        .containsExactly((int) collective, (int) member);

    EngineRest secretary = steps.tasklist("bithu");
    ResponseEntity<String> noReason = secretary.complete(secretary.taskId(campaign.planNumber(), "Task_SignDecision"),
        Map.of("signOutcome", "REFUSE"));
    Assertions.assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Assertions.assertThat(noReason.getBody()).contains("lý do trả lại");
    secretary.work(campaign.planNumber(), "Task_SignDecision", Map.of("signOutcome", "REFUSE",
        "refusalReason", "Đồng chí đảng viên chưa đủ 5 năm liền theo hồ sơ lưu"));
    assertThat(decision).isWaitingAt("Task_ReviseDecision").task().hasCandidateGroup("ban-to-chuc");
    TestMailServer.awaitText("btc.canbo@thidua.local", "chưa đủ 5 năm liền");

    steps.tasklist("btc.canbo").work(campaign.planNumber(), "Task_ReviseDecision", Map.of(
        "revisedSubject", "Về việc khen thưởng tổ chức đảng có thành tích xuất sắc",
        "removedProposalIds", List.of(String.valueOf(member))));
    engine.runAsync(decision, "ServiceTask_GenerateDraft");
    steps.tasklist("pbt.thuongtruc").work(campaign.planNumber(), "Task_SignDecision", Map.of("signOutcome", "SIGN"));
    assertThat(decision).isWaitingAt("Task_IssueDecision").task().hasCandidateGroup("van-phong");

    Map<String, Object> signed = steps.get("btc.truong", "/api/decisions/" + decisionId);
    Assertions.assertThat(signed).containsEntry("signerName", "Phạm Thị Thu Hà")
        .containsEntry("signerTitle", "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ")
        .containsEntry("subject", "Về việc khen thưởng tổ chức đảng có thành tích xuất sắc");
    ResponseEntity<String> future = steps.tasklist("vp.canbo").complete(steps.tasklist("vp.canbo")
        .taskId(campaign.planNumber(), "Task_IssueDecision"), Map.of("numberMode", "AUTO", "issueDate", "2027-07-02"));
    Assertions.assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    steps.tasklist("vp.canbo").work(campaign.planNumber(), "Task_IssueDecision",
        Map.of("numberMode", "AUTO", "issueDate", "2027-07-01"));
    engine.runAsync(decision, "ServiceTask_RecordIssuedDecision");
    assertThat(decision).isEnded().hasPassed("Task_ReviseDecision", "EndEvent_DecisionIssued");

    Map<String, Object> issued = steps.get("chauo.canbo", "/api/decisions/" + decisionId);
    Assertions.assertThat(issued).containsEntry("status", "ISSUED");
    Assertions.assertThat((String) issued.get("decisionNumber")).endsWith("-QĐ/HU");
    Assertions.assertThat(proposalStatus(collective)).isEqualTo("DECIDED");
    Assertions.assertThat(proposalStatus(member)).isEqualTo("NOT_APPROVED");
    List<Map<String, Object>> awards = steps.list("chauo.canbo", "/api/rewards?unitCode=CHAU-O&form="
        + CampaignFixtures.COLLECTIVE_PARTY_FORM);
    Assertions.assertThat(awards).anySatisfy(award -> Assertions.assertThat(award)
        .containsEntry("decisionNumber", issued.get("decisionNumber")).containsEntry("money", 4680000));
    TestMailServer.awaitText("chauo.canbo@thidua.local", (String) issued.get("decisionNumber"));
    List<Map<String, Object>> files = steps.list("chauo.canbo", "/api/decisions/" + decisionId + "/documents");
    Assertions.assertThat(files).extracting(file -> file.get("kind"))
        .containsExactly("DECISION_DRAFT", "DECISION_DRAFT", "DECISION_ISSUED");
    Assertions.assertThat(files.get(2)).containsEntry("ofRecord", true);
    ResponseEntity<byte[]> pdf = as("chauo.canbo").getForEntity((String) files.get(2).get("downloadUrl"), byte[].class);
    expect(pdf, HttpStatus.OK);
    Assertions.assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");
    expect(as("binhchanh.canbo").getForEntity("/api/decisions/" + decisionId, String.class), HttpStatus.FORBIDDEN);
    Assertions.assertThat(steps.list("chauo.canbo", "/api/public/decisions"))
        .anySatisfy(shown -> Assertions.assertThat(shown).containsEntry("decisionNumber", issued.get("decisionNumber")));
  }

  @Test
  void aDecisionIdForgedOntoTheSecretarysSignTask_signsOnlyTheCommitteesOwnDecision_theChairsStaysUnsigned() {
    ProcessInstance party = start("PARTY_COMMITTEE");
    ProcessInstance state = start("PEOPLES_COMMITTEE_CHAIR");
    // the forgeries: a group chosen before the chair's task exists, and the chair's decision named on the Party's
    runtimeService.setVariable(state.getId(), "signingGroup", "thuong-truc");
    engine.runAsync(party, "ServiceTask_GenerateDraft");
    engine.runAsync(state, "ServiceTask_GenerateDraft");
    long partyDecision = decisionId(party);
    long stateDecision = decisionId(state);
    runtimeService.setVariable(party.getId(), "decisionId", stateDecision);
    assertThat(state).isWaitingAt("Task_SignDecision").task().hasCandidateGroup("ubnd");

    steps.tasklist("bithu").work(campaign.planNumber(), "Task_SignDecision", Map.of("signOutcome", "SIGN"));

    assertThat(party).isWaitingAt("Task_IssueDecision");
    Assertions.assertThat(steps.get("btc.truong", "/api/decisions/" + partyDecision))
        .containsEntry("signerName", "Lê Minh Khang");
    Map<String, Object> chairs = steps.get("btc.truong", "/api/decisions/" + stateDecision);
    Assertions.assertThat(chairs).containsEntry("statusLabel", "Chờ ký");
    Assertions.assertThat(chairs.get("signerName")).isNull();
    assertThat(state).isWaitingAt("Task_SignDecision");
  }

  @Test
  void stateDecision_onlyTheChairOrADeputySigns_theOfficeEntersItsOwnNumber_theSignedScanBecomesTheRecord() {
    ProcessInstance decision = start("PEOPLES_COMMITTEE_CHAIR");
    engine.runAsync(decision, "ServiceTask_GenerateDraft");
    assertThat(decision).isWaitingAt("Task_SignDecision").task().hasCandidateGroup("ubnd");
    Assertions.assertThat(steps.tasklist("bithu").tasks(campaign.planNumber()))
        .noneMatch(task -> "Task_SignDecision".equals(task.get("taskDefinitionKey")));
    steps.tasklist("ubnd.phochutich").work(campaign.planNumber(), "Task_SignDecision", Map.of("signOutcome", "SIGN"));
    long decisionId = decisionId(decision);
    Assertions.assertThat(steps.get("pnv.canbo", "/api/decisions/" + decisionId))
        .containsEntry("signerTitle", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH");

    expect(as("chauo.canbo").postForEntity("/api/decisions/" + decisionId + "/documents",
        CampaignFixtures.upload("SCAN", "quyet-dinh-da-ky.pdf", CampaignFixtures.pdf("scan")), String.class),
        HttpStatus.FORBIDDEN);
    expect(as("ubnd.chutich").postForEntity("/api/decisions/" + decisionId + "/documents",
        CampaignFixtures.upload("SCAN", "quyet-dinh-da-ky.pdf", CampaignFixtures.pdf("scan")), String.class),
        HttpStatus.CREATED);

    String number = "128/QĐ-UBND-" + campaign.planNumber().replace("/", "");
    EngineRest office = steps.tasklist("vpubnd.canbo");
    ResponseEntity<String> noNumber = office.complete(office.taskId(campaign.planNumber(), "Task_IssueDecision"),
        Map.of("numberMode", "MANUAL", "issueDate", "2027-07-01"));
    Assertions.assertThat(noNumber.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    office.work(campaign.planNumber(), "Task_IssueDecision",
        Map.of("numberMode", "MANUAL", "manualNumber", number, "issueDate", "2027-07-01"));
    engine.runAsync(decision, "ServiceTask_RecordIssuedDecision");

    assertThat(decision).isEnded();
    Assertions.assertThat(steps.get("chauo.canbo", "/api/decisions/" + decisionId)).containsEntry("decisionNumber",
        number);
    List<Map<String, Object>> files = steps.list("pnv.canbo", "/api/decisions/" + decisionId + "/documents");
    Assertions.assertThat(files).filteredOn(file -> Boolean.TRUE.equals(file.get("ofRecord")))
        .extracting(file -> file.get("kind")).containsExactly("DECISION_SIGNED_SCAN");
    Assertions.assertThat(proposalStatus(stateTitle)).isEqualTo("DECIDED");
    Assertions.assertThat(steps.list("chauo.canbo", "/api/rewards?unitCode=CHAU-O&form=TAP_THE_LAO_DONG_TIEN_TIEN"))
        .anySatisfy(award -> Assertions.assertThat(award).containsEntry("decisionNumber", number)
            .containsEntry("decidedBy", "Chủ tịch Ủy ban nhân dân huyện Bình Sơn"));
  }

  @Test
  void provinceForms_areSubmittedUpward_andTheAnswerEntersTheRegistry() {
    ProcessInstance forwarding = start("PROVINCE");
    engine.runAsync(forwarding, "ServiceTask_GenerateForwarding");
    assertThat(forwarding).isWaitingAt("Task_PrepareForwarding").task().hasCandidateGroup("ban-to-chuc");
    steps.tasklist("btc.truong").work(campaign.planNumber(), "Task_PrepareForwarding",
        Map.of("submissionNumber", "45-TTr/HU", "submissionDate", "2027-07-01", "confirmForwarding", true));
    Assertions.assertThat(proposalStatus(provinceFlag)).isEqualTo("FORWARDED");
    assertThat(forwarding).isWaitingAt("Task_RecordSuperiorAnswer");

    EngineRest board = steps.tasklist("btc.canbo");
    ResponseEntity<String> noNumber = board.complete(board.taskId(campaign.planNumber(), "Task_RecordSuperiorAnswer"),
        Map.of("awardedProposalIds", List.of(String.valueOf(provinceFlag))));
    Assertions.assertThat(noNumber.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    board.work(campaign.planNumber(), "Task_RecordSuperiorAnswer", Map.of("answerDecisionNumber", "1520-QĐ/TU",
        "answerDecisionDate", "2027-07-01", "answerDecider", "Ban Thường vụ Tỉnh ủy Quảng Ngãi",
        "awardedProposalIds", List.of(String.valueOf(provinceFlag))));
    engine.runAsync(forwarding, "ServiceTask_RecordSuperiorAwards");

    assertThat(forwarding).isEnded().hasPassed("EndEvent_SuperiorAnswerRecorded");
    Assertions.assertThat(proposalStatus(provinceFlag)).isEqualTo("DECIDED");
    Assertions.assertThat(steps.list("btc.truong", "/api/rewards?unitCode=CHAU-O&form=CO_THI_DUA_TINH_UY"))
        .anySatisfy(award -> Assertions.assertThat(award).containsEntry("decisionNumber", "1520-QĐ/TU")
            .containsEntry("source", "PROVINCE_ANSWER"));
  }

  @Test
  void theMassOrganisationRecordsItsOwnDecision_whatItDidNotAwardIsRecordedAsNotApproved() {
    ProcessInstance record = start("MASS_ORGANIZATION:" + binhChanhUnit);
    assertThat(record).isWaitingAt("Task_RecordOrganisationDecision").task().hasCandidateGroup("don-vi-binh-chanh");
    Assertions.assertThat(steps.tasklist("chauo.canbo").tasks(campaign.planNumber()))
        .noneMatch(task -> "Task_RecordOrganisationDecision".equals(task.get("taskDefinitionKey")));
    Map<String, Object> shown = steps.get("binhchanh.canbo", "/api/decisions/" + decisionId(record));
    long proposal = ((Number) ((List<Map<String, Object>>) shown.get("items")).get(0).get("proposalId")).longValue();
    steps.tasklist("binhchanh.canbo").work(campaign.planNumber(), "Task_RecordOrganisationDecision", Map.of(
        "answerDecisionNumber", "12-QĐ/HPN", "answerDecisionDate", "2027-06-28",
        "answerDecider", "Ban Thường vụ Hội Liên hiệp Phụ nữ huyện", "awardedProposalIds", List.of(String.valueOf(proposal))));
    engine.runAsync(record, "ServiceTask_RecordOrganisationAwards");

    assertThat(record).isEnded().hasPassed("EndEvent_OrganisationDecisionRecorded");
    Assertions.assertThat(steps.list("binhchanh.canbo", "/api/rewards?unitCode=BINH-CHANH&form=GIAY_KHEN_DOAN_THE"))
        .anySatisfy(award -> Assertions.assertThat(award).containsEntry("decisionNumber", "12-QĐ/HPN")
            .containsEntry("decidedBy", "Ban Thường vụ Hội Liên hiệp Phụ nữ huyện"));
    Assertions.assertThat(proposalStatus(proposal)).isEqualTo("DECIDED");
  }

  @Test
  void aDraftThatCannotBeGeneratedIsRetriedThenBecomesAnIncident_andNothingIsStored() {
    Map<String, Object> variables = new HashMap<>(Map.of("campaignId", campaign.id(), "phaseNumber", 1,
        "authority", "PARTY_COMMITTEE", "decisionId", 987654321L, "decisionKind", "LOCAL"));
    ProcessInstance broken = runtimeService.createProcessInstanceByKey("reward-decision")
        .businessKey(campaign.planNumber()).setVariables(variables)
        .startBeforeActivity("ServiceTask_GenerateDraft").execute();
    Job job = managementService.createJobQuery().processInstanceId(broken.getId()).singleResult();
    Assertions.assertThat(job.getRetries()).isEqualTo(3);
    for (int attempt = 0; attempt < 3; attempt++) {
      String id = managementService.createJobQuery().processInstanceId(broken.getId()).singleResult().getId();
      Assertions.assertThatThrownBy(() -> managementService.executeJob(id)).hasMessageContaining(broken.getId());
    }
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(broken.getId()).singleResult();
    Assertions.assertThat(incident).isNotNull();
    Assertions.assertThat(incident.getActivityId()).isEqualTo("ServiceTask_GenerateDraft");
    Assertions.assertThat(documents.list("DECISION", "987654321")).isEmpty();
    assertThat(broken).isWaitingAt("ServiceTask_GenerateDraft");
  }

  // ---

  private ProcessInstance start(String authority) {
    return runtimeService.startProcessInstanceByKey("reward-decision", campaign.planNumber(), Map.of(
        "campaignId", campaign.id(), "phaseNumber", 1, "planNumber", campaign.planNumber(),
        "campaignTitle", campaign.title(), "authority", authority));
  }

  private long decisionId(ProcessInstance instance) {
    return ((Number) runtimeService.getVariable(instance.getId(), "decisionId")).longValue();
  }

  private String proposalStatus(long proposal) {
    return (String) steps.get("btc.truong", "/api/proposals/" + proposal).get("status");
  }
}
