package vn.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.thidua.campaign.CampaignService;
import vn.thidua.support.CampaignFixtures;
import vn.thidua.support.EngineSteps;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.PhaseSteps;

/**
 * Who may call what on the app's API, as one table: each endpoint, asked by a person of each body, with
 * the status that body must get. A write that is refused changes nothing: writes here carry a body the
 * rightful caller gets 400 or 409 for, so no row of the application's tables changes in any case.
 */
class ApiAuthorizationTableTest extends IntegrationTest {

  /** The columns: an administrator, the Standing Office, Ban Tổ chức, a Standing Committee member, Ủy ban
   * Kiểm tra, Văn phòng, Châu Ổ's officer and head, and another unit's officer. */
  private static final List<String> PEOPLE = List.of("admin", "bithu", "btc.canbo", "btv.hdnd", "ubkt.canbo",
      "vp.canbo", "chauo.canbo", "chauo.truong", "binhchanh.canbo");

  @Autowired
  CampaignService campaigns;

  @Autowired
  RuntimeService runtimeService;

  @Autowired
  ManagementService managementService;

  @Autowired
  JdbcTemplate jdbc;

  private record Row(HttpMethod method, String path, Object body, String expected) {
  }

  @Test
  void everyBodyGetsExactlyTheAnswerItsRoleAllows() {
    ClockUtil.setCurrentTime(EngineSteps.at(LocalDate.of(2027, 1, 12))); // the first phase has begun
    PhaseSteps steps = new PhaseSteps(this::as, runtimeService, managementService,
        CampaignFixtures.registering(campaigns, runtimeService));
    steps.register("chauo.canbo");
    steps.register("binhchanh.canbo");
    steps.closeRegistration();
    steps.startReview(1);
    String campaign = steps.campaign().id();
    long pledge = steps.pledgeOf("chauo.canbo");
    long report = steps.reportOf("chauo.canbo", 1);

    List<Row> table = List.of(
        //                                                                           adm bit btc btv ubk vp  cO  cOh bC
        new Row(HttpMethod.GET, "/api/session", null,                               "200 200 200 200 200 200 200 200 200"),
        new Row(HttpMethod.GET, "/api/units", null,                                 "200 200 200 200 200 200 200 200 200"),
        new Row(HttpMethod.POST, "/api/units", "{}",                                "400 403 400 403 403 403 403 403 403"),
        new Row(HttpMethod.GET, "/api/members", null,                               "200 200 200 200 200 200 200 200 200"),
        new Row(HttpMethod.POST, "/api/members", "{}",                              "400 403 400 403 403 403 403 403 403"),
        new Row(HttpMethod.GET, "/api/campaigns", null,                             "200 200 200 200 200 200 200 200 200"),
        new Row(HttpMethod.GET, "/api/campaigns/" + campaign, null,                 "200 200 200 200 200 200 200 200 200"),
        new Row(HttpMethod.POST, "/api/campaigns", "{}",                            "400 400 400 403 403 403 403 403 403"),
        new Row(HttpMethod.POST, "/api/campaigns/" + campaign + "/phases/1/start-review", null,
                                                                                    "409 403 409 403 403 403 403 403 403"),
        new Row(HttpMethod.POST, "/api/campaigns/" + campaign + "/pledge-registration/close", null,
                                                                                    "409 403 409 403 403 403 403 403 403"),
        new Row(HttpMethod.GET, "/api/reward-forms", null,                          "200 200 200 200 200 200 200 200 200"),
        new Row(HttpMethod.POST, "/api/reward-forms", "{}",                         "400 403 400 403 403 403 403 403 403"),
        new Row(HttpMethod.GET, "/api/pledges/" + pledge, null,                     "200 200 200 200 200 403 200 200 403"),
        // a whole registration: Châu Ổ's was accepted, so even its own unit may no longer change it
        new Row(HttpMethod.PUT, "/api/pledges/" + pledge, CampaignFixtures.pledge(0, "Kết nạp đảng viên"),
                                                                                    "403 403 403 403 403 403 409 409 403"),
        new Row(HttpMethod.GET, "/api/reports/" + report, null,                     "200 200 200 200 200 403 200 200 403"),
        // results with a stale version, and a proposal of a nominee outside the unit: refused to the unit too
        new Row(HttpMethod.PUT, "/api/reports/" + report, CampaignFixtures.results(99, 2),
                                                                                    "403 403 403 403 403 403 409 409 403"),
        new Row(HttpMethod.POST, "/api/reports/" + report + "/proposals", CampaignFixtures.collectiveProposal(999_999),
                                                                                    "403 403 403 403 403 403 400 400 403"),
        new Row(HttpMethod.GET, "/api/ratings?unitCode=CHAU-O", null,               "200 200 200 200 200 403 200 200 403"),
        new Row(HttpMethod.POST, "/api/ratings", "{}",                              "400 403 400 403 403 403 403 403 403"),
        new Row(HttpMethod.GET, "/api/rewards?unitCode=CHAU-O", null,               "200 200 200 200 200 403 200 200 403"),
        new Row(HttpMethod.GET, "/api/postings", null,                              "200 403 200 403 403 403 403 403 403"),
        new Row(HttpMethod.GET, "/api/appraisal-notices?unitCode=CHAU-O", null,     "200 200 200 200 200 403 200 200 403"));

    long rowsBefore = businessRows();
    List<String> wrong = new ArrayList<>();
    for (Row row : table) {
      String[] expected = row.expected().split("\\s+");
      for (int column = 0; column < PEOPLE.size(); column++) {
        String person = PEOPLE.get(column);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> answer = as(person).exchange(row.path(), row.method(),
            new HttpEntity<>(row.body(), headers), String.class);
        int status = answer.getStatusCode().value();
        if (!String.valueOf(status).equals(expected[column])) {
          wrong.add(row.method() + " " + row.path() + " as " + person + ": " + status + ", expected " + expected[column]);
        } else if (status == 403 && !answer.getBody().matches("(?s)\\{\"message\":\"[^\"]*[đĐ]ơn vị[^\"]*\".*|"
            + "\\{\"message\":\"" + ApiAccessDenied.NOT_ALLOWED + "\"}")) {
          wrong.add(row.method() + " " + row.path() + " as " + person + ": 403 without a Vietnamese message: "
              + answer.getBody());
        }
      }
    }

    assertThat(wrong).as("answers that differ from the table").isEmpty();
    assertThat(businessRows()).as("nothing written by any request of the table").isEqualTo(rowsBefore);
    System.out.printf("/api authorization table: %d endpoints x %d people%n", table.size(), PEOPLE.size());
  }

  private long businessRows() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : List.of("unit", "member", "campaign", "pledge", "results_report", "proposal", "reward_form",
        "quality_rating", "award")) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }
}
