package vn.thidua.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.HtmlUtils;

/**
 * The Vietnamese login page shared by Tasklist, Cockpit, Admin and the app's own pages, and the page
 * that asks before signing out (signing out takes a POST with the CSRF token, never a link).
 */
@RestController
class LoginPageController {

  private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
  private static final String WRONG_PASSWORD = "Tên đăng nhập hoặc mật khẩu không đúng.";
  private static final String SIGNED_OUT = "Bạn đã đăng xuất.";

  private final String loginPage;
  private final String logoutPage;
  private final SignInFailures failures;

  LoginPageController(SignInFailures failures) throws IOException {
    this.loginPage = read("pages/login.html");
    this.logoutPage = read("pages/logout.html");
    this.failures = failures;
  }

  @GetMapping("/login")
  ResponseEntity<String> loginPage(CsrfToken csrfToken, HttpServletRequest request) {
    return page(withToken(loginPage, csrfToken).replace("{{message}}", message(request)));
  }

  /** Someone who opens /logout is asked to confirm; the button posts the form that signs them out. */
  @GetMapping("/logout")
  ResponseEntity<String> logoutPage(CsrfToken csrfToken) {
    return page(withToken(logoutPage, csrfToken));
  }

  /** Officers start in Tasklist. */
  @GetMapping("/")
  RedirectView home() {
    return new RedirectView("/camunda/app/tasklist/");
  }

  /** A refused address is told how long to wait whenever it opens the page, not only right after its attempt. */
  private String message(HttpServletRequest request) {
    return failures.refusedFor(request.getRemoteAddr())
        .map(wait -> box("error", TooManySignInFailures.message(wait)))
        .orElseGet(() -> request.getParameter("error") != null ? box("error", WRONG_PASSWORD)
            : request.getParameter("logout") != null ? box("info", SIGNED_OUT) : "");
  }

  private static String box(String kind, String text) {
    return "<div class=\"message " + kind + "\" role=\"" + ("error".equals(kind) ? "alert" : "status") + "\">"
        + HtmlUtils.htmlEscape(text, "UTF-8") + "</div>";
  }

  private static String withToken(String page, CsrfToken csrfToken) {
    return page
        .replace("{{csrfParameter}}", HtmlUtils.htmlEscape(csrfToken.getParameterName()))
        .replace("{{csrfToken}}", HtmlUtils.htmlEscape(csrfToken.getToken()));
  }

  private static ResponseEntity<String> page(String html) {
    return ResponseEntity.ok().contentType(HTML)
        .header("Content-Security-Policy", AppPageHeaders.CONTENT_SECURITY_POLICY)
        .body(html);
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
