package vn.thidua.campaign;

import java.util.List;
import java.util.Map;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;
import org.mapstruct.ReportingPolicy;

import vn.thidua.form.FormValues;

/** Maps the variables a launch form submits to its form record, and form records onto the entity. */
@Mapper(uses = FormValues.class, unmappedTargetPolicy = ReportingPolicy.IGNORE)
interface LaunchFormMapper {

  LaunchForms.CeremonyDocuments ceremonyDocuments(Map<String, Object> variables);

  LaunchForms.SpeechReview speechReview(Map<String, Object> variables);

  LaunchForms.Invitations invitations(Map<String, Object> variables);

  LaunchForms.Presenter presenter(Map<String, Object> variables);

  LaunchForms.ResponseSpeech responseSpeech(Map<String, Object> variables);

  LaunchForms.CommunicationPlan communicationPlan(Map<String, Object> variables);

  LaunchForms.MobilizationPlan mobilizationPlan(Map<String, Object> variables);

  LaunchForms.Ceremony ceremony(Map<String, Object> variables);

  void apply(LaunchForms.CeremonyDocuments form, @MappingTarget LaunchPreparation preparation);

  void apply(LaunchForms.Invitations form, @MappingTarget LaunchPreparation preparation);

  void apply(LaunchForms.Presenter form, @MappingTarget LaunchPreparation preparation);

  void apply(LaunchForms.ResponseSpeech form, @MappingTarget LaunchPreparation preparation);

  @Mapping(target = "communicationPlan", source = "communicationPlanSummary")
  @Mapping(target = "communicationChannels", source = "communicationChannels")
  void apply(LaunchForms.CommunicationPlan form, @MappingTarget LaunchPreparation preparation);

  @Mapping(target = "mobilizationPlan", source = "mobilizationPlanSummary")
  void apply(LaunchForms.MobilizationPlan form, @MappingTarget LaunchPreparation preparation);

  @Mapping(target = "ceremonyDate", source = "ceremonyDate")
  void apply(LaunchForms.Ceremony form, @MappingTarget LaunchPreparation preparation);

  default String joinCodes(List<String> codes) {
    return codes == null || codes.isEmpty() ? null : String.join(",", codes);
  }
}
