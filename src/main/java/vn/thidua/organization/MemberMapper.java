package vn.thidua.organization;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;

@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
interface MemberMapper {

  @Mapping(target = "unitCode", source = "unit.code")
  @Mapping(target = "unitName", source = "unit.name")
  MemberResponse toResponse(Member member);

  @Mapping(target = "unitCode", source = "unit.code")
  MemberSummary toSummary(Member member);

  /** Copies what the person entered; the service resolves the unit from its code. */
  @Mapping(target = "unit", ignore = true)
  void update(MemberRequest request, @MappingTarget Member member);
}
