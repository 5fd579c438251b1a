package vn.thidua.security;

import java.util.Set;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.organization.MemberSummary;
import vn.thidua.organization.OrganizationService;

/**
 * Who is signed in, and the CSRF token the app's own pages send back with every change they make
 * (API clients using HTTP Basic need none).
 */
@RestController
class SessionController {

  record SessionView(String username, String fullName, Set<String> groups, String csrfHeaderName, String csrfToken) {
  }

  private final CurrentUser currentUser;
  private final OrganizationService organization;

  SessionController(CurrentUser currentUser, OrganizationService organization) {
    this.currentUser = currentUser;
    this.organization = organization;
  }

  @GetMapping("/api/session")
  SessionView session(CsrfToken csrf) {
    String username = currentUser.username();
    String fullName = organization.findMemberByUsername(username).map(MemberSummary::fullName).orElse(username);
    return new SessionView(username, fullName, currentUser.groups(), csrf.getHeaderName(), csrf.getToken());
  }
}
