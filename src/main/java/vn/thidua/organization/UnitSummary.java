package vn.thidua.organization;

/** A unit as other features see it; {@code groupId} is the unit's own Camunda group ({@code don-vi-<code>}). */
public record UnitSummary(Long id, String code, String name, UnitKind kind, String groupId) {
}
