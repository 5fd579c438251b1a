package vn.thidua.support;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.CampaignFixtures.pdf;
import static vn.thidua.support.CampaignFixtures.pledge;
import static vn.thidua.support.CampaignFixtures.results;
import static vn.thidua.support.CampaignFixtures.upload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.thidua.campaign.CampaignView;
import vn.thidua.process.ProcessTasks;

/**
 * What the people of a campaign do in a phase, each as themselves: through the app's API and through
 * /engine-rest as Tasklist does. Process and end-to-end tests read as the scenario with these steps.
 */
public final class PhaseSteps {

  public static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
  };
  public static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
  };

  private final Function<String, TestRestTemplate> as;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final CampaignView campaign;

  public PhaseSteps(Function<String, TestRestTemplate> as, RuntimeService runtimeService,
      ManagementService managementService, CampaignView campaign) {
    this.as = as;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.campaign = campaign;
  }

  public CampaignView campaign() {
    return campaign;
  }

  public EngineRest tasklist(String user) {
    return new EngineRest(as.apply(user), user);
  }

  // --- registration

  /** The unit's officer saves a registration and sends it; Ban Tổ chức accepts it. */
  public void register(String officer) {
    long pledge = pledgeOf(officer);
    saveAndSendPledge(officer, pledge);
    tasklist("btc.canbo").work(campaign.planNumber(), "Task_ReviewPledge", processOf("pledge-registration", "pledgeId", pledge),
        Map.of("pledgeDecision", "ACCEPT"));
  }

  public void saveAndSendPledge(String officer, long pledge) {
    Map<String, Object> current = get(officer, "/api/pledges/" + pledge);
    Map<String, Object> body = pledge((Integer) current.get("version"), "Kết nạp đảng viên mới",
        "Chi bộ đạt trong sạch vững mạnh");
    expect(as.apply(officer).exchange("/api/pledges/" + pledge, HttpMethod.PUT, new HttpEntity<>(body), String.class),
        HttpStatus.OK);
    tasklist(officer).work(campaign.planNumber(), "Task_RegisterPledge", processOf("pledge-registration", "pledgeId", pledge), Map.of());
  }

  public long pledgeOf(String officer) {
    return id(as.apply(officer).exchange("/api/pledges?campaignId=" + campaign.id(), HttpMethod.GET, null, LIST)
        .getBody().get(0));
  }

  public void closeRegistration() {
    expect(post("btc.truong", "/api/campaigns/" + campaign.id() + "/pledge-registration/close"), HttpStatus.NO_CONTENT);
  }

  public void startReview(int phase) {
    expect(post("btc.truong", "/api/campaigns/" + campaign.id() + "/phases/" + phase + "/start-review"),
        HttpStatus.ACCEPTED);
  }

  // --- results and proposals

  public long reportOf(String officer, int phase) {
    return id(as.apply(officer).exchange("/api/reports?campaignId=" + campaign.id() + "&phase=" + phase,
        HttpMethod.GET, null, LIST).getBody().get(0));
  }

  public Map<String, Object> report(String user, long reportId) {
    return get(user, "/api/reports/" + reportId);
  }

  public long unitIdOf(String officer, long reportId) {
    return id((Map<String, Object>) report(officer, reportId).get("unit"));
  }

  /** The first member the unit may propose. */
  @SuppressWarnings("unchecked")
  public long memberOf(String officer, long reportId) {
    return id(((List<Map<String, Object>>) ((Map<?, ?>) report(officer, reportId).get("nominees")).get("members"))
        .get(0));
  }

  public void saveResults(String officer, long reportId) {
    int version = (Integer) report(officer, reportId).get("version");
    expect(as.apply(officer).exchange("/api/reports/" + reportId, HttpMethod.PUT,
        new HttpEntity<>(results(version, 2)), String.class), HttpStatus.OK);
  }

  /** Adds a proposal with every file its form requires; returns its id. */
  @SuppressWarnings("unchecked")
  public long propose(String officer, long reportId, Map<String, Object> body) {
    ResponseEntity<Map<String, Object>> created = as.apply(officer).exchange("/api/reports/" + reportId + "/proposals",
        HttpMethod.POST, new HttpEntity<>(body), OBJECT);
    expect(created, HttpStatus.CREATED);
    for (Map<String, Object> required : (List<Map<String, Object>>) created.getBody().get("requiredDocuments")) {
      String kind = (String) required.get("kind");
      expect(as.apply(officer).postForEntity("/api/proposals/" + created.getBody().get("id") + "/documents",
          upload(kind, kind.toLowerCase() + ".pdf", pdf(kind)), String.class), HttpStatus.CREATED);
    }
    return id(created.getBody());
  }

  /** The officer sends the report, the head confirms it. */
  public void submit(String officer, String head, long reportId) {
    String submission = processOf("results-submission", "reportId", reportId);
    tasklist(officer).work(campaign.planNumber(), "Task_SubmitResults", submission, Map.of());
    tasklist(head).work(campaign.planNumber(), "Task_ConfirmResults", submission,
        Map.of("confirmationDecision", "CONFIRM"));
  }

  public void recordRating(Map<String, Object> rating) {
    HttpStatus status = HttpStatus.valueOf(as.apply("btc.truong").postForEntity("/api/ratings", rating, String.class)
        .getStatusCode().value());
    // the shared database may already hold it from another test
    assertThat(status).isIn(HttpStatus.CREATED, HttpStatus.CONFLICT);
  }

  // --- appraisal

  public List<Long> appraisalIds(int phase) {
    return as.apply("btc.truong").exchange("/api/appraisals?campaignId=" + campaign.id() + "&phase=" + phase,
        HttpMethod.GET, null, LIST).getBody().stream()
        .filter(appraisal -> !"DONE".equals(appraisal.get("status")))
        .map(PhaseSteps::id).toList();
  }

  /**
   * One dossier through appraisal with every proposal agreed, except those named (proposal id → reason):
   * Ủy ban Kiểm tra finds nothing pending, the appraising body concludes, the council agrees State titles.
   */
  @SuppressWarnings("unchecked")
  public void appraise(long appraisalId, Map<Long, String> refused) {
    Map<String, Object> appraisal = get("btc.truong", "/api/appraisals/" + appraisalId);
    List<Map<String, Object>> items = (List<Map<String, Object>>) appraisal.get("items");
    String process = processOf("appraisal", "appraisalId", appraisalId);
    if ("INSPECTION".equals(appraisal.get("status"))) {
      List<Map<String, Object>> rows = new ArrayList<>();
      items.forEach(item -> rows.add(Map.of("itemId", item.get("itemId"), "disciplinePending", false,
          "investigationPending", false, "complaintPending", false)));
      expect(as.apply("ubkt.canbo").exchange("/api/appraisals/" + appraisalId + "/inspection", HttpMethod.PUT,
          new HttpEntity<>(Map.of("items", rows)), String.class), HttpStatus.OK);
      tasklist("ubkt.canbo").work(campaign.planNumber(), "Task_VerifyNominees", process, Map.of());
    }
    boolean state = "STATE".equals(appraisal.get("track"));
    String appraiser = state ? "pnv.canbo" : "btc.canbo";
    List<Map<String, Object>> conclusions = new ArrayList<>();
    for (Map<String, Object> item : items) {
      Long proposal = proposalOf(item);
      Map<String, Object> row = new HashMap<>();
      row.put("itemId", item.get("itemId"));
      row.put("conclusion", refused.containsKey(proposal) ? "DISAGREE" : "AGREE");
      row.put("note", refused.get(proposal));
      conclusions.add(row);
    }
    expect(as.apply(appraiser).exchange("/api/appraisals/" + appraisalId + "/conclusions", HttpMethod.PUT,
        new HttpEntity<>(Map.of("items", conclusions)), String.class), HttpStatus.OK);
    tasklist(appraiser).work(campaign.planNumber(), "Task_AppraiseDossier", process, Map.of());
    if (state && items.stream().anyMatch(item -> !refused.containsKey(proposalOf(item)))) {
      List<Map<String, Object>> council = items.stream()
          .filter(item -> !refused.containsKey(proposalOf(item)))
          .map(item -> Map.<String, Object>of("itemId", item.get("itemId"), "result", "AGREE")).toList();
      expect(as.apply("hdtdkt.canbo").exchange("/api/appraisals/" + appraisalId + "/council", HttpMethod.PUT,
          new HttpEntity<>(Map.of("meetingDate", "2027-06-20", "membersPresent", "9/11 thành viên", "items", council)),
          String.class), HttpStatus.OK);
      tasklist("hdtdkt.canbo").work(campaign.planNumber(), "Task_CouncilReview", process, Map.of());
    }
  }

  @SuppressWarnings("unchecked")
  private static long proposalOf(Map<String, Object> appraisalItem) {
    return id((Map<String, Object>) appraisalItem.get("proposal"));
  }

  /** Ban Tổ chức sends the submission to the Standing Committee; the list is posted. */
  public void submitToStandingCommittee() {
    tasklist("btc.truong").work(campaign.planNumber(), "Task_PrepareSubmission", null,
        Map.of("confirmSubmission", true));
  }

  // --- the Standing Committee's vote

  public static final List<String> STANDING_COMMITTEE = List.of("bithu", "pbt.thuongtruc", "ubnd.chutich",
      "ubnd.phochutich", "btv.hdnd", "btc.truong", "vp.truong", "btg.truong", "bdv.truong", "ubkt.truong",
      "mttq.truong", "quansu.truong", "congan.truong");

  /** The id of the vote the member has a ballot task for. */
  public long openVote(String member) {
    List<Map<String, Object>> tasks = tasklist(member).tasks(campaign.planNumber()).stream()
        .filter(task -> "Task_CastBallots".equals(task.get("taskDefinitionKey"))).toList();
    assertThat(tasks).as("%s has a ballot task", member).hasSize(1);
    return ((Number) runtimeService.getVariable((String) tasks.get(0).get("executionId"), "voteId")).longValue();
  }

  /**
   * The member sets a ballot on every proposal of the vote on the vote page (the choice for a proposal
   * id, AGREE for the others) and completes the task in Tasklist.
   */
  @SuppressWarnings("unchecked")
  public void vote(String member, Map<Long, String> choices) {
    long voteId = openVote(member);
    Map<String, Object> page = get(member, "/api/votes/" + voteId);
    List<Map<String, Object>> ballots = ((List<Map<String, Object>>) page.get("items")).stream()
        .map(item -> Map.<String, Object>of("proposalId", item.get("proposalId"),
            "choice", choices.getOrDefault(((Number) item.get("proposalId")).longValue(), "AGREE")))
        .toList();
    expect(as.apply(member).exchange("/api/votes/" + voteId + "/ballots", HttpMethod.PUT,
        new HttpEntity<>(Map.of("version", page.get("sheetVersion"), "ballots", ballots)), String.class), HttpStatus.OK);
    tasklist(member).work(campaign.planNumber(), "Task_CastBallots", Map.of());
  }

  /** Thường trực confirms the tally. */
  public void concludeVote() {
    tasklist("bithu").work(campaign.planNumber(), "Task_ConcludeVote", Map.of("conclusionConfirmed", true));
  }

  // --- decisions

  /**
   * The decision of the authority (PARTY_COMMITTEE, PEOPLES_COMMITTEE_CHAIR): its draft is generated, the
   * signer signs, the office issues it with the next number; its id.
   */
  public long signAndIssue(String signer, String office, String authority, LocalDate issuedOn) {
    runDueJobs();
    String decisionProcess = processOf("reward-decision", "authority", authority);
    long decisionId = ((Number) runtimeService.getVariable(decisionProcess, "decisionId")).longValue();
    tasklist(signer).work(campaign.planNumber(), "Task_SignDecision", decisionProcess, Map.of("signOutcome", "SIGN"));
    tasklist(office).work(campaign.planNumber(), "Task_IssueDecision", decisionProcess,
        Map.of("numberMode", "AUTO", "issueDate", issuedOn.toString()));
    runDueJobs();
    return decisionId;
  }

  // --- the phase summary

  /** Văn phòng records the review conference (held today by the engine's clock) and finalises the report. */
  public void summarise() {
    Map<String, Object> conference = new HashMap<>();
    conference.put("conferenceDate", ProcessTasks.today().toString());
    conference.put("conferencePlace", "Hội trường Huyện ủy Bình Sơn");
    conference.put("conferenceChair", "Lê Minh Khang – Bí thư Huyện ủy");
    conference.put("conferenceParticipants", "Thường trực Huyện ủy, Ban Thường vụ, lãnh đạo các chi, đảng bộ trực thuộc");
    conference.put("participantCount", 85);
    conference.put("awardsPresented", "Trao quyết định khen thưởng của Ban Thường vụ và Chủ tịch UBND huyện");
    tasklist("vp.canbo").work(campaign.planNumber(), "Task_OrganiseReviewConference", conference);
    runDueJobs();
    tasklist("vp.canbo").work(campaign.planNumber(), "Task_FinalisePhaseReport",
        Map.of("summaryAssessment", "Phong trào được các đơn vị hưởng ứng sôi nổi, đạt nhiều kết quả thiết thực.",
            "lessonsLearned", "Cấp ủy phải trực tiếp lãnh đạo, kiểm tra thường xuyên."));
    runDueJobs();
  }

  // --- engine helpers

  /** The running process of that definition in the campaign holding a variable with that value. */
  public String processOf(String processKey, String variable, Object value) {
    List<ProcessInstance> found = runtimeService.createProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKey(campaign.planNumber()).variableValueEquals(variable, value).list();
    assertThat(found).as("one process of %s with %s = %s", campaign.planNumber(), variable, value).hasSize(1);
    return found.get(0).getId();
  }

  public ProcessInstance phaseReview(int phase) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("phase-review")
        .processInstanceBusinessKey(campaign.planNumber()).variableValueEquals("phaseNumber", phase).singleResult();
  }

  /** Runs every asynchronous step of the campaign that is due (job execution is off in tests), as the executor would. */
  public int runDueJobs() {
    int ran = 0;
    List<Job> due = asyncJobs();
    while (!due.isEmpty()) {
      for (Job job : due) {
        managementService.executeJob(job.getId());
        ran++;
      }
      due = asyncJobs();
    }
    return ran;
  }

  private List<Job> asyncJobs() {
    List<Job> jobs = new ArrayList<>();
    runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(campaign.planNumber()).list()
        .forEach(instance -> jobs.addAll(managementService.createJobQuery().processInstanceId(instance.getId())
            .messages().executable().list()));
    return jobs;
  }

  // --- REST helpers

  public Map<String, Object> get(String user, String path) {
    ResponseEntity<Map<String, Object>> answer = as.apply(user).exchange(path, HttpMethod.GET, null, OBJECT);
    expect(answer, HttpStatus.OK);
    return answer.getBody();
  }

  public List<Map<String, Object>> list(String user, String path) {
    ResponseEntity<List<Map<String, Object>>> answer = as.apply(user).exchange(path, HttpMethod.GET, null, LIST);
    expect(answer, HttpStatus.OK);
    return answer.getBody();
  }

  public ResponseEntity<String> post(String user, String path) {
    return as.apply(user).postForEntity(path, null, String.class);
  }

  public static void expect(ResponseEntity<?> answer, HttpStatus status) {
    assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(status);
  }

  public static long id(Map<String, Object> body) {
    return ((Number) body.get("id")).longValue();
  }
}
