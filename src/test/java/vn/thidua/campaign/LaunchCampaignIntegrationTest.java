package vn.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.LaunchFixtures.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.thidua.support.DemoUsers;
import vn.thidua.support.EngineRest;
import vn.thidua.support.IntegrationTest;

/** Each body carries the seed campaign through its launch over the engine's REST API, as in Tasklist. */
class LaunchCampaignIntegrationTest extends IntegrationTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
  };

  @Autowired
  HistoryService historyService;

  @Test
  void bodiesLaunchTheCampaignWithTheSpeechAndTheBudgetReturnedOnce() {
    String planNumber = "901-KH/HU";
    ResponseEntity<Map<String, Object>> created = as(DemoUsers.ORGANIZATION_BOARD_HEAD)
        .exchange("/api/campaigns", HttpMethod.POST, new HttpEntity<>(plan(planNumber)), JSON);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String id = (String) created.getBody().get("id");
    assertThat(created.getHeaders().getLocation()).hasToString("/api/campaigns/" + id);
    assertThat(created.getBody().get("statusLabel")).isEqualTo("Đang chuẩn bị phát động");

    EngineRest organizationBoard = new EngineRest(as(DemoUsers.ORGANIZATION_BOARD), DemoUsers.ORGANIZATION_BOARD);
    EngineRest office = new EngineRest(as(DemoUsers.OFFICE), DemoUsers.OFFICE);
    EngineRest peoplesCommittee = new EngineRest(as(DemoUsers.PEOPLES_COMMITTEE), DemoUsers.PEOPLES_COMMITTEE);
    EngineRest speakerUnit = new EngineRest(as(DemoUsers.CHAU_O_OFFICER), DemoUsers.CHAU_O_OFFICER);
    EngineRest propaganda = new EngineRest(as(DemoUsers.PROPAGANDA), DemoUsers.PROPAGANDA);
    EngineRest mobilization = new EngineRest(as(DemoUsers.MASS_MOBILIZATION), DemoUsers.MASS_MOBILIZATION);
    EngineRest standingOffice = new EngineRest(as(DemoUsers.SECRETARY), DemoUsers.SECRETARY);

    organizationBoard.work(planNumber, "Task_PrepareCeremonyDocuments", ceremonyDocuments());
    office.work(planNumber, "Task_ReviewSpeech", speechReturned("Bổ sung kết quả nổi bật năm 2026"));
    organizationBoard.work(planNumber, "Task_PrepareCeremonyDocuments", ceremonyDocuments());
    office.work(planNumber, "Task_ReviewSpeech", speechAccepted());
    office.work(planNumber, "Task_IssueInvitations", invitations());
    office.work(planNumber, "Task_PrepareBudgetEstimate", budgetEstimate(25_000_000L));
    peoplesCommittee.work(planNumber, "Task_AssignPresenter", presenter());
    speakerUnit.work(planNumber, "Task_SubmitResponseSpeech", responseSpeech());
    propaganda.work(planNumber, "Task_SubmitCommunicationPlan", communicationPlan());
    mobilization.work(planNumber, "Task_SubmitMobilizationPlan", mobilizationPlan());

    standingOffice.work(planNumber, "Task_ApproveByStandingOffice",
        standingOfficeReturns("BUDGET", "Giảm chi phí thuê hội trường"));
    peoplesCommittee.work(planNumber, "Task_ApproveByPeoplesCommittee", peoplesCommitteeApproves());
    office.work(planNumber, "Task_ReviseBudget", budgetEstimate(15_000_000L));
    standingOffice.work(planNumber, "Task_ApproveByStandingOffice", standingOfficeApproves());
    peoplesCommittee.work(planNumber, "Task_ApproveByPeoplesCommittee", peoplesCommitteeApproves());

    office.work(planNumber, "Task_RecordCeremony", ceremony(List.of("CHAU-O", "BINH-CHANH")));
    assertThat(as(DemoUsers.OFFICE).getForObject("/api/campaigns/" + id, Map.class).get("statusLabel"))
        .isEqualTo("Đang đăng ký thi đua");
    office.work(planNumber, "Task_SettleBudget", settlement(14_200_000L, 3_500_000L));

    Map<?, ?> campaign = as(DemoUsers.OFFICE).getForObject("/api/campaigns/" + id, Map.class);
    assertThat(campaign.get("status")).isEqualTo("PLEDGE_REGISTRATION");
    assertThat((List<Map<?, ?>>) campaign.get("currentSteps")).extracting(step -> (Object) step.get("activityId"))
        .containsOnly("Task_RegisterPledge").hasSize(3);
    Map<?, ?> launch = (Map<?, ?>) campaign.get("launch");
    assertThat(launch.get("speechStatus")).isEqualTo("ACCEPTED");
    assertThat(launch.get("presenterName")).isEqualTo("Lê Văn Hùng");
    assertThat(launch.get("communicationChannels")).isEqualTo("TRUYEN_THANH,CONG_THONG_TIN");
    assertThat(((Number) launch.get("budgetTotal")).longValue()).isEqualTo(18_500_000L);
    assertThat(((Number) launch.get("actualTotal")).longValue()).isEqualTo(17_700_000L);
    assertThat(((List<?>) launch.get("signedUnits")).stream().map(unit -> String.valueOf(((Map<?, ?>) unit).get("code"))))
        .containsExactlyInAnyOrder("CHAU-O", "BINH-CHANH");
    assertThat(((List<?>) launch.get("approvals")).stream().map(approval -> String.valueOf(((Map<?, ?>) approval).get("decision"))))
        .containsExactly("RETURN", "APPROVE", "APPROVE", "APPROVE");
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(planNumber)
        .processDefinitionKey("campaign-launch").finished().count()).isEqualTo(1);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(planNumber)
        .processDefinitionKey("campaign").unfinished().count()).isEqualTo(1);
  }

  @Test
  void anIncompleteFormIsRefusedWithAVietnameseMessageAndChangesNothing() {
    String planNumber = "902-KH/HU";
    assertThat(as(DemoUsers.ORGANIZATION_BOARD_HEAD).postForEntity("/api/campaigns", plan(planNumber), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    EngineRest office = new EngineRest(as(DemoUsers.OFFICE), DemoUsers.OFFICE);
    String taskId = office.taskId(planNumber, "Task_PrepareBudgetEstimate");
    office.claim(taskId);

    ResponseEntity<String> refused = office.complete(taskId,
        Map.of("budgetItem1Description", "Thuê hội trường", "budgetItem1Amount", -5L));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("Số tiền dự trù không được âm");
    assertThat(office.taskId(planNumber, "Task_PrepareBudgetEstimate")).isEqualTo(taskId);
  }
}
