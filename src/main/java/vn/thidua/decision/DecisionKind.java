package vn.thidua.decision;

import vn.thidua.catalogue.DecidingAuthority;

/** How the process treats a decision: signed and issued here, submitted to the superior level, or recorded. */
public enum DecisionKind {
  LOCAL,
  SUPERIOR,
  ORGANISATION;

  static DecisionKind of(DecidingAuthority authority) {
    return switch (authority) {
      case PARTY_COMMITTEE, PEOPLES_COMMITTEE_CHAIR -> LOCAL;
      case PROVINCE -> SUPERIOR;
      case MASS_ORGANIZATION -> ORGANISATION;
    };
  }
}
