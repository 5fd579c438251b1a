package vn.thidua.organization;

import java.util.Set;

/** A member as the API returns it. */
record MemberResponse(
    Long id,
    String fullName,
    String position,
    String unitCode,
    String unitName,
    boolean partyMember,
    String username,
    String email,
    Set<Role> roles,
    int version) {
}
