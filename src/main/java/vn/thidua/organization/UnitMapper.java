package vn.thidua.organization;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;

import vn.thidua.web.ApiException;

@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
interface UnitMapper {

  @Mapping(target = "kindLabel", source = "kind", qualifiedByName = "kindLabel")
  @Mapping(target = "parentCode", source = "parent.code")
  @Mapping(target = "parentName", source = "parent.name")
  @Mapping(target = "bodyGroup", source = "bodyGroup", qualifiedByName = "bodyGroupId")
  @Mapping(target = "bodyName", source = "bodyGroup", qualifiedByName = "bodyName")
  @Mapping(target = "groupId", expression = "java(unit.groupId())")
  UnitResponse toResponse(Unit unit);

  @Mapping(target = "groupId", expression = "java(unit.groupId())")
  UnitSummary toSummary(Unit unit);

  /** Copies what the person entered; the service resolves the parent and keeps the code. */
  @Mapping(target = "parent", ignore = true)
  @Mapping(target = "bodyGroup", source = "bodyGroup", qualifiedByName = "toBody")
  void update(UnitRequest request, @MappingTarget Unit unit);

  @Named("kindLabel")
  default String kindLabel(UnitKind kind) {
    return kind == null ? null : kind.label();
  }

  @Named("bodyGroupId")
  default String bodyGroupId(Body body) {
    return body == null ? null : body.groupId();
  }

  @Named("bodyName")
  default String bodyName(Body body) {
    return body == null ? null : body.displayName();
  }

  @Named("toBody")
  default Body toBody(String groupId) {
    if (groupId == null) {
      return null;
    }
    return Body.fromGroupId(groupId).orElseThrow(() -> ApiException.badRequest("bodyGroup",
        "Cơ quan \"" + groupId + "\" không có trong danh sách: "
            + Arrays.stream(Body.values()).map(Body::groupId).collect(Collectors.joining(", "))));
  }
}
