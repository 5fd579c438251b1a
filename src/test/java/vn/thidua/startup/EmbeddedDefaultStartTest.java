package vn.thidua.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.client.TestRestTemplate;

import vn.thidua.support.ChildApplication;
import vn.thidua.support.DemoUsers;

/**
 * A newcomer runs the application without any configuration: it starts on H2 with the demo data, and
 * after a restart the data is still there, once.
 */
class EmbeddedDefaultStartTest {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

  @TempDir
  Path workDir;

  @Test
  void startsOnH2WithDemoDataThatSurvivesARestartWithoutDuplicates() throws Exception {
    int units;
    int campaigns;
    Object deployments;
    try (ChildApplication app = ChildApplication.startEmbeddedDefault(workDir)) {
      Duration startUp = app.awaitStarted(START_TIMEOUT);
      System.out.println("Embedded default start-up, first run (empty database): " + startUp.toMillis() + " ms");
      TestRestTemplate admin = new TestRestTemplate(DemoUsers.ADMIN, "demo");
      units = admin.getForObject(app.baseUrl() + "/api/units", List.class).size();
      List<?> found = admin.getForObject(app.baseUrl() + "/api/campaigns", List.class);
      campaigns = found.size();
      deployments = admin.getForObject(app.baseUrl() + "/engine-rest/deployment/count", Map.class).get("count");
      assertThat(deployments).isEqualTo(1);
      assertThat(units).isGreaterThanOrEqualTo(30);
      assertThat(found.stream().map(campaign -> String.valueOf(((Map<?, ?>) campaign).get("planNumber")))).containsExactly("123-KH/HU");
      assertThat(new TestRestTemplate(DemoUsers.OFFICE, "demo").getForEntity(app.baseUrl() + "/api/units", String.class)
          .getStatusCode().value()).isEqualTo(200);
    }
    assertThat(Files.list(workDir.resolve("data"))).isNotEmpty();

    try (ChildApplication again = ChildApplication.startEmbeddedDefault(workDir)) {
      Duration restart = again.awaitStarted(START_TIMEOUT);
      System.out.println("Embedded default start-up, restart: " + restart.toMillis() + " ms");
      TestRestTemplate admin = new TestRestTemplate(DemoUsers.ADMIN, "demo");
      assertThat(admin.getForObject(again.baseUrl() + "/api/units", List.class)).hasSize(units);
      assertThat(admin.getForObject(again.baseUrl() + "/api/campaigns", List.class)).hasSize(campaigns);
      assertThat(admin.getForObject(again.baseUrl() + "/engine-rest/deployment/count", Map.class).get("count"))
          .as("unchanged models and forms are not deployed again").isEqualTo(deployments);
      assertThat(again.tail()).doesNotContain("Demo campaign 123-KH/HU created");
    }
  }

  @Test
  void thePostgresProfileRefusesToStartWithoutAnAdministratorPassword() throws Exception {
    try (ChildApplication app = ChildApplication.startEmbeddedDefault(workDir, "--spring.profiles.active=postgres",
        "--thidua.admin.password=", "--spring.datasource.url=jdbc:h2:mem:nopassword", "--spring.datasource.username=sa",
        "--spring.datasource.password=")) {
      String output = app.awaitExit(START_TIMEOUT);
      assertThat(output).contains("THIDUA_ADMIN_PASSWORD");
    }
  }
}
