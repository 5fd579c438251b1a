package vn.thidua.catalogue;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.NullValuePropertyMappingStrategy;
import org.mapstruct.ReportingPolicy;

/** Between the catalogue's API records and its entity; money in VND follows from the configured base salary. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
interface RewardFormMapper {

  @Mapping(target = "moneyIndividual", expression = "java(money(form.getMoneyMultipleIndividual(), money))")
  @Mapping(target = "moneyCollective", expression = "java(money(form.getMoneyMultipleCollective(), money))")
  RewardFormView toView(RewardForm form, @Context RewardMoneyProperties money);

  /** Copies what Ban Tổ chức entered; the code is the entity's identity and never copied over. */
  @Mapping(target = "active", nullValuePropertyMappingStrategy = NullValuePropertyMappingStrategy.IGNORE)
  @Mapping(target = "sortOrder", nullValuePropertyMappingStrategy = NullValuePropertyMappingStrategy.IGNORE)
  void update(RewardFormRequest request, @MappingTarget RewardForm form);

  /** VND, or null when the form carries no money for that kind of nominee. */
  default Long money(java.math.BigDecimal multiple, RewardMoneyProperties money) {
    return multiple == null ? null : money.amount(multiple);
  }
}
