package vn.thidua.registry;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

import vn.thidua.catalogue.RewardFormView;
import vn.thidua.organization.UnitSummary;

@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
interface AwardMapper {

  @Mapping(target = "id", source = "award.id")
  @Mapping(target = "nomineeKind", source = "award.nomineeKind")
  @Mapping(target = "track", source = "award.track")
  @Mapping(target = "year", source = "award.awardYear")
  @Mapping(target = "money", source = "award.rewardMoney")
  @Mapping(target = "decidedBy", source = "award.decidedBy")
  @Mapping(target = "unitCode", source = "unit.code")
  @Mapping(target = "unitName", source = "unit.name")
  @Mapping(target = "rewardFormName", source = "form.name")
  @Mapping(target = "legalGround", source = "award.revocationLegalGround")
  AwardView toView(Award award, UnitSummary unit, RewardFormView form);
}
