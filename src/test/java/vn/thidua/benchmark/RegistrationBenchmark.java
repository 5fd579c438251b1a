package vn.thidua.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.EngineSteps.at;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.thidua.campaign.CampaignRequest;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignView;
import vn.thidua.document.TestFiles;
import vn.thidua.organization.OrganizationService;
import vn.thidua.organization.UnitSummary;
import vn.thidua.support.CampaignFixtures;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.LaunchFixtures;

/**
 * Figures for the closing notes, not part of the test run (tag {@code benchmark}): how long opening
 * 30 units' registrations takes, and how long a 10 MB dossier file takes to upload and download.
 * Run with {@code mvn test -Dtest=RegistrationBenchmark -Dexcluded.test.groups=none}.
 */
@Tag("benchmark")
class RegistrationBenchmark extends IntegrationTest {

  private static final int ROUNDS = 5;

  @Autowired
  CampaignService campaigns;

  @Autowired
  OrganizationService organization;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  TaskService taskService;

  @Test
  void openingThirtyUnitsRegistrations() {
    List<String> units = organization.allUnits().stream().map(UnitSummary::code).limit(30).toList();
    assertThat(units).hasSize(30);
    long[] millis = new long[ROUNDS];
    for (int round = 0; round < ROUNDS; round++) {
      CampaignRequest plan = LaunchFixtures.plan(LaunchFixtures.uniquePlanNumber());
      CampaignView campaign = campaigns.create(new CampaignRequest(plan.planNumber(), plan.title(), plan.theme(),
          plan.slogans(), plan.contentAreas(), plan.pledgeDeadline(), plan.phases(), units, units.get(0)), "btc.truong");
      String process = CampaignFixtures.campaignProcess(runtimeService, campaign).getId();
      long start = System.nanoTime();
      runtimeService.createProcessInstanceModification(process).startBeforeActivity("SubProcess_PledgeRegistration")
          .cancelAllForActivity("CallActivity_Launch").execute();
      millis[round] = (System.nanoTime() - start) / 1_000_000;
      assertThat(taskService.createTaskQuery().processInstanceBusinessKey(campaign.planNumber())
          .taskDefinitionKey("Task_RegisterPledge").count()).isEqualTo(30);
    }
    Arrays.sort(millis);
    System.out.printf("BENCHMARK open 30 registrations: min %d ms, median %d ms, max %d ms (%d rounds)%n",
        millis[0], millis[ROUNDS / 2], millis[ROUNDS - 1], ROUNDS);
  }

  @Test
  void uploadingAndDownloadingATenMegabyteDossierFile() {
    CampaignView campaign = CampaignFixtures.registering(campaigns, runtimeService);
    long pledge = ((Number) as("chauo.canbo").exchange("/api/pledges?campaignId=" + campaign.id(), HttpMethod.GET, null,
        new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody().get(0).get("id")).longValue();
    as("chauo.canbo").exchange("/api/pledges/" + pledge, HttpMethod.PUT,
        new HttpEntity<>(CampaignFixtures.pledge(0, "Kết nạp đảng viên mới")), String.class);
    String task = taskService.createTaskQuery().processVariableValueEquals("pledgeId", pledge).singleResult().getId();
    taskService.complete(task);
    taskService.complete(taskService.createTaskQuery().processVariableValueEquals("pledgeId", pledge).singleResult()
        .getId(), Map.of("pledgeDecision", "ACCEPT"));
    as("btc.truong").postForEntity("/api/campaigns/" + campaign.id() + "/pledge-registration/close", null, String.class);
    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 1, 12)));  // the first phase has begun
    as("btc.truong").postForEntity("/api/campaigns/" + campaign.id() + "/phases/1/start-review", null, String.class);
    long report = ((Number) as("chauo.canbo").exchange("/api/reports?campaignId=" + campaign.id(), HttpMethod.GET, null,
        new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody().get(0).get("id")).longValue();
    long unitId = ((Number) ((Map<?, ?>) as("chauo.canbo").getForObject("/api/reports/" + report, Map.class).get("unit"))
        .get("id")).longValue();
    Map<?, ?> proposal = as("chauo.canbo").postForObject("/api/reports/" + report + "/proposals",
        CampaignFixtures.collectiveProposal(unitId), Map.class);
    byte[] file = TestFiles.pdfOfSize(10 * 1024 * 1024, 1);

    List<Long> uploads = new ArrayList<>();
    List<Long> downloads = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      long start = System.nanoTime();
      ResponseEntity<Map> stored = as("chauo.canbo").postForEntity("/api/proposals/" + proposal.get("id") + "/documents",
          CampaignFixtures.upload("TO_TRINH", "to-trinh-" + round + ".pdf", file), Map.class);
      uploads.add((System.nanoTime() - start) / 1_000_000);
      assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.CREATED);
      start = System.nanoTime();
      byte[] back = as("chauo.canbo").getForObject((String) stored.getBody().get("downloadUrl"), byte[].class);
      downloads.add((System.nanoTime() - start) / 1_000_000);
      assertThat(back).hasSize(file.length);
    }
    System.out.printf("BENCHMARK 10 MB dossier file over HTTP: upload %s ms, download %s ms%n", uploads, downloads);
  }
}
