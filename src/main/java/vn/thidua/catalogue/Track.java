package vn.thidua.catalogue;

import java.util.EnumSet;
import java.util.Set;

/** Whose reward it is: the Party's, the State's or a mass organisation's, each with its own deciding authorities. */
public enum Track {
  PARTY("Khen thưởng của Đảng",
      EnumSet.of(DecidingAuthority.PARTY_COMMITTEE, DecidingAuthority.PROVINCE)),
  STATE("Khen thưởng của Nhà nước",
      EnumSet.of(DecidingAuthority.PEOPLES_COMMITTEE_CHAIR, DecidingAuthority.PROVINCE)),
  MASS_ORG("Khen thưởng của đoàn thể",
      EnumSet.of(DecidingAuthority.MASS_ORGANIZATION));

  private final String label;
  private final Set<DecidingAuthority> authorities;

  Track(String label, Set<DecidingAuthority> authorities) {
    this.label = label;
    this.authorities = authorities;
  }

  public String label() {
    return label;
  }

  /** Whether a form of this track may be decided by that authority (a Party form is never signed by the chair). */
  public boolean decidableBy(DecidingAuthority authority) {
    return authorities.contains(authority);
  }

  /** The authorities that may decide a form of this track, in declaration order. */
  public Set<DecidingAuthority> authorities() {
    return EnumSet.copyOf(authorities);
  }
}
