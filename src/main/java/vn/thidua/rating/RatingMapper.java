package vn.thidua.rating;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

import vn.thidua.organization.UnitSummary;

@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
interface RatingMapper {

  @Mapping(target = "id", source = "entry.id")
  @Mapping(target = "year", source = "entry.ratingYear")
  @Mapping(target = "unitCode", source = "unit.code")
  @Mapping(target = "unitName", source = "unit.name")
  RatingView toView(RatingRecord entry, UnitSummary unit);
}
