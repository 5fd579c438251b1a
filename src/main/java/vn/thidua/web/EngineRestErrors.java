package vn.thidua.web;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import vn.thidua.decision.IllegalDecisionTransition;
import vn.thidua.report.IllegalProposalTransition;

/**
 * Camunda's REST API (/engine-rest, and Tasklist's own engine API) answers a person's mistake – a task someone
 * else already completed or claimed, broken JSON, a wrong content type – with HTTP 500 and the engine's English
 * text. These mappers answer it 4xx in Camunda's shape, {@code {"type": "...", "message": "..."}}, with a
 * Vietnamese message Tasklist shows as it is, and log it below ERROR. Whatever is not recognised as such a
 * mistake is left to Camunda's own handling: a real server fault stays a logged 500.
 *
 * <p>Camunda maps Throwable, ProcessEngineException, RestException and two Jackson exceptions; one mapper per
 * type, ranked before Camunda's, because Jersey takes the mapper nearest the thrown type.
 */
public final class EngineRestErrors {

  public static final String TASK_NOT_FOUND =
      "Không tìm thấy việc (có thể việc đã được hoàn thành hoặc do người khác xử lý).";
  public static final String NOT_FOUND =
      "Không tìm thấy dữ liệu yêu cầu (có thể đã được xử lý xong hoặc đã bị xoá).";
  public static final String TASK_CLAIMED = "Việc đã có người khác nhận xử lý.";
  public static final String FORBIDDEN = "Bạn không có quyền thực hiện thao tác này.";
  public static final String JSON_UNREADABLE = "Dữ liệu JSON gửi lên không đọc được.";
  public static final String UNSUPPORTED_CONTENT_TYPE =
      "Kiểu dữ liệu gửi lên (Content-Type) không được hỗ trợ cho địa chỉ này.";
  public static final String INVALID_REQUEST = "Dữ liệu gửi lên không hợp lệ.";
  public static final String BODY_MISSING = "Yêu cầu thiếu dữ liệu gửi lên.";

  /** Ahead of Camunda's mappers, which carry no priority (Priorities.USER). */
  static final int AHEAD_OF_CAMUNDA = Priorities.USER - 100;

  /** Every mapper class, for registration by name in a JAX-RS application. */
  public static final List<Class<?>> MAPPERS = List.of(ForThrowable.class, ForProcessEngineException.class,
      ForRestException.class, ForJsonMappingException.class, ForJsonParseException.class);

  /** How the engine words "not found" in the exceptions it throws for an unknown or finished task, instance... */
  private static final Pattern NOT_FOUND_WORDING =
      Pattern.compile("(?i)cannot find|not found|no matching|does not exist|doesn't exist");

  private static final Logger log = LoggerFactory.getLogger(EngineRestErrors.class);

  /** The body Camunda's webapps read: Tasklist shows {@code message} to the person. */
  public record EngineError(String type, String message) {
  }

  private EngineRestErrors() {
  }

  /** The answer to a failed engine REST call: 4xx for a person's mistake, otherwise Camunda's own. */
  static Response answer(Throwable thrown, UriInfo request) {
    Optional<Response> mistake = personsMistake(thrown, request);
    if (mistake.isPresent()) {
      log.debug("Engine REST call refused as a person's mistake: {} {}", mistake.get().getStatus(), thrown.toString());
      return mistake.get();
    }
    return ExceptionHandlerHelper.getInstance().getResponse(thrown);
  }

  /** Whether the engine failed because of what a person sent or did, not because of a fault of the server. */
  static boolean isPersonsMistake(Throwable thrown) {
    return personsMistake(thrown, null).isPresent();
  }

  private static Optional<Response> personsMistake(Throwable thrown, UriInfo request) {
    List<Throwable> chain = Stream.iterate(thrown, cause -> cause != null, Throwable::getCause).limit(20).toList();

    // most telling first: the engine wraps the person's mistake in its own exceptions, often as a 500
    Optional<FormFieldValidationException> refusedForm = first(chain, FormFieldValidationException.class);
    if (refusedForm.isPresent()) {
      // the form's own check already says in Vietnamese what to correct
      return Optional.of(reply(400, refusedForm.get(), refusedForm.get().getMessage()));
    }
    Optional<RuntimeException> illegalMove = chain.stream()
        .filter(cause -> cause instanceof IllegalProposalTransition || cause instanceof IllegalDecisionTransition)
        .map(RuntimeException.class::cast).findFirst();
    if (illegalMove.isPresent()) {
      // a task's step asked a proposal or a decision to move where its state does not lead: said in Vietnamese
      return Optional.of(reply(409, illegalMove.get(), illegalMove.get().getMessage()));
    }
    Optional<AuthorizationException> denied = first(chain, AuthorizationException.class);
    if (denied.isPresent()) {
      return Optional.of(reply(403, denied.get(), FORBIDDEN));
    }
    Optional<TaskAlreadyClaimedException> claimed = first(chain, TaskAlreadyClaimedException.class);
    if (claimed.isPresent()) {
      return Optional.of(reply(409, claimed.get(), TASK_CLAIMED));
    }
    Optional<OptimisticLockingException> stale = first(chain, OptimisticLockingException.class);
    if (stale.isPresent()) {
      return Optional.of(reply(409, stale.get(), ApiExceptionHandler.STALE_DATA));
    }
    Optional<ProcessEngineException> missing = chain.stream()
        .filter(cause -> cause instanceof NotFoundException || (cause instanceof NullValueException
            || cause instanceof BadUserRequestException) && saysNotFound(cause))
        .map(ProcessEngineException.class::cast).findFirst();
    if (missing.isPresent()) {
      return Optional.of(reply(404, missing.get(), notFound(request)));
    }
    Optional<Throwable> unreadable = chain.stream().filter(isUnreadableJson()).findFirst();
    if (unreadable.isPresent()) {
      return Optional.of(reply(400, unreadable.get(), jsonMessage(unreadable.get())));
    }
    if (thrown instanceof NullPointerException && isRestLayerReadingMissingBody(thrown)) {
      return Optional.of(reply(400, thrown, BODY_MISSING));
    }
    Optional<Response> refusedByStatus = chain.stream().map(cause -> refusedByStatus(cause, request))
        .flatMap(Optional::stream).findFirst();
    if (refusedByStatus.isPresent()) {
      return refusedByStatus;
    }
    // a missing or wrong value the person sent (the engine's argument checks)
    return chain.stream().filter(cause -> cause instanceof BadUserRequestException || cause instanceof NullValueException)
        .findFirst().map(cause -> reply(400, cause, INVALID_REQUEST));
  }

  /** JAX-RS's and Camunda's REST layer's own 4xx answers (wrong content type, unknown path, bad parameter). */
  private static Optional<Response> refusedByStatus(Throwable cause, UriInfo request) {
    int status;
    if (cause instanceof RestException rest && rest.getStatus() != null) {
      status = rest.getStatus().getStatusCode();
    } else if (cause instanceof WebApplicationException web && web.getResponse() != null) {
      status = web.getResponse().getStatus();
    } else {
      return Optional.empty();
    }
    if (status < 400 || status >= 500) {
      return Optional.empty();
    }
    String message = switch (status) {
      case 403 -> FORBIDDEN;
      case 404 -> cause instanceof RestException ? notFound(request) : "Không tìm thấy địa chỉ yêu cầu.";
      case 405 -> "Phương thức HTTP không được hỗ trợ cho địa chỉ này.";
      case 406 -> "Không trả lời được theo kiểu dữ liệu yêu cầu (Accept).";
      case 409 -> ApiExceptionHandler.STALE_DATA;
      case 413 -> ApiExceptionHandler.UPLOAD_TOO_LARGE;
      case 415 -> UNSUPPORTED_CONTENT_TYPE;
      default -> INVALID_REQUEST;
    };
    return Optional.of(reply(status, cause, message));
  }

  /** Camunda's resources use the body they were given without checking it is there: an empty body fails there. */
  private static boolean isRestLayerReadingMissingBody(Throwable thrown) {
    StackTraceElement[] stack = thrown.getStackTrace();
    return stack.length > 0 && stack[0].getClassName().startsWith("org.camunda.bpm.engine.rest.")
        && thrown.getMessage() != null && thrown.getMessage().endsWith("is null");
  }

  private static Predicate<Throwable> isUnreadableJson() {
    // what the request's body caused; a JsonMappingException of another kind is the server's own fault
    return cause -> cause instanceof StreamReadException || cause instanceof StreamConstraintsException
        || cause instanceof MismatchedInputException
        || cause instanceof ValueInstantiationException;
  }

  private static String jsonMessage(Throwable unreadable) {
    if (unreadable instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().stream()
          .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[");
      return "Giá trị của trường \"" + field + "\" không đúng kiểu dữ liệu.";
    }
    return JSON_UNREADABLE;
  }

  private static boolean saysNotFound(Throwable cause) {
    return cause.getMessage() != null && NOT_FOUND_WORDING.matcher(cause.getMessage()).find();
  }

  private static String notFound(UriInfo request) {
    boolean aboutTask = request != null && request.getPathSegments().stream()
        .anyMatch(segment -> "task".equals(segment.getPath()));
    return aboutTask ? TASK_NOT_FOUND : NOT_FOUND;
  }

  private static <T> Optional<T> first(List<Throwable> chain, Class<T> type) {
    return chain.stream().filter(type::isInstance).map(type::cast).findFirst();
  }

  private static Response reply(int status, Throwable cause, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new EngineError(cause.getClass().getSimpleName(), message)).build();
  }

  /** Common to the mappers: the request, to tell a task from other things that were not found. */
  abstract static class Mapper<E extends Throwable> implements ExceptionMapper<E> {

    @Context
    UriInfo request;

    @Override
    public Response toResponse(E thrown) {
      return answer(thrown, request);
    }
  }

  @Priority(AHEAD_OF_CAMUNDA)
  public static class ForThrowable extends Mapper<Throwable> {
  }

  @Priority(AHEAD_OF_CAMUNDA)
  public static class ForProcessEngineException extends Mapper<ProcessEngineException> {
  }

  @Priority(AHEAD_OF_CAMUNDA)
  public static class ForRestException extends Mapper<RestException> {
  }

  @Priority(AHEAD_OF_CAMUNDA)
  public static class ForJsonMappingException extends Mapper<JsonMappingException> {
  }

  @Priority(AHEAD_OF_CAMUNDA)
  public static class ForJsonParseException extends Mapper<JsonParseException> {
  }
}
