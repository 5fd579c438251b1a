package vn.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.thidua.support.IntegrationTest;

/**
 * A page of another site, opened by a signed-in person, makes their browser post to this server with
 * the session cookie but without the token only this server's pages know: nothing happens, neither on
 * the app's API nor on the engine's (which takes no session at all).
 */
class CrossSiteRequestTest extends IntegrationTest {

  private static final String EVIL = "https://evil.example";
  private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  JdbcTemplate jdbc;

  private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private String adminSession;

  @BeforeEach
  void theAdministratorSignsInThroughTheLoginPage() throws Exception {
    HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/login")).build(), BodyHandlers.ofString());
    Matcher token = TOKEN.matcher(page.body());
    assertThat(token.find()).as("the login page carries its token").isTrue();
    String pageSession = session(page);
    String form = "username=admin&password=" + DEMO_PASSWORD + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "JSESSIONID=" + pageSession)
        .POST(BodyPublishers.ofString(form)).build(), BodyHandlers.ofString());
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location")).get().asString().doesNotContain("error");
    adminSession = session(signedIn);
    HttpResponse<String> api = send(HttpRequest.newBuilder(uri("/api/campaigns")).GET());
    assertThat(api.statusCode()).as("the session works on the app's API").isEqualTo(200);
  }

  @Test
  void aCrossSiteMultipartPostCreatesNoDeploymentOnTheEngineApi() throws Exception {
    long deployments = repositoryService.createDeploymentQuery().count();
    String boundary = "----evil";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nevil\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"evil.bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n<definitions/>\r\n--" + boundary + "--\r\n";

    HttpResponse<String> forged = send(HttpRequest.newBuilder(uri("/engine-rest/deployment/create"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(BodyPublishers.ofString(body)));

    assertThat(forged.statusCode()).isEqualTo(401);
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void theEngineApiIgnoresTheBrowsersSessionAndAsksForNoBasicPrompt() throws Exception {
    HttpResponse<String> read = send(HttpRequest.newBuilder(uri("/engine-rest/task")).GET());

    assertThat(read.statusCode()).isEqualTo(401);
    assertThat(read.headers().firstValue("WWW-Authenticate")).isEmpty();
  }

  @Test
  void crossSiteJsonFormAndMultipartPostsChangeNothingOnTheAppsApi() throws Exception {
    long campaigns = jdbc.queryForObject("select count(*) from campaign", Long.class);

    HttpResponse<String> json = send(HttpRequest.newBuilder(uri("/api/campaigns"))
        .header("Content-Type", "application/json").POST(BodyPublishers.ofString("{\"planNumber\":\"1-KH/HU\"}")));
    HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/api/campaigns"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString("planNumber=1")));
    HttpResponse<String> multipart = send(HttpRequest.newBuilder(uri("/api/proposals/1/documents"))
        .header("Content-Type", "multipart/form-data; boundary=x")
        .POST(BodyPublishers.ofString("--x\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nTO_TRINH\r\n--x--\r\n")));

    assertThat(json.statusCode()).isEqualTo(403);
    assertThat(json.body()).contains(ApiAccessDenied.NO_TOKEN);
    assertThat(form.statusCode()).isEqualTo(403);
    assertThat(multipart.statusCode()).isEqualTo(403);
    assertThat(jdbc.queryForObject("select count(*) from campaign", Long.class)).isEqualTo(campaigns);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return browser.send(request.header("Cookie", "JSESSIONID=" + adminSession).header("Origin", EVIL)
        .header("Referer", EVIL + "/page.html").build(), BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create(baseUrl() + path);
  }

  private static String session(HttpResponse<?> response) {
    return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
        .map(found -> found.group(1)).findFirst().orElseThrow();
  }
}
