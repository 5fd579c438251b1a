package vn.thidua.form;

import java.util.Comparator;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/** Checks a submitted form against its rules and refuses it with every problem in one message. */
@Component
public class FormValidator {

  private final Validator validator;

  FormValidator(Validator validator) {
    this.validator = validator;
  }

  public <T> T check(T form) {
    var violations = validator.validate(form);
    if (!violations.isEmpty()) {
      throw new FormValidationException(violations.stream()
          .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
          .map(ConstraintViolation::getMessage)
          .distinct()
          .collect(Collectors.joining("; ")) + ".");
    }
    return form;
  }
}
