package vn.thidua.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * One login for everything: Spring Security checks passwords against Camunda's identity service, so
 * Tasklist, Cockpit, the app's API and /engine-rest all see the same user and groups. A client address
 * that failed too often is refused before the password is checked ({@link SignInFailures}).
 */
@Component
class CamundaIdentityAuthenticationProvider implements org.springframework.security.authentication.AuthenticationProvider {

  static final String GROUP_AUTHORITY_PREFIX = "GROUP_";

  private final IdentityService identityService;
  private final SignInFailures failures;

  CamundaIdentityAuthenticationProvider(IdentityService identityService, SignInFailures failures) {
    this.identityService = identityService;
    this.failures = failures;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String username = authentication.getName();
    String password = String.valueOf(authentication.getCredentials());
    String clientAddress = clientAddress(authentication);
    failures.attempt(clientAddress).ifPresent(wait -> {
      throw new TooManySignInFailures(wait);
    });
    boolean rightPassword = false;
    try {
      rightPassword = username != null && !username.isBlank() && identityService.checkPassword(username, password);
    } finally {
      failures.checked(clientAddress, rightPassword);
    }
    if (!rightPassword) {
      throw new BadCredentialsException("Tên đăng nhập hoặc mật khẩu không đúng");
    }
    List<SimpleGrantedAuthority> authorities = identityService.createGroupQuery().groupMember(username).list().stream()
        .map(Group::getId)
        .map(id -> new SimpleGrantedAuthority(GROUP_AUTHORITY_PREFIX + id))
        .toList();
    return UsernamePasswordAuthenticationToken.authenticated(username, null, authorities);
  }

  /** The form login, HTTP Basic and Camunda's login resource all attach the request's details. */
  private static String clientAddress(Authentication authentication) {
    return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
