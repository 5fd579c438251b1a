package vn.thidua.campaign;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Form data a person submitted that cannot be accepted. The engine REST API turns it into HTTP 400
 * with this message, which Tasklist shows; the transaction rolls back, so nothing changes.
 */
public class FormValidationException extends BadUserRequestException {

  public FormValidationException(String message) {
    super(message);
  }
}
