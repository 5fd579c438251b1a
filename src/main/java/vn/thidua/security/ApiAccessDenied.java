package vn.thidua.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A refusal on the app's API said in Vietnamese, as {@code {"message": "..."}} like every other error
 * there: missing rights, or a browser request without the session's CSRF token.
 */
class ApiAccessDenied implements AccessDeniedHandler {

  static final String NOT_ALLOWED = "Bạn không có quyền thực hiện thao tác này.";
  static final String NO_TOKEN = "Yêu cầu không mang mã xác thực của phiên làm việc (CSRF), có thể do trang đã mở "
      + "quá lâu hoặc được gửi từ một trang khác. Hãy tải lại trang rồi thực hiện lại.";

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException {
    response.setStatus(HttpStatus.FORBIDDEN.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    JSON.writeValue(response.getOutputStream(),
        Map.of("message", denied instanceof CsrfException ? NO_TOKEN : NOT_ALLOWED));
  }
}
