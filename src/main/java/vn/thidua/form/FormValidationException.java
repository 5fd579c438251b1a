package vn.thidua.form;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Form data a person submitted that cannot be accepted. As a form-field validation failure, the
 * engine's REST API (and so Tasklist) answers HTTP 400 with this message; the transaction rolls back.
 */
public class FormValidationException extends FormFieldValidationException {

  public FormValidationException(String message) {
    super(null, message);
  }
}
