package vn.thidua.form;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine wraps whatever a task listener throws into a generic exception, which its REST API
 * answers with 500. Outside the transaction (already rolled back), this hands the person's
 * {@link FormValidationException} back unwrapped, so Tasklist and /engine-rest answer 400 with its message.
 */
public class FormValidationUnwrapping extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (RuntimeException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof FormValidationException refused) {
          throw refused;
        }
      }
      throw e;
    }
  }
}
