package vn.thidua.security;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Answers an HTTP Basic sign-in refused for its address with 429 and the Vietnamese message as JSON
 * ({@code {"message": "..."}}, and Retry-After in seconds); every other failure goes to the usual entry point.
 */
class SignInLimitEntryPoint implements AuthenticationEntryPoint {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final AuthenticationEntryPoint otherwise;

  SignInLimitEntryPoint(AuthenticationEntryPoint otherwise) {
    this.otherwise = otherwise;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException, jakarta.servlet.ServletException {
    if (failure instanceof TooManySignInFailures refused) {
      refuse(response, refused);
    } else {
      otherwise.commence(request, response, failure);
    }
  }

  static void refuse(HttpServletResponse response, TooManySignInFailures refused) throws IOException {
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, refused.waitFor().toSeconds())));
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(JSON.writeValueAsString(Map.of("message", refused.getMessage())));
  }
}
