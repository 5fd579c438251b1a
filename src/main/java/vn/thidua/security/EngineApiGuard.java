package vn.thidua.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.authorization.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The engine's REST API as officers reach it ({@code /engine-rest} and Tasklist's
 * {@code /camunda/api/engine}): administrators pass; everyone else may make only the calls of
 * {@link EngineApiAllowList}, so no officer writes a variable, modifies an instance, correlates a
 * message or reads metrics. A task's completion carries only its form's fields: anything else
 * answers 400 and the task stays open, so the process variables the steps read are the engine's own.
 */
class EngineApiGuard extends OncePerRequestFilter {

  static final String NOT_ALLOWED = "Bạn không có quyền thực hiện thao tác này trên hệ thống quy trình.";
  static final String NOT_JSON = "Dữ liệu JSON gửi lên không đọc được.";

  private static final Logger log = LoggerFactory.getLogger(EngineApiGuard.class);
  /** A form's answers are a few kilobytes; anything near this is not a form. */
  private static final int MAX_COMPLETION_BODY = 1024 * 1024;

  private final CurrentUser currentUser;
  private final TaskFormFields formFields;
  private final ObjectMapper json;

  EngineApiGuard(CurrentUser currentUser, TaskFormFields formFields, ObjectMapper json) {
    this.currentUser = currentUser;
    this.formFields = formFields;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    Optional<String> enginePath = EngineApiAllowList.enginePath(path);
    if (enginePath.isEmpty() || !currentUser.signedIn() || currentUser.inGroup(Groups.CAMUNDA_ADMIN)) {
      chain.doFilter(request, response);
      return;
    }
    String method = request.getMethod();
    if (!EngineApiAllowList.allows(method, enginePath.get(), currentUser.username())) {
      log.info("Engine API call refused for {}: {} {}", currentUser.username(), method, enginePath.get());
      refuse(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", NOT_ALLOWED);
      return;
    }
    Optional<String> completedTask = EngineApiAllowList.completedTask(method, enginePath.get());
    if (completedTask.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_COMPLETION_BODY + 1);
    if (body.length > MAX_COMPLETION_BODY) {
      refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "InvalidRequestException",
          "Dữ liệu gửi kèm khi hoàn thành việc quá lớn.");
      return;
    }
    Optional<String> refusal;
    try {
      refusal = refusalOfVariables(completedTask.get(), body);
    } catch (IOException | IllegalArgumentException malformed) {
      refusal = Optional.of(NOT_JSON);
    }
    if (refusal.isPresent()) {
      log.info("Completion of task {} by {} refused: {}", completedTask.get(), currentUser.username(), refusal.get());
      refuse(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException", refusal.get());
      return;
    }
    chain.doFilter(new ReplayedBody(request, body), response);
  }

  /** Why the variables sent with a completion are refused, if they are. */
  private Optional<String> refusalOfVariables(String taskId, byte[] body) throws IOException {
    if (body.length == 0 || new String(body, StandardCharsets.UTF_8).isBlank()) {
      return Optional.empty();
    }
    JsonNode variables = json.readTree(body).path("variables");
    if (variables.isMissingNode() || variables.isNull() || variables.isEmpty()) {
      return Optional.empty();
    }
    if (!variables.isObject()) {
      throw new IllegalArgumentException("variables is not an object");
    }
    Optional<TaskFormFields.Fields> fields = formFields.of(taskId);
    if (fields.isEmpty()) {
      return Optional.empty(); // no such open task: the engine answers for itself and nothing is written
    }
    List<String> outside = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> variable = it.next();
      String name = variable.getKey();
      if (fields.get().writable().contains(name)) {
        continue;
      }
      if (fields.get().readOnly().contains(name)) {
        if (!sameValue(formFields.currentValue(taskId, name), variable.getValue().path("value"))) {
          changed.add(name);
        }
        continue;
      }
      outside.add(name);
    }
    if (!outside.isEmpty()) {
      return Optional.of(fields.get().writable().isEmpty()
          ? "Việc này không nhận dữ liệu gửi kèm; nội dung của việc được nhập trên trang riêng của hệ thống. "
              + "Không nhận: " + String.join(", ", outside) + "."
          : "Biểu mẫu của việc này không có trường " + String.join(", ", outside)
              + "; hệ thống chỉ nhận các trường của biểu mẫu.");
    }
    if (!changed.isEmpty()) {
      return Optional.of("Trường " + String.join(", ", changed) + " của biểu mẫu chỉ để xem, không được sửa.");
    }
    return Optional.empty();
  }

  private static boolean sameValue(Object current, JsonNode sent) {
    if (sent.isMissingNode() || sent.isNull()) {
      return current == null;
    }
    return current != null && Objects.equals(String.valueOf(current), sent.isTextual() ? sent.asText() : sent.toString());
  }

  private void refuse(HttpServletResponse response, int status, String type, String message) throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    // Camunda's own error shape, whose message Tasklist shows to the person
    json.writeValue(response.getOutputStream(), Map.of("type", type, "message", message));
  }

  /** The request with the body that was read for the check, for the engine to read again. */
  private static final class ReplayedBody extends HttpServletRequestWrapper {

    private final byte[] body;

    ReplayedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("The body is already read");
        }
      };
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
