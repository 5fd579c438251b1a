package vn.thidua.campaign;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

import vn.thidua.campaign.CampaignRequest.ContentAreaRequest;
import vn.thidua.campaign.CampaignRequest.PhaseRequest;

/** Between the campaign API's records and the campaign entities. */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
interface CampaignMapper {

  @Mapping(target = "id", ignore = true)
  @Mapping(target = "phases", ignore = true)
  @Mapping(target = "unitIds", ignore = true)
  @Mapping(target = "responseSpeechUnitId", ignore = true)
  @Mapping(target = "status", ignore = true)
  @Mapping(target = "currentPhase", ignore = true)
  @Mapping(target = "processInstanceId", ignore = true)
  @Mapping(target = "createdBy", ignore = true)
  @Mapping(target = "createdAt", ignore = true)
  @Mapping(target = "launchedAt", ignore = true)
  Campaign toCampaign(CampaignRequest request);

  ContentArea toContentArea(ContentAreaRequest request);

  Phase toPhase(PhaseRequest phase, int number);

  @Mapping(target = "budgetTotal", expression = "java(LaunchService.total(preparation.getBudgetItems().stream().map(BudgetItem::estimatedAmount).toList()))")
  @Mapping(target = "actualTotal", expression = "java(LaunchService.total(preparation.getBudgetItems().stream().map(BudgetItem::actualAmount).toList()))")
  @Mapping(target = "speechStatus", source = "preparation.speechStatus")
  @Mapping(target = "signedUnits", source = "signedUnits")
  @Mapping(target = "approvals", source = "approvals")
  CampaignView.LaunchView toLaunchView(LaunchPreparation preparation, List<CampaignView.UnitRef> signedUnits,
      List<LaunchApproval> approvals);

  CampaignView.ApprovalView toApprovalView(LaunchApproval approval);

  default String month(YearMonth month) {
    return month == null ? null : month.toString();
  }

  /** Slogans as entered, without surrounding spaces; the entity keeps a mutable list. */
  default List<String> slogans(List<String> slogans) {
    return slogans == null ? new ArrayList<>()
        : slogans.stream().map(String::strip).collect(Collectors.toCollection(ArrayList::new));
  }
}
