package vn.thidua.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import vn.thidua.decision.IllegalDecisionTransition;
import vn.thidua.report.IllegalProposalTransition;

/**
 * Every API error as {@code {"message": "...", "errors": [{"field": "...", "message": "..."}]}} in
 * Vietnamese, always as JSON: a client that accepts only another type still gets the status instead of a 500. Access denied is deliberately not handled here: Spring Security answers it (401/403).
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  /** The body of every error answer; {@code errors} is left out when there is nothing per field. */
  public record ErrorBody(String message, List<ApiException.FieldError> errors) {
  }

  public static final String INVALID_DATA = "Dữ liệu không hợp lệ";
  static final String UPLOAD_TOO_LARGE = "Dữ liệu gửi lên quá lớn, máy chủ không nhận. "
      + "Hãy kiểm tra dung lượng tệp cho phép rồi gửi tệp nhỏ hơn.";
  static final String MULTIPART_UNREADABLE = "Dữ liệu tệp gửi lên (multipart) không đọc được: thiếu ranh giới "
      + "(boundary) hoặc bị cắt ngang. Hãy chọn lại tệp rồi gửi lại.";
  static final String UNSUPPORTED_CONTENT_TYPE = "Kiểu dữ liệu gửi lên (Content-Type) không được hỗ trợ";
  static final String STALE_DATA =
      "Dữ liệu đã được người khác cập nhật. Vui lòng tải lại rồi thực hiện lại thao tác.";

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ErrorBody> handleApiException(ApiException ex) {
    return body(ex.status(), ex.getMessage(), ex.errors());
  }

  /**
   * The container could not read a multipart body (no boundary, cut short): the client's fault, not the server's.
   * The limits' own exception, a subclass, keeps its 413 answer.
   */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ErrorBody> handleUnreadableMultipart(MultipartException ex) {
    logger.debug("Unreadable multipart request", ex);
    return body(HttpStatus.BAD_REQUEST, MULTIPART_UNREADABLE, List.of());
  }

  /** A Content-Type header that is not a media type a request can carry, such as {@code *}{@code /*}. */
  @ExceptionHandler(InvalidMediaTypeException.class)
  ResponseEntity<ErrorBody> handleInvalidMediaType(InvalidMediaTypeException ex) {
    return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, UNSUPPORTED_CONTENT_TYPE, List.of());
  }

  /**
   * Spring MVC turns a wildcard Content-Type such as {@code *}{@code /*} into an IllegalArgumentException when it
   * binds the body. Any other IllegalArgumentException is a fault of ours and goes on as one (500).
   */
  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<ErrorBody> handleUnusableContentType(IllegalArgumentException ex, HttpServletRequest request) {
    if (isUsableContentType(request.getContentType())) {
      throw ex;
    }
    return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, UNSUPPORTED_CONTENT_TYPE, List.of());
  }

  /** A process step or a person asked a proposal to move where its state does not lead. */
  @ExceptionHandler(IllegalProposalTransition.class)
  ResponseEntity<ErrorBody> handleIllegalProposalTransition(IllegalProposalTransition ex) {
    return body(HttpStatus.CONFLICT, ex.getMessage(), List.of());
  }

  /** A reward decision asked to be signed, issued, forwarded... in a state that does not allow it. */
  @ExceptionHandler(IllegalDecisionTransition.class)
  ResponseEntity<ErrorBody> handleIllegalDecisionTransition(IllegalDecisionTransition ex) {
    return body(HttpStatus.CONFLICT, ex.getMessage(), List.of());
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ErrorBody> handleConstraintViolation(ConstraintViolationException ex) {
    List<ApiException.FieldError> errors = ex.getConstraintViolations().stream()
        .map(violation -> new ApiException.FieldError(lastNode(violation.getPropertyPath()), violation.getMessage()))
        .toList();
    return body(HttpStatus.BAD_REQUEST, INVALID_DATA, errors);
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ResponseEntity<ErrorBody> handleOptimisticLock(OptimisticLockingFailureException ex) {
    return body(HttpStatus.CONFLICT, STALE_DATA, List.of());
  }

  /** Two people changed the same task's data at the same moment: the engine kept the first. */
  @ExceptionHandler(OptimisticLockingException.class)
  ResponseEntity<ErrorBody> handleEngineOptimisticLock(OptimisticLockingException ex) {
    return body(HttpStatus.CONFLICT, STALE_DATA, List.of());
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ErrorBody> handleDataIntegrity(DataIntegrityViolationException ex) {
    logger.warn("Data integrity violation", ex);
    return body(HttpStatus.CONFLICT, "Dữ liệu bị trùng hoặc vi phạm ràng buộc dữ liệu.", List.of());
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return bodyObject(HttpStatus.BAD_REQUEST, INVALID_DATA, fieldErrors(ex.getBindingResult()));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<ApiException.FieldError> errors = new ArrayList<>();
    ex.getParameterValidationResults().forEach(result -> {
      String name = result.getMethodParameter().getParameterName();
      result.getResolvableErrors().forEach(error -> errors.add(new ApiException.FieldError(name,
          error.getDefaultMessage())));
    });
    return bodyObject(HttpStatus.BAD_REQUEST, INVALID_DATA, errors);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<ApiException.FieldError> errors = new ArrayList<>();
    if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().stream()
          .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[");
      String message = "Giá trị không đúng kiểu dữ liệu";
      if (mapping instanceof InvalidFormatException invalid && invalid.getTargetType() != null
          && (Number.class.isAssignableFrom(invalid.getTargetType()) || invalid.getTargetType().isPrimitive())) {
        message = "Giá trị \"" + invalid.getValue() + "\" không phải là số";
      }
      if (mapping instanceof InvalidFormatException invalid && invalid.getTargetType() != null
          && invalid.getTargetType().isEnum()) {
        message = "Giá trị \"" + invalid.getValue() + "\" không hợp lệ; chấp nhận: "
            + Arrays.stream(invalid.getTargetType().getEnumConstants()).map(String::valueOf)
                .collect(Collectors.joining(", "));
      }
      errors.add(new ApiException.FieldError(field, message));
    }
    return bodyObject(HttpStatus.BAD_REQUEST, "Dữ liệu JSON không đọc được", errors);
  }

  /**
   * The servlet container's multipart limits, set far above the application's own per-file checks, were passed:
   * 413 without the details of the container's message.
   */
  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return bodyObject(HttpStatus.PAYLOAD_TOO_LARGE, UPLOAD_TOO_LARGE, List.of());
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    String name = ex.getPropertyName() != null ? ex.getPropertyName() : "";
    String message = "Giá trị \"" + ex.getValue() + "\" không hợp lệ";
    if (ex.getRequiredType() != null && ex.getRequiredType().isEnum()) {
      message += "; chấp nhận: " + Arrays.stream(ex.getRequiredType().getEnumConstants()).map(String::valueOf)
          .collect(Collectors.joining(", "));
    }
    return bodyObject(HttpStatus.BAD_REQUEST, "Tham số không hợp lệ",
        List.of(new ApiException.FieldError(name, message)));
  }

  /** Whatever else Spring MVC reports (405, 415, missing parameter...), with a Vietnamese message. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
      HttpStatusCode statusCode, WebRequest request) {
    String message;
    if (ex instanceof MissingServletRequestParameterException missing) {
      message = "Thiếu tham số " + missing.getParameterName();
    } else if (ex instanceof MissingServletRequestPartException missing) {
      message = "Thiếu phần dữ liệu " + missing.getRequestPartName();
    } else if (ex instanceof HttpRequestMethodNotSupportedException) {
      message = "Phương thức HTTP không được hỗ trợ cho địa chỉ này";
    } else if (ex instanceof HttpMediaTypeNotSupportedException unsupported) {
      message = unsupported.getSupportedMediaTypes().isEmpty() ? UNSUPPORTED_CONTENT_TYPE
          : UNSUPPORTED_CONTENT_TYPE + "; chấp nhận: " + unsupported.getSupportedMediaTypes().stream()
              .map(MediaType::toString).collect(Collectors.joining(", "));
    } else if (ex instanceof HttpMediaTypeNotAcceptableException) {
      message = "Không trả lời được theo kiểu dữ liệu yêu cầu (Accept)";
    } else if (ex instanceof NoResourceFoundException) {
      message = "Không tìm thấy địa chỉ yêu cầu";
    } else if (statusCode.is5xxServerError()) {
      message = "Lỗi hệ thống khi xử lý yêu cầu";
    } else {
      message = "Yêu cầu không hợp lệ";
    }
    HttpHeaders answerHeaders = new HttpHeaders();
    answerHeaders.putAll(headers);
    answerHeaders.setContentType(MediaType.APPLICATION_JSON);
    return ResponseEntity.status(statusCode).headers(answerHeaders).body(new ErrorBody(message, null));
  }

  private static boolean isUsableContentType(@Nullable String contentType) {
    if (contentType == null) {
      return true;
    }
    try {
      MediaType mediaType = MediaType.parseMediaType(contentType);
      return !mediaType.isWildcardType() && !mediaType.isWildcardSubtype();
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }

  private static List<ApiException.FieldError> fieldErrors(BindingResult result) {
    List<ApiException.FieldError> errors = new ArrayList<>();
    result.getFieldErrors().forEach(error -> errors.add(new ApiException.FieldError(error.getField(),
        error.getDefaultMessage())));
    result.getGlobalErrors().forEach(error -> errors.add(new ApiException.FieldError(error.getObjectName(),
        error.getDefaultMessage())));
    return errors;
  }

  private static String lastNode(Path path) {
    String name = null;
    for (Path.Node node : path) {
      name = node.getName();
    }
    return name;
  }

  private static ResponseEntity<ErrorBody> body(HttpStatus status, String message, List<ApiException.FieldError> errors) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
        .body(new ErrorBody(message, errors == null || errors.isEmpty() ? null : errors));
  }

  private static ResponseEntity<Object> bodyObject(HttpStatus status, String message,
      List<ApiException.FieldError> errors) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
        .body(new ErrorBody(message, errors.isEmpty() ? null : errors));
  }
}
