package vn.thidua.registry;

import vn.thidua.catalogue.NomineeKind;
import vn.thidua.catalogue.Track;

/**
 * What to look for in the registry; every part is optional and a null part matches everything.
 * {@code nomineeId} needs {@code nomineeKind}; {@code unitCode} is the nominee's unit (for a collective,
 * the unit itself); {@code revoked} true keeps the revoked awards only, false the standing ones.
 */
public record AwardFilter(NomineeKind nomineeKind, Long nomineeId, String unitCode, Integer year, String formCode,
    Track track, Boolean revoked) {

  /** Revoked and standing awards alike. */
  public AwardFilter(NomineeKind nomineeKind, Long nomineeId, String unitCode, Integer year, String formCode,
      Track track) {
    this(nomineeKind, nomineeId, unitCode, year, formCode, track, null);
  }

  public AwardFilter {
    unitCode = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
    formCode = formCode == null || formCode.isBlank() ? null : formCode.strip();
  }

  public static AwardFilter all() {
    return new AwardFilter(null, null, null, null, null, null, null);
  }

  AwardFilter withUnitCode(String code) {
    return new AwardFilter(nomineeKind, nomineeId, code, year, formCode, track, revoked);
  }
}
