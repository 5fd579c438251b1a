package vn.thidua.process;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.thidua.support.EngineSteps.at;
import static vn.thidua.support.VoteFixtures.COMMITTEE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.thidua.form.FormValidationException;
import vn.thidua.organization.OrganizationService;
import vn.thidua.report.ProposalService;
import vn.thidua.report.ProposalView;
import vn.thidua.support.ProcessTest;
import vn.thidua.support.TestMailServer;
import vn.thidua.support.VoteFixtures;
import vn.thidua.support.VoteFixtures.AgreedPhase;
import vn.thidua.vote.Outcome;
import vn.thidua.vote.VoteOutcome;
import vn.thidua.vote.VoteService;

/**
 * Every path of {@code standing-committee-vote} with the demo Standing Committee of 13: each member votes
 * in a task of their own; the vote closes when all completed or at its deadline; without a quorum it is
 * re-opened once, then Thường trực extends it or records the proposals as not approved; Thường trực
 * confirms the tally or sends proposals back. On Monday 14/06/2027 the deadline is five working days later.
 */
class StandingCommitteeVoteProcessTest extends ProcessTest {

  private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
  };
  private static final LocalDate OPENED = LocalDate.of(2027, 6, 14);
  private static final LocalDate DEADLINE = LocalDate.of(2027, 6, 21);

  @Autowired
  OrganizationService organization;

  @Autowired
  DataSource dataSource;

  @Autowired
  ProposalService proposals;

  @Autowired
  VoteService votes;

  private AgreedPhase phase;

  @BeforeEach
  void theAgreedListWasPosted() {
    ClockUtil.setCurrentTime(at(OPENED, 9, 0));
    phase = VoteFixtures.agreedPhase(campaigns, organization, dataSource);
    TestMailServer.clear();
  }

  @Test
  void everyMemberGetsATaskOfTheirOwn_allVote_theTallyGoesToThuongTruc_whoConfirmsIt() {
    ProcessInstance vote = VoteFixtures.startVote(runtimeService, phase.campaign(), 1);

    assertThat(vote).isWaitingAt("Task_CastBallots").isNotWaitingAt("Task_ConcludeVote", "Task_DecideWithoutQuorum");
    List<Task> tasks = ballotTasks(vote);
    Assertions.assertThat(tasks).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(COMMITTEE);
    Assertions.assertThat(tasks).allSatisfy(task -> {
      Assertions.assertThat(task.getName()).isEqualTo("Biểu quyết đề nghị khen thưởng");
      Assertions.assertThat(task.getDueDate()).isEqualTo(at(DEADLINE));
      Assertions.assertThat(taskService.getIdentityLinksForTask(task.getId())).noneMatch(link -> link.getGroupId() != null);
    });
    TestMailServer.awaitRecipients("Việc mới: Biểu quyết đề nghị khen thưởng", "bithu@thidua.local",
        "congan.truong@thidua.local");
    assertThatThrownBy(() -> taskService.complete(taskOf(vote, "btv.hdnd").getId()))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("còn 3 đề nghị chưa biểu quyết");

    // collective: 7 of 13 agree; member: 6 of 13 agree; State title: everyone agrees
    for (int i = 0; i < COMMITTEE.size(); i++) {
      castAndComplete(vote, COMMITTEE.get(i), i < 7 ? "AGREE" : "DISAGREE", i < 6 ? "AGREE" : "DISAGREE", "AGREE");
    }

    assertThat(vote).hasPassed("ServiceTask_CloseVote").hasNotPassed("Timer_VoteDeadline", "ServiceTask_ReopenVote")
        .isWaitingAtExactly("Task_ConcludeVote").task().hasCandidateGroup("thuong-truc");
    String summary = (String) taskService.getVariableLocal(engine.task(vote, "Task_ConcludeVote").getId(), "tallySummary");
    Assertions.assertThat(summary).contains("7 đồng ý, 6 không đồng ý, 0 không biểu quyết / 13 thành viên → Được thông qua")
        .contains("6 đồng ý, 7 không đồng ý, 0 không biểu quyết / 13 thành viên → Không được thông qua");
    assertThatThrownBy(() -> taskService.complete(engine.task(vote, "Task_ConcludeVote").getId()))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("xác nhận kết luận");

    engine.complete(vote, "Task_ConcludeVote", Map.of("conclusionConfirmed", true));

    assertThat(vote).isEnded().hasPassed("EndEvent_VoteConcluded").variables().containsEntry("proposalsSentBack", false);
    Assertions.assertThat(statuses()).containsEntry(phase.chauOCollective(), "APPROVED")
        .containsEntry(phase.chauOMember(), "NOT_APPROVED").containsEntry(phase.binhChanhState(), "APPROVED");
    TestMailServer.awaitText("chauo.canbo@thidua.local", "Nguyễn Văn An");
    Assertions.assertThat(outcome(phase.chauOMember())).satisfies(result -> {
      Assertions.assertThat(result.concluded()).isTrue();
      Assertions.assertThat(result.approved()).isFalse();
      Assertions.assertThat(List.of(result.agree(), result.disagree(), result.abstain(), result.voters()))
          .containsExactly(6, 7, 0, 13);
    });
  }

  @Test
  void aVoteIdForgedOntoOneRoundsProcess_itsStepsStillActOnItsOwnVote_theOtherRoundsVoteIsUntouched() {
    ProcessInstance first = VoteFixtures.startVote(runtimeService, phase.campaign(), 1);
    long firstVote = voteIdOfOpenVote();
    ProcessInstance second = VoteFixtures.startVote(runtimeService, phase.campaign(), 2);
    long secondVote = voteIdOfOpenVote();
    // the forgery: the second round's process now names the first round's vote
    runtimeService.setVariable(second.getId(), "voteId", firstVote);

    for (String member : COMMITTEE) {
      castAndComplete(second, member, "AGREE", "AGREE", "AGREE");
    }

    assertThat(second).isWaitingAtExactly("Task_ConcludeVote");
    Assertions.assertThat(voteStatus(secondVote)).isEqualTo("CLOSED");
    Assertions.assertThat(voteStatus(firstVote)).isEqualTo("OPEN");
    assertThat(first).isWaitingAt("Task_CastBallots").isNotWaitingAt("Task_ConcludeVote");
    Assertions.assertThat(ballotTasks(first)).hasSize(COMMITTEE.size());
  }

  @Test
  void atTheDeadlineTheVoteClosesWithWhoeverVoted_nineOfThirteenIsAQuorum() {
    ProcessInstance vote = VoteFixtures.startVote(runtimeService, phase.campaign(), 1);
    COMMITTEE.subList(0, 9).forEach(member -> castAndComplete(vote, member, "AGREE", "ABSTAIN", "DISAGREE"));

    ClockUtil.setCurrentTime(at(DEADLINE.plusDays(1)));
    engine.fireTimer(vote, "Timer_VoteDeadline");

    assertThat(vote).hasPassed("Timer_VoteDeadline", "ServiceTask_CloseVote").hasNotPassed("ServiceTask_ReopenVote")
        .isWaitingAtExactly("Task_ConcludeVote");
    Assertions.assertThat(ballotTasks(vote)).isEmpty();
    Assertions.assertThat(outcome(phase.chauOCollective()).outcome()).isEqualTo(Outcome.APPROVED);
    Assertions.assertThat(outcome(phase.chauOMember()).outcome()).isEqualTo(Outcome.NOT_APPROVED);
    Assertions.assertThat(outcome(phase.chauOMember()).abstain()).isEqualTo(9);
  }

  @Test
  void withoutQuorumTheVoteIsReopenedOnceForThoseWhoDidNotVote_andThenHasIt() {
    ProcessInstance vote = VoteFixtures.startVote(runtimeService, phase.campaign(), 1);
    COMMITTEE.subList(0, 8).forEach(member -> castAndComplete(vote, member, "AGREE", "AGREE", "AGREE"));
    // a member who saved ballots without completing the task took part, and is asked again
    cast(COMMITTEE.get(8), "AGREE", null, null);

    ClockUtil.setCurrentTime(at(DEADLINE.plusDays(1), 8, 0));
    engine.fireTimer(vote, "Timer_VoteDeadline");

    assertThat(vote).hasPassed("ServiceTask_CloseVote", "ServiceTask_ReopenVote").hasNotPassed("Task_DecideWithoutQuorum")
        .isWaitingAt("Task_CastBallots").isNotWaitingAt("Task_ConcludeVote", "Task_DecideWithoutQuorum");
    Assertions.assertThat(ballotTasks(vote)).extracting(Task::getAssignee)
        .containsExactlyInAnyOrderElementsOf(COMMITTEE.subList(8, 13));
    Assertions.assertThat(ballotTasks(vote)).allSatisfy(task -> Assertions.assertThat(task.getDueDate())
        .isEqualTo(at(LocalDate.of(2027, 6, 29))));
    Assertions.assertThat(outcome(phase.chauOCollective()).outcome()).as("counts are hidden again while open").isNull();

    castAndComplete(vote, COMMITTEE.get(8), "AGREE", "DISAGREE", "ABSTAIN");
    COMMITTEE.subList(9, 13).forEach(member -> castAndComplete(vote, member, "DISAGREE", "DISAGREE", "AGREE"));

    assertThat(vote).isWaitingAtExactly("Task_ConcludeVote");
    Assertions.assertThat(outcome(phase.chauOCollective())).satisfies(result -> {
      Assertions.assertThat(result.agree()).isEqualTo(9);
      Assertions.assertThat(result.outcome()).isEqualTo(Outcome.APPROVED);
    });
  }

  @Test
  void stillWithoutQuorumThuongTrucExtendsTheVote_andTheMissingMembersVote() {
    ProcessInstance vote = VoteFixtures.startVote(runtimeService, phase.campaign(), 1);
    COMMITTEE.subList(0, 8).forEach(member -> castAndComplete(vote, member, "AGREE", "AGREE", "AGREE"));
    passTheDeadlineTwice(vote);

    assertThat(vote).isWaitingAtExactly("Task_DecideWithoutQuorum").task().hasCandidateGroup("thuong-truc");
    Assertions.assertThat((String) taskService.getVariableLocal(engine.task(vote, "Task_DecideWithoutQuorum").getId(),
        "tallySummary")).contains("8 đồng ý, 0 không đồng ý, 0 không biểu quyết / 13 thành viên → Chưa đủ số thành viên");
    assertThatThrownBy(() -> taskService.complete(engine.task(vote, "Task_DecideWithoutQuorum").getId()))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("Chọn gia hạn");

    engine.complete(vote, "Task_DecideWithoutQuorum", Map.of("withoutQuorumDecision", "EXTEND"));

    assertThat(vote).isWaitingAt("Task_CastBallots").isNotWaitingAt("Task_ConcludeVote", "Task_DecideWithoutQuorum");
    Assertions.assertThat(ballotTasks(vote)).extracting(Task::getAssignee)
        .containsExactlyInAnyOrderElementsOf(COMMITTEE.subList(8, 13));
    COMMITTEE.subList(8, 13).forEach(member -> castAndComplete(vote, member, "ABSTAIN", "DISAGREE", "AGREE"));
    assertThat(vote).isWaitingAtExactly("Task_ConcludeVote");
    engine.complete(vote, "Task_ConcludeVote", Map.of("conclusionConfirmed", true));
    Assertions.assertThat(statuses()).containsEntry(phase.chauOCollective(), "APPROVED")
        .containsEntry(phase.chauOMember(), "APPROVED").containsEntry(phase.binhChanhState(), "APPROVED");
  }

  @Test
  void thuongTrucRecordsTheProposalsWithoutQuorumAsNotApproved() {
    ProcessInstance vote = VoteFixtures.startVote(runtimeService, phase.campaign(), 1);
    COMMITTEE.subList(0, 8).forEach(member -> castAndComplete(vote, member, "AGREE", "AGREE", "AGREE"));
    passTheDeadlineTwice(vote);

    engine.complete(vote, "Task_DecideWithoutQuorum", Map.of("withoutQuorumDecision", "RECORD_NOT_APPROVED"));

    assertThat(vote).hasPassed("ServiceTask_RecordWithoutQuorum").isWaitingAtExactly("Task_ConcludeVote");
    engine.complete(vote, "Task_ConcludeVote", Map.of("conclusionConfirmed", true));
    assertThat(vote).isEnded().variables().containsEntry("proposalsSentBack", false);
    Assertions.assertThat(statuses()).containsEntry(phase.chauOCollective(), "NOT_APPROVED")
        .containsEntry(phase.chauOMember(), "NOT_APPROVED").containsEntry(phase.binhChanhState(), "NOT_APPROVED");
    Assertions.assertThat(outcome(phase.chauOCollective()).outcome()).isEqualTo(Outcome.NOT_APPROVED_NO_QUORUM);
    TestMailServer.awaitText("binhchanh.canbo@thidua.local", "không đủ số thành viên biểu quyết");
  }

  @Test
  void thuongTrucSendsAProposalBackWithItsReason_theOthersFollowTheTally() {
    ProcessInstance vote = VoteFixtures.startVote(runtimeService, phase.campaign(), 1);
    COMMITTEE.forEach(member -> castAndComplete(vote, member, "AGREE", "AGREE", "AGREE"));
    assertThat(vote).isWaitingAtExactly("Task_ConcludeVote");
    long voteId = ((Number) runtimeService.getVariable(vote.getId(), "voteId")).longValue();
    String reason = "Làm rõ thành tích năm 2026, đối chiếu với báo cáo của Ủy ban Kiểm tra";

    ResponseEntity<String> noReason = as("bithu").exchange("/api/votes/" + voteId + "/send-backs", HttpMethod.PUT,
        new HttpEntity<>(Map.of("items", List.of(Map.of("proposalId", phase.chauOMember(), "sendBack", true)))),
        String.class);
    Assertions.assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    Assertions.assertThat(noReason.getBody()).contains("items[0].reason").contains("Nêu lý do trả lại");
    Assertions.assertThat(as("btv.hdnd").exchange("/api/votes/" + voteId + "/send-backs", HttpMethod.PUT,
        new HttpEntity<>(sendBack(phase.chauOMember(), reason)), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    Map<String, Object> saved = as("bithu").exchange("/api/votes/" + voteId + "/send-backs", HttpMethod.PUT,
        new HttpEntity<>(sendBack(phase.chauOMember(), reason)), OBJECT).getBody();
    Assertions.assertThat(saved).containsEntry("canConclude", true);

    engine.complete(vote, "Task_ConcludeVote", Map.of("conclusionConfirmed", true));

    assertThat(vote).isEnded().variables().containsEntry("proposalsSentBack", true);
    Assertions.assertThat(statuses()).containsEntry(phase.chauOCollective(), "APPROVED")
        .containsEntry(phase.chauOMember(), "SENT_BACK").containsEntry(phase.binhChanhState(), "APPROVED");
    Assertions.assertThat(outcome(phase.chauOMember())).satisfies(result -> {
      Assertions.assertThat(result.sentBack()).isTrue();
      Assertions.assertThat(result.sendBackReason()).isEqualTo(reason);
    });
    TestMailServer.awaitText("chauo.canbo@thidua.local", reason);
    TestMailServer.awaitText("btc.canbo@thidua.local", reason);
  }

  @Test
  void aSecondReviewRoundVotesOnWhatIsAgreedAgain_theOutcomeIsTheLatestRounds() {
    ProcessInstance first = VoteFixtures.startVote(runtimeService, phase.campaign(), 1);
    COMMITTEE.forEach(member -> castAndComplete(first, member, "AGREE", "AGREE", "AGREE"));
    long firstVote = ((Number) runtimeService.getVariable(first.getId(), "voteId")).longValue();
    as("bithu").exchange("/api/votes/" + firstVote + "/send-backs", HttpMethod.PUT,
        new HttpEntity<>(sendBack(phase.chauOMember(), "Bổ sung nhận xét của chi bộ nơi cư trú")), String.class);
    engine.complete(first, "Task_ConcludeVote", Map.of("conclusionConfirmed", true));
    // appraised and posted again
    proposals.inAppraisal(phase.chauOMember());
    proposals.agreedAtAppraisal(phase.chauOMember());

    ProcessInstance second = VoteFixtures.startVote(runtimeService, phase.campaign(), 2);
    COMMITTEE.forEach(member -> castAndComplete(second, member, "DISAGREE"));
    engine.complete(second, "Task_ConcludeVote", Map.of("conclusionConfirmed", true));

    Assertions.assertThat(statuses()).containsEntry(phase.chauOMember(), "NOT_APPROVED")
        .containsEntry(phase.chauOCollective(), "APPROVED");
    Assertions.assertThat(outcome(phase.chauOMember())).satisfies(result -> {
      Assertions.assertThat(result.reviewRound()).isEqualTo(2);
      Assertions.assertThat(result.sentBack()).isFalse();
      Assertions.assertThat(result.disagree()).isEqualTo(13);
    });
    Assertions.assertThat(outcome(phase.chauOCollective()).reviewRound()).isEqualTo(1);
  }

  // --- steps

  private void passTheDeadlineTwice(ProcessInstance vote) {
    ClockUtil.setCurrentTime(at(DEADLINE.plusDays(1), 8, 0));
    engine.fireTimer(vote, "Timer_VoteDeadline");
    assertThat(vote).hasPassed("ServiceTask_ReopenVote").isWaitingAt("Task_CastBallots").isNotWaitingAt("Task_ConcludeVote", "Task_DecideWithoutQuorum");
    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 6, 30), 8, 0));
    engine.fireTimer(vote, "Timer_VoteDeadline");
  }

  /** The member's ballots in the order of the vote's proposals (null leaves one out), saved on the vote page. */
  private void cast(String member, String... choices) {
    long voteId = voteIdOfOpenVote();
    Map<String, Object> page = as(member).exchange("/api/votes/" + voteId, HttpMethod.GET, null, OBJECT).getBody();
    List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
    List<Map<String, Object>> ballots = new ArrayList<>();
    for (int i = 0; i < choices.length; i++) {
      if (choices[i] != null) {
        ballots.add(Map.of("proposalId", items.get(i).get("proposalId"), "choice", choices[i]));
      }
    }
    ResponseEntity<String> saved = as(member).exchange("/api/votes/" + voteId + "/ballots", HttpMethod.PUT,
        new HttpEntity<>(Map.of("version", page.get("sheetVersion"), "ballots", ballots)), String.class);
    Assertions.assertThat(saved.getStatusCode()).as("%s saves ballots: %s", member, saved.getBody()).isEqualTo(HttpStatus.OK);
  }

  private void castAndComplete(ProcessInstance vote, String member, String... choices) {
    cast(member, choices);
    taskService.complete(taskOf(vote, member).getId());
  }

  private long voteIdOfOpenVote() {
    return jdbc().queryForObject("select max(id) from vote where campaign_id = ?", Long.class, phase.campaign().id());
  }

  private String voteStatus(long voteId) {
    return jdbc().queryForObject("select status from vote where id = ?", String.class, voteId);
  }

  private org.springframework.jdbc.core.JdbcTemplate jdbc() {
    return new JdbcTemplate(dataSource);
  }

  private List<Task> ballotTasks(ProcessInstance vote) {
    return taskService.createTaskQuery().processInstanceId(vote.getId()).taskDefinitionKey("Task_CastBallots").list();
  }

  private Task taskOf(ProcessInstance vote, String member) {
    return taskService.createTaskQuery().processInstanceId(vote.getId()).taskDefinitionKey("Task_CastBallots")
        .taskAssignee(member).singleResult();
  }

  private Map<Long, String> statuses() {
    Map<Long, String> statuses = new LinkedHashMap<>();
    for (ProposalView proposal : proposals.ofPhase(phase.campaign().id(), 1)) {
      statuses.put(proposal.id(), proposal.status().name());
    }
    return statuses;
  }

  private VoteOutcome outcome(long proposalId) {
    return votes.outcomes(phase.campaign().id(), 1).stream().filter(outcome -> outcome.proposalId() == proposalId)
        .findFirst().orElseThrow();
  }

  private static Map<String, Object> sendBack(long proposalId, String reason) {
    return Map.of("items", List.of(Map.of("proposalId", proposalId, "sendBack", true, "reason", reason)));
  }
}
