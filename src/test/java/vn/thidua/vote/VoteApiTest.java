package vn.thidua.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.EngineSteps.at;
import static vn.thidua.support.VoteFixtures.COMMITTEE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
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

import vn.thidua.organization.OrganizationService;
import vn.thidua.support.ProcessTest;
import vn.thidua.support.VoteFixtures;
import vn.thidua.support.VoteFixtures.AgreedPhase;

/**
 * The rules of the vote page's API: a member reads and changes only their own ballots, until the vote
 * closes; nobody sees counts before that, and only the bodies concerned see them after; bad input changes
 * nothing; and the engine never holds a ballot, not even in its history.
 */
class VoteApiTest extends ProcessTest {

  private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
  };

  @Autowired
  OrganizationService organization;

  @Autowired
  DataSource dataSource;

  @Autowired
  HistoryService historyService;

  @Autowired
  VoteService votes;

  private AgreedPhase phase;
  private ProcessInstance process;
  private long voteId;

  @BeforeEach
  void theVoteIsOpen() {
    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 6, 14), 9, 0));
    phase = VoteFixtures.agreedPhase(campaigns, organization, dataSource);
    process = VoteFixtures.startVote(runtimeService, phase.campaign(), 1);
    voteId = ((Number) runtimeService.getVariable(process.getId(), "voteId")).longValue();
  }

  @Test
  void aMemberSeesTheProposalsAndOnlyTheirOwnBallots() {
    assertThat(save("btv.hdnd", ballots(phase.chauOCollective(), "AGREE")).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(save("mttq.truong", ballots(phase.chauOCollective(), "DISAGREE")).getStatusCode()).isEqualTo(HttpStatus.OK);

    Map<String, Object> mine = view("btv.hdnd");
    assertThat(mine).containsEntry("voter", true).containsEntry("canVote", true).containsEntry("tallyVisible", false)
        .containsEntry("voterCount", 13);
    assertThat(mine.get("myTaskId")).isEqualTo(taskOf("btv.hdnd"));
    assertThat(items(mine)).extracting(item -> item.get("proposalId"))
        .containsExactly((int) phase.chauOCollective(), (int) phase.chauOMember(), (int) phase.binhChanhState());
    Map<String, Object> first = items(mine).get(0);
    assertThat(first).containsEntry("myChoice", "AGREE").containsEntry("unitName", "Đảng bộ thị trấn Châu Ổ")
        .containsEntry("formCode", "GIAY_KHEN_BTV_TAP_THE");
    assertThat(first.get("tally")).isNull();
    assertThat(((Map<?, ?>) items(mine).get(2).get("proposal")).get("trackLabel")).isNotNull();
    assertThat(as("btv.hdnd").getForObject("/api/votes/" + voteId, String.class)).doesNotContain("DISAGREE")
        .doesNotContain("mttq.truong");
    assertThat(items(view("mttq.truong")).get(0)).containsEntry("myChoice", "DISAGREE");
    // Thường trực's Bí thư votes as a member and sees no one else's ballot either
    assertThat(items(view("bithu")).get(0).get("myChoice")).isNull();
    assertThat(items(view("btc.canbo")).get(0).get("myChoice")).isNull();
  }

  @Test
  void aMemberChangesBallotsUntilTheVoteCloses_evenAfterCompletingTheTask() {
    save("btv.hdnd", ballots(phase.chauOCollective(), "AGREE", phase.chauOMember(), "AGREE", phase.binhChanhState(), "AGREE"));
    taskService.complete(taskOf("btv.hdnd"));

    ResponseEntity<Map<String, Object>> changed = save("btv.hdnd", ballots(phase.chauOMember(), "ABSTAIN"));

    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(items(changed.getBody())).extracting(item -> item.get("myChoice"))
        .containsExactly("AGREE", "ABSTAIN", "AGREE");
    assertThat(changed.getBody().get("completedAt")).isNotNull();

    // eight more members vote, so the deadline closes the vote with its quorum instead of re-opening it
    COMMITTEE.stream().filter(member -> !member.equals("btv.hdnd")).limit(8).forEach(member -> save(member,
        ballots(phase.chauOCollective(), "AGREE", phase.chauOMember(), "AGREE", phase.binhChanhState(), "AGREE")));
    closeAtTheDeadline();
    assertThat(view("btv.hdnd")).containsEntry("status", "CLOSED").containsEntry("canVote", false);
    ResponseEntity<Map<String, Object>> late = save("btv.hdnd", ballots(phase.chauOMember(), "DISAGREE"));
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(late.getBody().get("message").toString()).contains("Biểu quyết đã kết thúc");
    assertThat(items(view("btv.hdnd")).get(1)).containsEntry("myChoice", "ABSTAIN");
  }

  @Test
  void aSaveFromAStalePageIsRefused_andChangesNothing() {
    int read = ((Number) view("btv.hdnd").get("sheetVersion")).intValue();
    assertThat(save("btv.hdnd", read, ballots(phase.chauOCollective(), "AGREE")).getStatusCode()).isEqualTo(HttpStatus.OK);

    ResponseEntity<Map<String, Object>> stale = save("btv.hdnd", read, ballots(phase.chauOCollective(), "DISAGREE"));

    assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(stale.getBody().get("message").toString()).contains("tải lại trang");
    assertThat(items(view("btv.hdnd")).get(0)).containsEntry("myChoice", "AGREE");
  }

  @Test
  void badInputIsRefusedFieldByField_andChangesNothing() {
    save("btv.hdnd", ballots(phase.chauOCollective(), "AGREE"));
    int version = ((Number) view("btv.hdnd").get("sheetVersion")).intValue();

    ResponseEntity<String> unknownChoice = as("btv.hdnd").exchange("/api/votes/" + voteId + "/ballots", HttpMethod.PUT,
        new HttpEntity<>(Map.of("version", version, "ballots", List.of(
            Map.of("proposalId", phase.chauOCollective(), "choice", "DISAGREE"),
            Map.of("proposalId", phase.chauOMember(), "choice", "PHAN_VAN")))), String.class);
    assertThat(unknownChoice.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknownChoice.getBody()).contains("ballots[1].choice").contains("PHAN_VAN").contains("AGREE, DISAGREE, ABSTAIN");

    ResponseEntity<String> notInTheVote = as("btv.hdnd").exchange("/api/votes/" + voteId + "/ballots", HttpMethod.PUT,
        new HttpEntity<>(Map.of("version", version, "ballots", List.of(
            Map.of("proposalId", phase.chauOCollective(), "choice", "DISAGREE"),
            Map.of("proposalId", 987654321L, "choice", "AGREE")))), String.class);
    assertThat(notInTheVote.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notInTheVote.getBody()).contains("ballots[1].proposalId").contains("không có trong danh sách biểu quyết");

    ResponseEntity<String> noChoice = as("btv.hdnd").exchange("/api/votes/" + voteId + "/ballots", HttpMethod.PUT,
        new HttpEntity<>(Map.of("version", version, "ballots", List.of(Map.of("proposalId", phase.chauOCollective())))),
        String.class);
    assertThat(noChoice.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noChoice.getBody()).contains("ballots[0].choice").contains("Chọn Đồng ý, Không đồng ý hoặc Không biểu quyết");

    Map<String, Object> after = view("btv.hdnd");
    assertThat(items(after)).extracting(item -> item.get("myChoice")).containsExactly("AGREE", null, null);
    assertThat(after.get("sheetVersion")).isEqualTo(version);
  }

  @Test
  void someoneWhoIsNoMemberOfTheVoteCannotVote_andOutsidersCannotRead() {
    ResponseEntity<String> board = as("btc.canbo").exchange("/api/votes/" + voteId + "/ballots", HttpMethod.PUT,
        new HttpEntity<>(Map.of("version", 0, "ballots", List.of(Map.of("proposalId", phase.chauOCollective(),
            "choice", "AGREE")))), String.class);
    assertThat(board.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(view("btc.canbo")).containsEntry("voter", false).containsEntry("canVote", false);
    assertThat(as("chauo.canbo").getForEntity("/api/votes/" + voteId, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("chauo.canbo").getForEntity("/api/votes/" + voteId + "/tally", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(anonymous.getForEntity("/api/votes/" + voteId, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theTallyIsHiddenWhileOpen_thenCountsOnlyForThuongTrucTheBoardAdministratorsAndMembers() {
    for (int i = 0; i < 9; i++) {
      save(COMMITTEE.get(i), ballots(phase.chauOCollective(), i < 7 ? "AGREE" : "ABSTAIN", phase.chauOMember(), "DISAGREE",
          phase.binhChanhState(), "AGREE"));
    }
    for (String reader : List.of("bithu", "btc.canbo", "btv.hdnd", "admin")) {
      assertThat(as(reader).getForEntity("/api/votes/" + voteId + "/tally", String.class).getStatusCode())
          .as(reader).isEqualTo(HttpStatus.CONFLICT);
      assertThat(items(view(reader))).as(reader).allSatisfy(item -> assertThat(item.get("tally")).isNull());
    }

    closeAtTheDeadline();

    for (String reader : List.of("bithu", "btc.canbo", "btv.hdnd", "admin")) {
      ResponseEntity<List<Map<String, Object>>> tally = as(reader).exchange("/api/votes/" + voteId + "/tally",
          HttpMethod.GET, null, new ParameterizedTypeReference<>() {
          });
      assertThat(tally.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
      assertThat((Map<String, Object>) tally.getBody().get(0).get("tally")).as(reader).containsEntry("agree", 7)
          .containsEntry("disagree", 0).containsEntry("abstain", 2).containsEntry("voters", 13)
          .containsEntry("quorumReached", true).containsEntry("outcome", "APPROVED")
          .containsEntry("outcomeLabel", "Được thông qua");
    }
    String body = as("btc.canbo").getForObject("/api/votes/" + voteId + "/tally", String.class);
    COMMITTEE.forEach(member -> assertThat(body).doesNotContain("\"" + member + "\""));
    Map<String, Object> chair = view("pbt.thuongtruc");
    assertThat(chair).containsEntry("status", "CLOSED").containsEntry("canConclude", true);
    assertThat(chair.get("conclusionTaskId")).isNotNull();
  }

  @Test
  void thuongTrucCannotSendBackWhileMembersAreStillVoting() {
    ResponseEntity<String> early = as("bithu").exchange("/api/votes/" + voteId + "/send-backs", HttpMethod.PUT,
        new HttpEntity<>(Map.of("items", List.of(Map.of("proposalId", phase.chauOMember(), "sendBack", true,
            "reason", "Làm rõ thành tích")))), String.class);
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void aRetriedOpeningFindsTheVoteItOpened() {
    long again = votes.open(phase.campaign().id(), 1, 1, process.getId()).getId();
    assertThat(again).isEqualTo(voteId);
    assertThat(votes.pendingVoters(voteId)).hasSize(13);
  }

  @Test
  void noProcessVariableNorHistoryEverHoldsABallot() {
    COMMITTEE.forEach(member -> {
      save(member, ballots(phase.chauOCollective(), "AGREE", phase.chauOMember(), "DISAGREE", phase.binhChanhState(),
          "ABSTAIN"));
      taskService.complete(taskOf(member));
    });
    taskService.complete(taskService.createTaskQuery().processInstanceId(process.getId())
        .taskDefinitionKey("Task_ConcludeVote").singleResult().getId(), Map.of("conclusionConfirmed", true));

    List<HistoricVariableInstance> variables = historyService.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(process.getId()).list();
    List<HistoricDetail> updates = historyService.createHistoricDetailQuery().processInstanceId(process.getId())
        .variableUpdates().list();
    assertThat(variables).isNotEmpty();
    assertThat(updates).isNotEmpty();
    assertThat(variables).extracting(HistoricVariableInstance::getName)
        .allSatisfy(name -> assertThat(name.toLowerCase()).doesNotContain("ballot").doesNotContain("choice"));
    assertThat(variables).extracting(variable -> String.valueOf(variable.getValue()))
        .allSatisfy(value -> assertThat(value).doesNotContain("AGREE").doesNotContain("DISAGREE").doesNotContain("ABSTAIN"));
    assertThat(updates).extracting(update -> String.valueOf(((HistoricVariableUpdate) update).getValue()))
        .allSatisfy(value -> assertThat(value).doesNotContain("AGREE").doesNotContain("ABSTAIN"));
    // the element variable names whose task it is, never what they chose
    assertThat(variables).extracting(HistoricVariableInstance::getName).contains("voter", "voteId", "quorumReached")
        .doesNotContain("agree", "disagree", "abstain");
  }

  // --- steps

  private void closeAtTheDeadline() {
    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 6, 22), 8, 0));
    engine.fireTimer(process, "Timer_VoteDeadline");
  }

  private Map<String, Object> view(String user) {
    ResponseEntity<Map<String, Object>> answer = as(user).exchange("/api/votes/" + voteId, HttpMethod.GET, null, OBJECT);
    assertThat(answer.getStatusCode()).as("%s reads the vote", user).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  private ResponseEntity<Map<String, Object>> save(String member, List<Map<String, Object>> ballots) {
    return save(member, ((Number) view(member).get("sheetVersion")).intValue(), ballots);
  }

  private ResponseEntity<Map<String, Object>> save(String member, int version, List<Map<String, Object>> ballots) {
    return as(member).exchange("/api/votes/" + voteId + "/ballots", HttpMethod.PUT,
        new HttpEntity<>(Map.of("version", version, "ballots", ballots)), OBJECT);
  }

  private String taskOf(String member) {
    return taskService.createTaskQuery().processInstanceId(process.getId()).taskDefinitionKey("Task_CastBallots")
        .taskAssignee(member).singleResult().getId();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> items(Map<String, Object> view) {
    return (List<Map<String, Object>>) view.get("items");
  }

  private static List<Map<String, Object>> ballots(Object... pairs) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      rows.add(Map.of("proposalId", pairs[i], "choice", pairs[i + 1]));
    }
    return rows;
  }
}
