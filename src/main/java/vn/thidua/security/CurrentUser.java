package vn.thidua.security;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in person as the API sees them: user name and Camunda groups. */
@Component
public class CurrentUser {

  public String username() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null ? null : authentication.getName();
  }

  /** Whether someone is signed in, rather than an anonymous visitor of a page open to the public. */
  public boolean signedIn() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.isAuthenticated()
        && !(authentication instanceof AnonymousAuthenticationToken);
  }

  public Set<String> groups() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null) {
      return Set.of();
    }
    return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(authority -> authority.startsWith(CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX))
        .map(authority -> authority.substring(CamundaIdentityAuthenticationProvider.GROUP_AUTHORITY_PREFIX.length()))
        .collect(Collectors.toUnmodifiableSet());
  }

  public boolean inGroup(String groupId) {
    return groups().contains(groupId);
  }

  public boolean inAnyGroup(String... groupIds) {
    Set<String> mine = groups();
    return Arrays.stream(groupIds).anyMatch(mine::contains);
  }
}
