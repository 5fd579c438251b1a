package vn.thidua.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After a session ends, the webapps show their own login form and post it to Camunda's login
 * resource. Signing the person in to Spring Security on the same request keeps the two logins one.
 * A failed sign-in is answered here (401, or 429 for an address that failed too often) so that Camunda's
 * resource does not check the password a second time and count it twice against the account.
 */
class CamundaLoginBridgeFilter extends OncePerRequestFilter {

  private final RequestMatcher camundaLogin;
  private final AuthenticationManager authenticationManager;
  private final SecurityContextRepository contextRepository;
  private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

  CamundaLoginBridgeFilter(String camundaLoginPattern, AuthenticationManager authenticationManager,
      SecurityContextRepository contextRepository) {
    this.camundaLogin = AntPathRequestMatcher.antMatcher(HttpMethod.POST, camundaLoginPattern);
    this.authenticationManager = authenticationManager;
    this.contextRepository = contextRepository;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (camundaLogin.matches(request)) {
      String username = request.getParameter("username");
      String password = request.getParameter("password");
      UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
      attempt.setDetails(details.buildDetails(request));
      try {
        Authentication authentication = authenticationManager.authenticate(attempt);
        if (request.getSession(false) != null) {
          request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
      } catch (TooManySignInFailures refused) {
        SignInLimitEntryPoint.refuse(response, refused);
        return;
      } catch (AuthenticationException wrongPassword) {
        // what Camunda's resource answers a wrong password: its login screen then says so
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
