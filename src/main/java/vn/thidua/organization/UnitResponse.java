package vn.thidua.organization;

/** A unit as the API returns it, with the labels people read and the unit's Camunda group. */
record UnitResponse(
    Long id,
    String code,
    String name,
    UnitKind kind,
    String kindLabel,
    String parentCode,
    String parentName,
    String bodyGroup,
    String bodyName,
    String groupId,
    int version) {
}
