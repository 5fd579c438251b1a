package vn.thidua.organization;

import java.util.Set;

/** A member as other features see it: signers' names and titles, ballots, notifications. */
public record MemberSummary(Long id, String fullName, String position, String unitCode, Set<Role> roles,
    String username, String email) {
}
