package vn.thidua.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Conversions from what Camunda Forms submit (strings, numbers, Json lists) to typed values; used by
 * the MapStruct form mappers. A value that cannot be read is refused with a Vietnamese message.
 */
public final class FormValues {

  private FormValues() {
  }

  public static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }

  public static LocalDate date(Object value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      // form-js dates are "yyyy-MM-dd"; datetime values carry a time after it
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw new FormValidationException("Ngày \"" + text + "\" không hợp lệ (cần dạng năm-tháng-ngày)");
    }
  }

  public static Integer count(Object value) {
    BigDecimal number = amount(value);
    if (number == null) {
      return null;
    }
    try {
      return number.intValueExact();
    } catch (ArithmeticException e) {
      throw new FormValidationException("Số \"" + value + "\" phải là số nguyên");
    }
  }

  public static BigDecimal amount(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Number number) {
      return new BigDecimal(number.toString());
    }
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new FormValidationException("\"" + text + "\" không phải là số");
    }
  }

  public static List<String> codes(Object value) {
    List<String> codes = new ArrayList<>();
    if (value == null) {
      return codes;
    }
    if (value instanceof Collection<?> collection) {
      collection.forEach(item -> codes.add(String.valueOf(item)));
      return codes;
    }
    SpinJsonNode json = value instanceof SpinJsonNode node ? node : Spin.JSON(value.toString());
    if (!json.isArray()) {
      throw new FormValidationException("Danh sách lựa chọn không hợp lệ");
    }
    json.elements().forEach(element -> codes.add(element.isString() ? element.stringValue() : element.toString()));
    return codes;
  }
}
