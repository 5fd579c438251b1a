package vn.thidua.organization;

import vn.thidua.catalogue.NomineeKind;

/**
 * Someone who is rated or rewarded: a collective (a unit of the registry, {@code id} = the unit's id) or
 * an individual (a member, {@code id} = the member's id). {@code unit} is the unit itself for a collective
 * and the member's unit for an individual: the unit whose officers may see the nominee's records.
 */
public record Nominee(NomineeKind kind, long id, String name, UnitSummary unit) {

  /** The unit nominated, or null for an individual. */
  public Long nomineeUnitId() {
    return kind == NomineeKind.COLLECTIVE ? id : null;
  }

  /** The member nominated, or null for a collective. */
  public Long nomineeMemberId() {
    return kind == NomineeKind.INDIVIDUAL ? id : null;
  }
}
