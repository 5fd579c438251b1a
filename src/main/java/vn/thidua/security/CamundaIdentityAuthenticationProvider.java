package vn.thidua.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * One login for everything: Spring Security checks passwords against Camunda's identity service, so
 * Tasklist, Cockpit, the app's API and /engine-rest all see the same user and groups.
 */
@Component
class CamundaIdentityAuthenticationProvider implements org.springframework.security.authentication.AuthenticationProvider {

  static final String GROUP_AUTHORITY_PREFIX = "GROUP_";

  private final IdentityService identityService;

  CamundaIdentityAuthenticationProvider(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String username = authentication.getName();
    String password = String.valueOf(authentication.getCredentials());
    if (username == null || username.isBlank() || !identityService.checkPassword(username, password)) {
      throw new BadCredentialsException("Tên đăng nhập hoặc mật khẩu không đúng");
    }
    List<SimpleGrantedAuthority> authorities = identityService.createGroupQuery().groupMember(username).list().stream()
        .map(Group::getId)
        .map(id -> new SimpleGrantedAuthority(GROUP_AUTHORITY_PREFIX + id))
        .toList();
    return UsernamePasswordAuthenticationToken.authenticated(username, null, authorities);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
