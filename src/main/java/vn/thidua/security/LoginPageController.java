package vn.thidua.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.HtmlUtils;

/** The Vietnamese login page shared by Tasklist, Cockpit, Admin and the app's own pages. */
@RestController
class LoginPageController {

  private final String page;

  LoginPageController() throws IOException {
    try (InputStream in = new ClassPathResource("pages/login.html").getInputStream()) {
      page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  String loginPage(CsrfToken csrfToken) {
    return page
        .replace("{{csrfParameter}}", HtmlUtils.htmlEscape(csrfToken.getParameterName()))
        .replace("{{csrfToken}}", HtmlUtils.htmlEscape(csrfToken.getToken()));
  }

  /** Officers start in Tasklist. */
  @GetMapping("/")
  RedirectView home() {
    return new RedirectView("/camunda/app/tasklist/");
  }
}
