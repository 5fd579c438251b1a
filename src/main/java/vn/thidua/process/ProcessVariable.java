package vn.thidua.process;

import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One process variable, named and typed once. Each process names its variables in a small class of
 * these ({@code ReportProcess.REPORT_ID.from(execution)}) instead of {@code getVariable("…")} with a
 * cast wherever a step needs it.
 *
 * <p>Only the engine and the application write these variables: the engine API refuses variable
 * writes of non-administrators, and a task's completion carries only its own form's fields (see
 * {@code security.EngineApiGuard}). A variable that a form writes is an answer, never a reference.
 */
public final class ProcessVariable<T> {

  private final String name;
  private final Function<Object, T> conversion;
  private final Function<T, ?> storedAs;

  private ProcessVariable(String name, Function<Object, T> conversion) {
    this(name, conversion, Function.identity());
  }

  private ProcessVariable(String name, Function<Object, T> conversion, Function<T, ?> storedAs) {
    this.name = name;
    this.conversion = conversion;
    this.storedAs = storedAs;
  }

  public static ProcessVariable<String> text(String name) {
    return new ProcessVariable<>(name, value -> {
      if (!(value instanceof String text)) {
        throw wrongType(name, value);
      }
      return text;
    });
  }

  /** A numeric id: the engine may hand back Integer or Long. */
  public static ProcessVariable<Long> id(String name) {
    return new ProcessVariable<>(name, value -> {
      if (!(value instanceof Number number)) {
        throw wrongType(name, value);
      }
      return number.longValue();
    });
  }

  /** A small count such as a phase or round number. */
  public static ProcessVariable<Integer> number(String name) {
    return new ProcessVariable<>(name, value -> {
      if (!(value instanceof Number number)) {
        throw wrongType(name, value);
      }
      return Math.toIntExact(number.longValue());
    });
  }

  public static ProcessVariable<Boolean> flag(String name) {
    return new ProcessVariable<>(name, value -> {
      if (!(value instanceof Boolean flag)) {
        throw wrongType(name, value);
      }
      return flag;
    });
  }

  /** A value the process stores as text and reads as a type of its own, e.g. a dossier reference. */
  public static <T> ProcessVariable<T> parsed(String name, Function<String, T> parse, Function<T, String> format) {
    return new ProcessVariable<>(name, value -> {
      if (!(value instanceof String text)) {
        throw wrongType(name, value);
      }
      return parse.apply(text);
    }, format);
  }

  public String name() {
    return name;
  }

  /** The value, which the process must hold at this step. */
  public T from(VariableScope scope) {
    return optionalFrom(scope)
        .orElseThrow(() -> new IllegalStateException("Process variable " + name + " is missing"));
  }

  public Optional<T> optionalFrom(VariableScope scope) {
    Object value = scope.getVariable(name);
    return value == null ? Optional.empty() : Optional.of(conversion.apply(value));
  }

  /** Sets the variable in the scope that holds it (the process instance unless a local one exists). */
  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value == null ? null : storedAs.apply(value));
  }

  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, value == null ? null : storedAs.apply(value));
  }

  private static IllegalStateException wrongType(String name, Object value) {
    return new IllegalStateException("Process variable " + name + " holds " + value.getClass().getSimpleName());
  }
}
