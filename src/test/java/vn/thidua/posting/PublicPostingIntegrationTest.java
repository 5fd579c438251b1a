package vn.thidua.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.PostingFixtures.objection;
import static vn.thidua.support.PostingFixtures.send;
import static vn.thidua.support.PostingFixtures.uniqueAddress;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

import vn.thidua.campaign.CampaignService;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.PostingFixtures;
import vn.thidua.support.PostingFixtures.Posted;

/**
 * An installation that opens the posting to the public ({@code thidua.posting.public=true}): anyone reads
 * the list and objects without signing in or holding a session, and nothing else opens with it. Its own
 * application context, so every public-access check lives in this one class.
 */
@TestPropertySource(properties = "thidua.posting.public=true")
class PublicPostingIntegrationTest extends IntegrationTest {

  @Autowired
  CampaignService campaigns;

  @Autowired
  PostingService postings;

  @Autowired
  TaskService taskService;

  @Test
  void anAnonymousVisitorReadsTheListAndObjectsWithoutASession() {
    Posted posting = PostingFixtures.open(campaigns, postings);

    ResponseEntity<List<Map<String, Object>>> list = anonymous.exchange("/api/public/postings", HttpMethod.GET, null,
        new ParameterizedTypeReference<>() { });
    ResponseEntity<String> sent = send(anonymous, posting.id(),
        objection(posting.entry(2).proposalId(), "Chi bộ thôn Phước Hòa chưa hoàn thành chỉ tiêu thu quỹ."),
        uniqueAddress());

    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(list.getHeaders().get(HttpHeaders.SET_COOKIE)).as("reading creates no session").isNull();
    assertThat(list.getHeaders().getFirst("X-CSRF-TOKEN")).as("no token without a session").isNull();
    assertThat(list.getBody()).anySatisfy(listed -> {
      assertThat(((Number) listed.get("id")).longValue()).isEqualTo(posting.id());
      assertThat((List<?>) listed.get("entries")).hasSize(3);
    });
    assertThat(sent.getStatusCode()).as("sent: %s", sent.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(sent.getHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
    assertThat(taskService.createTaskQuery().processDefinitionKey("objection-handling")
        .processInstanceBusinessKey(posting.campaign().planNumber()).taskCandidateGroup("ban-to-chuc").list())
        .singleElement().satisfies(task -> assertThat(taskService.getVariable(task.getId(), "objectionContent"))
            .isEqualTo("Chi bộ thôn Phước Hòa chưa hoàn thành chỉ tiêu thu quỹ."));
  }

  @Test
  void thePageAndItsFilesLoadWithoutSigningIn() {
    assertThat(anonymous.getForEntity("/congkhai", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(anonymous.getForEntity("/congkhai/congkhai.js", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(anonymous.getForEntity("/app/app.js", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(anonymous.getForEntity("/app/app.css", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void nothingElseOpensWithIt() {
    Posted posting = PostingFixtures.open(campaigns, postings);

    assertThat(anonymous.getForEntity("/api/postings/{id}/objections", String.class, posting.id()).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getForEntity("/api/postings", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getForEntity("/api/session", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getForEntity("/app/report.html", String.class).getBody())
        .as("another page of the app sends the visitor to sign in").contains("id=\"username\"");
    assertThat(anonymous.exchange("/api/public/postings", HttpMethod.DELETE, null, String.class).getStatusCode())
        .isIn(HttpStatus.UNAUTHORIZED, HttpStatus.FORBIDDEN);
  }

  @Test
  void theHourlyLimitHoldsForAnonymousVisitorsToo() {
    Posted posting = PostingFixtures.open(campaigns, postings);
    String address = uniqueAddress();
    for (int i = 1; i <= 5; i++) {
      assertThat(send(anonymous, posting.id(), objection(null, "Phản ánh " + i), address).getStatusCode())
          .isEqualTo(HttpStatus.CREATED);
    }

    assertThat(send(anonymous, posting.id(), objection(null, "Phản ánh 6"), address).getStatusCode())
        .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
  }
}
