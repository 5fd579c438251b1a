package vn.thidua.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * The app's own pages ({@code /app/*.html}) write every value as text; their Content-Security-Policy adds
 * that no script or style but the app's own files can run, should markup slip in (as on {@code /congkhai}).
 * Spring Security adds {@code X-Content-Type-Options: nosniff} to them as to every answer.
 */
@Component
class AppPageHeaders extends OncePerRequestFilter {

  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private static final UrlPathHelper PATHS = new UrlPathHelper();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = PATHS.getPathWithinApplication(request);
    return !(path.startsWith("/app/") && path.endsWith(".html"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    chain.doFilter(request, response);
  }
}
