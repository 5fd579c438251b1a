package vn.thidua.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A failure the API reports to the person as it is: an HTTP status, a Vietnamese message and,
 * for invalid input, one message per field. {@link ApiExceptionHandler} writes it as JSON.
 */
public class ApiException extends RuntimeException {

  /** One invalid field and what is wrong with it, in Vietnamese. */
  public record FieldError(String field, String message) {
  }

  private final HttpStatus status;
  private final List<FieldError> errors;

  public ApiException(HttpStatus status, String message, List<FieldError> errors) {
    super(message);
    this.status = status;
    this.errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public static ApiException badRequest(String message) {
    return new ApiException(HttpStatus.BAD_REQUEST, message, List.of());
  }

  /** Invalid input: the general message "Dữ liệu không hợp lệ" and what is wrong with the field. */
  public static ApiException badRequest(String field, String message) {
    return new ApiException(HttpStatus.BAD_REQUEST, ApiExceptionHandler.INVALID_DATA,
        List.of(new FieldError(field, message)));
  }

  public static ApiException badRequest(String message, List<FieldError> errors) {
    return new ApiException(HttpStatus.BAD_REQUEST, message, errors);
  }

  public static ApiException notFound(String message) {
    return new ApiException(HttpStatus.NOT_FOUND, message, List.of());
  }

  public static ApiException forbidden(String message) {
    return new ApiException(HttpStatus.FORBIDDEN, message, List.of());
  }

  public static ApiException conflict(String message) {
    return new ApiException(HttpStatus.CONFLICT, message, List.of());
  }

  public HttpStatus status() {
    return status;
  }

  public List<FieldError> errors() {
    return errors;
  }
}
