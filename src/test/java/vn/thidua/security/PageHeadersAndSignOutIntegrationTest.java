package vn.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.thidua.support.DemoUsers;
import vn.thidua.support.IntegrationTest;

/**
 * The app's pages forbid any script or style but their own files; the session cookies stay on this site;
 * signing out takes a deliberate POST, so that another site's link or image cannot sign anyone out.
 */
class PageHeadersAndSignOutIntegrationTest extends IntegrationTest {

  // an account no other test signs in to with a wrong password, which would make Camunda hold it for seconds
  private static final String OFFICER = DemoUsers.MASS_MOBILIZATION;

  private static Resource[] appPages() throws IOException {
    Resource[] pages = new PathMatchingResourcePatternResolver().getResources("classpath:static/app/*.html");
    assertThat(pages).as("the app's pages").hasSizeGreaterThanOrEqualTo(6);
    return pages;
  }

  @Test
  void everyAppPageIsServedWithTheContentSecurityPolicyAndNoSniffing() throws IOException {
    for (Resource page : appPages()) {
      ResponseEntity<String> answer = as(OFFICER).getForEntity("/app/" + page.getFilename(), String.class);

      assertThat(answer.getStatusCode()).as(page.getFilename()).isEqualTo(HttpStatus.OK);
      assertThat(answer.getHeaders().getFirst("Content-Security-Policy")).as(page.getFilename())
          .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'",
              "frame-ancestors 'none'")
          .doesNotContain("unsafe-inline", "unsafe-eval");
      assertThat(answer.getHeaders().getFirst("X-Content-Type-Options")).as(page.getFilename()).isEqualTo("nosniff");
    }
  }

  @Test
  void noAppPageCarriesScriptOrStyleThatThePolicyWouldBlock() throws IOException {
    for (Resource page : appPages()) {
      String html = page.getContentAsString(StandardCharsets.UTF_8);

      assertThat(html).as(page.getFilename()).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>")
          .doesNotContain("<style", "style=", "javascript:").doesNotContainPattern("\\son[a-z]+=");
    }
  }

  @Test
  void theLoginPageToo() {
    BrowserClient visitor = new BrowserClient(baseUrl(), "198.51.100.31");

    HttpResponse<String> login = visitor.get("/login");

    assertThat(login.headers().firstValue("Content-Security-Policy")).hasValue(AppPageHeaders.CONTENT_SECURITY_POLICY);
    assertThat(login.body()).doesNotContain("<script", "<style", "style=");
  }

  @Test
  void theSessionCookieIsSentOnlyFromThisSite() {
    BrowserClient browser = new BrowserClient(baseUrl(), "198.51.100.32");

    HttpResponse<String> login = browser.get("/login");
    browser.signIn(OFFICER, DEMO_PASSWORD);
    HttpResponse<String> tasklist = browser.get("/camunda/app/tasklist/default/");

    assertThat(login.headers().allValues(HttpHeaders.SET_COOKIE)).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
        .singleElement().satisfies(cookie -> assertThat(cookie).contains("SameSite=Lax", "HttpOnly")
            .as("THIDUA_SECURE_COOKIES is off for plain http").doesNotContain("Secure"));
    assertThat(tasklist.headers().allValues(HttpHeaders.SET_COOKIE)).filteredOn(cookie -> cookie.startsWith("XSRF-TOKEN="))
        .singleElement().satisfies(cookie -> assertThat(cookie).contains("SameSite=Lax"));
  }

  @Test
  void openingTheLogoutAddressOnlyAsksAndThePostWithTheTokenSignsOut() {
    BrowserClient browser = new BrowserClient(baseUrl(), "198.51.100.33");
    browser.signIn(OFFICER, DEMO_PASSWORD);

    HttpResponse<String> opened = browser.get("/logout");

    assertThat(opened.statusCode()).isEqualTo(HttpStatus.OK.value());
    assertThat(opened.body()).contains("Bạn muốn đăng xuất", "method=\"post\"", "name=\"_csrf\"");
    assertThat(browser.get("/api/session").statusCode()).as("still signed in").isEqualTo(HttpStatus.OK.value());

    HttpResponse<String> forged = browser.postForm("/logout", Map.of());

    assertThat(forged.statusCode()).isEqualTo(HttpStatus.FORBIDDEN.value());
    assertThat(browser.get("/api/session").statusCode()).as("still signed in").isEqualTo(HttpStatus.OK.value());

    HttpResponse<String> signedOut = browser.postForm("/logout", Map.of("_csrf", browser.csrfTokenOf("/logout")));

    assertThat(signedOut.headers().firstValue("Location")).as(signedOut.statusCode() + " " + signedOut.body())
        .hasValueSatisfying(to -> assertThat(to).endsWith("/login?logout"));
    assertThat(browser.get("/api/session").statusCode()).isEqualTo(HttpStatus.UNAUTHORIZED.value());
    assertThat(browser.get("/login?logout").body()).contains("Bạn đã đăng xuất.");
  }
}
