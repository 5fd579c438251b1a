package vn.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.support.DemoUsers;
import vn.thidua.support.IntegrationTest;

/**
 * Someone guessing passwords from one address is stopped after {@code thidua.security.sign-in.failures-per-address}
 * (10) wrong ones, on every way in, before the guesses reach the accounts: the account they aim at is not
 * locked, and its owner signs in from elsewhere as usual.
 */
class SignInLimitIntegrationTest extends IntegrationTest {

  private static final int LIMIT = 10;
  private static final String NOBODY = "khong.co.tai.khoan";
  private static final String REFUSED = "Đăng nhập sai quá nhiều lần từ địa chỉ này. Vui lòng thử lại sau 15 phút.";

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  IdentityService identityService;

  private HttpResponse<String> basic(String clientAddress, String username, String password) {
    return new BrowserClient(baseUrl(), clientAddress).getWithBasic("/api/session", username, password);
  }

  private int failedAttemptsOf(String username) {
    return ((UserEntity) identityService.createUserQuery().userId(username).singleResult()).getAttempts();
  }

  @Test
  void anApiClientGuessingPasswordsIsRefusedWithoutItsGuessesReachingTheAccount() throws Exception {
    String guesser = "198.51.100.21";
    for (int i = 0; i < LIMIT; i++) {
      assertThat(basic(guesser, NOBODY, "doan-" + i).statusCode()).isEqualTo(HttpStatus.UNAUTHORIZED.value());
    }

    HttpResponse<String> refused = basic(guesser, DemoUsers.ADMIN, "doan-mat-khau");
    HttpResponse<String> evenRight = basic(guesser, DemoUsers.ADMIN, DEMO_PASSWORD);

    assertThat(refused.statusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS.value());
    assertThat(JSON.readTree(refused.body()).path("message").asText()).isEqualTo(REFUSED);
    assertThat(refused.headers().firstValue(HttpHeaders.RETRY_AFTER)).hasValueSatisfying(
        seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 15 * 60L));
    assertThat(evenRight.statusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS.value());
    assertThat(failedAttemptsOf(DemoUsers.ADMIN)).as("the refused guess was never checked against admin").isZero();
    HttpResponse<String> owner = basic("198.51.100.22", DemoUsers.ADMIN, DEMO_PASSWORD);
    assertThat(owner.statusCode()).isEqualTo(HttpStatus.OK.value());
    assertThat(JSON.readTree(owner.body()).path("username").asText()).isEqualTo(DemoUsers.ADMIN);
  }

  @Test
  void fiftyGuessesInARowFromOneAddressReachTheAccountsOnlyTenTimes() {
    String guesser = "198.51.100.23";
    long refused = 0;
    for (int i = 0; i < 50; i++) {
      if (basic(guesser, NOBODY, "doan-" + i).statusCode() == HttpStatus.TOO_MANY_REQUESTS.value()) {
        refused++;
      }
    }

    assertThat(refused).isEqualTo(50 - LIMIT);
  }

  @Test
  void aPersonGuessingOnTheLoginPageIsToldHowLongToWait() {
    BrowserClient guesser = new BrowserClient(baseUrl(), "198.51.100.24");
    for (int i = 1; i < LIMIT; i++) {
      HttpResponse<String> wrong = guesser.signIn(NOBODY, "doan-" + i);
      assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
    }
    assertThat(guesser.get("/login?error").body()).contains("Tên đăng nhập hoặc mật khẩu không đúng.")
        .doesNotContain("Đăng nhập sai quá nhiều lần");
    guesser.signIn(NOBODY, "doan-lan-cuoi");
    assertThat(guesser.get("/login?error").body()).as("the last failure allowed already says how long to wait")
        .contains(REFUSED);

    HttpResponse<String> refused = guesser.signIn(DemoUsers.ADMIN, DEMO_PASSWORD);

    assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?blocked"));
    assertThat(guesser.get("/login?blocked").body()).contains(REFUSED);
    assertThat(guesser.get("/api/session").statusCode()).as("not signed in").isEqualTo(HttpStatus.UNAUTHORIZED.value());
    assertThat(failedAttemptsOf(DemoUsers.ADMIN)).isZero();
    BrowserClient colleague = new BrowserClient(baseUrl(), "198.51.100.25");
    assertThat(colleague.get("/login").body()).doesNotContain("Đăng nhập sai quá nhiều lần");
    assertThat(colleague.signIn(DemoUsers.ADMIN, DEMO_PASSWORD).headers().firstValue("Location"))
        .hasValueSatisfying(to -> assertThat(to).endsWith("/camunda/app/tasklist/"));
  }

  @Test
  void theWebappsOwnLoginScreenIsRefusedTheSameWay() {
    BrowserClient guesser = new BrowserClient(baseUrl(), "198.51.100.26");
    String camundaLogin = "/camunda/api/admin/auth/user/default/login/tasklist";
    for (int i = 0; i < LIMIT; i++) {
      assertThat(guesser.postForm(camundaLogin, Map.of("username", NOBODY, "password", "doan-" + i)).statusCode())
          .isEqualTo(HttpStatus.UNAUTHORIZED.value());
    }

    HttpResponse<String> refused = guesser.postForm(camundaLogin,
        Map.of("username", DemoUsers.ADMIN, "password", DEMO_PASSWORD));

    assertThat(refused.statusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS.value());
    assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    assertThat(refused.body()).contains(REFUSED);
    assertThat(failedAttemptsOf(DemoUsers.ADMIN)).isZero();
    BrowserClient owner = new BrowserClient(baseUrl(), "198.51.100.27");
    // the password is accepted; Camunda's own CSRF check, which this client does not go through, answers next
    assertThat(owner.postForm(camundaLogin, Map.of("username", DemoUsers.ADMIN, "password", DEMO_PASSWORD)).statusCode())
        .isNotIn(HttpStatus.UNAUTHORIZED.value(), HttpStatus.TOO_MANY_REQUESTS.value());
  }
}
