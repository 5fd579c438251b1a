package vn.thidua.decision;

import java.util.Optional;
import java.util.Set;

import vn.thidua.catalogue.DecidingAuthority;
import vn.thidua.organization.Role;

/** In which capacity a person signs a decision of an authority, as the signature block states it. */
record Signer(String title) {

  static Optional<Signer> of(DecidingAuthority authority, Set<Role> roles) {
    if (authority == DecidingAuthority.PARTY_COMMITTEE) {
      if (roles.contains(Role.BI_THU)) {
        return Optional.of(new Signer("T/M BAN THƯỜNG VỤ\nBÍ THƯ"));
      }
      if (roles.contains(Role.PHO_BI_THU)) {
        return Optional.of(new Signer("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ"));
      }
    }
    if (authority == DecidingAuthority.PEOPLES_COMMITTEE_CHAIR) {
      if (roles.contains(Role.CHU_TICH_UBND)) {
        return Optional.of(new Signer("CHỦ TỊCH"));
      }
      if (roles.contains(Role.PHO_CHU_TICH_UBND)) {
        return Optional.of(new Signer("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"));
      }
    }
    return Optional.empty();
  }
}
