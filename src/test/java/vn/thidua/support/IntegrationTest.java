package vn.thidua.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole application on a real PostgreSQL, with the demo data
 * (bodies, units, members, users with password "demo") and a real SMTP server ({@link TestMailServer}).
 * All subclasses share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "demo", "test"})
public abstract class IntegrationTest {

  public static final String DEMO_PASSWORD = "demo";

  @LocalServerPort
  protected int port;

  @Autowired
  protected TestRestTemplate anonymous;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", EmbeddedPostgres::jdbcUrl);
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }

  /** Notification mails go to a real SMTP server in this JVM; see {@link TestMailServer}. */
  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    TestMailServer.register(registry);
  }

  /** A REST client signed in with HTTP Basic as the given demo user. */
  protected TestRestTemplate as(String username) {
    return anonymous.withBasicAuth(username, DEMO_PASSWORD);
  }

  protected String baseUrl() {
    return "http://localhost:" + port;
  }

  @BeforeEach
  void resetClock() {
    org.camunda.bpm.engine.impl.util.ClockUtil.reset();
  }
}
