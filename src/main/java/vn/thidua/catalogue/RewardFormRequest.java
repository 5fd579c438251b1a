package vn.thidua.catalogue;

import java.math.BigDecimal;
import java.util.List;

/**
 * A catalogue entry as Ban Tổ chức enters it. On update the code comes from the URL (a code in the
 * body must be the same), {@code version} is the version read, and a missing {@code active} or
 * {@code sortOrder} keeps the current value; on creation they default to active and to the end of the list.
 */
record RewardFormRequest(
    String code,
    String name,
    RewardFormKind kind,
    Track track,
    NomineeScope nomineeScope,
    DecidingAuthority decidedBy,
    List<DocumentKind> requiredDocuments,
    BigDecimal moneyMultipleIndividual,
    BigDecimal moneyMultipleCollective,
    Boolean active,
    Integer sortOrder,
    Integer version) {

  RewardFormRequest {
    code = strip(code);
    name = strip(name);
  }

  private static String strip(String value) {
    return value == null ? null : value.strip();
  }
}
