package vn.thidua.pledge;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.campaign.CampaignSummary;
import vn.thidua.campaign.ContentArea;

/**
 * What the Tasklist forms of a registration show (read-only tables and texts), kept in step with
 * the registration each time it changes. The registration itself lives in the pledge tables.
 */
@Component
class PledgeFormVariables {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** One row of the targets table in the forms. */
  record TargetRow(String contentArea, String target, String quantity, String unitOfMeasure) {
  }

  private final RuntimeService runtimeService;
  private final ObjectMapper json;

  PledgeFormVariables(RuntimeService runtimeService, ObjectMapper json) {
    this.runtimeService = runtimeService;
    this.json = json;
  }

  void refresh(Pledge pledge, CampaignSummary campaign, Map<String, String> titleNames) {
    if (pledge.getProcessInstanceId() == null) {
      return;
    }
    Map<String, String> areas = campaign.contentAreas().stream()
        .collect(Collectors.toMap(ContentArea::code, ContentArea::title));
    List<TargetRow> rows = pledge.getTargets().stream().map(target -> new TargetRow(
        areas.getOrDefault(target.contentAreaCode(), target.contentAreaCode()), target.target(),
        target.quantity().stripTrailingZeros().toPlainString(), target.unitOfMeasure())).toList();
    VariableMap variables = Variables.createVariables()
        .putValue("pledgeStatus", pledge.getStatus().label())
        .putValue("pledgeTargetRows", SpinValues.jsonValue(write(rows)).create())
        .putValue("pledgeTargetCount", rows.size())
        .putValue("pledgeTitles", pledge.getTitleCodes().stream().map(code -> titleNames.getOrDefault(code, code))
            .collect(Collectors.joining("; ")))
        .putValue("responsePlanSummary", pledge.getResponsePlanSummary())
        .putValue("responseMeasures", pledge.getResponseMeasures())
        .putValue("signerName", pledge.getSignerName())
        .putValue("signedOn", pledge.getSignedOn() == null ? null : DAY.format(pledge.getSignedOn()))
        .putValue("pledgeReturnReason", pledge.getReturnReason());
    runtimeService.setVariables(pledge.getProcessInstanceId(), variables);
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write form table", e);
    }
  }
}
