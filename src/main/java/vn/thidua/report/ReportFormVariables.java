package vn.thidua.report;

import java.math.BigDecimal;
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
 * What the Tasklist forms of a results report show (read-only tables), kept in step with the
 * report, its proposals and their files each time one of them changes.
 */
@Component
class ReportFormVariables {

  record ResultRow(String contentArea, String target, String planned, String achieved, String assessment) {
  }

  record ProposalRow(String nominee, String track, String form, String rating, String documents) {
  }

  private final RuntimeService runtimeService;
  private final ReportViews views;
  private final ProposalRepository proposals;
  private final ObjectMapper json;

  ReportFormVariables(RuntimeService runtimeService, ReportViews views, ProposalRepository proposals,
      ObjectMapper json) {
    this.runtimeService = runtimeService;
    this.views = views;
    this.proposals = proposals;
    this.json = json;
  }

  void refresh(ResultsReport report, CampaignSummary campaign) {
    // a supplement comes after the report's own process has ended
    if (report.getProcessInstanceId() == null
        || runtimeService.createProcessInstanceQuery().processInstanceId(report.getProcessInstanceId()).count() == 0) {
      return;
    }
    Map<String, String> areas = campaign.contentAreas().stream()
        .collect(Collectors.toMap(ContentArea::code, ContentArea::title));
    List<ResultRow> results = report.getResults().stream().map(result -> new ResultRow(
        areas.getOrDefault(result.contentAreaCode(), result.contentAreaCode()), result.target(),
        number(result.plannedQuantity()) + " " + result.unitOfMeasure(),
        result.achievedQuantity() == null ? "(chưa nhập)" : number(result.achievedQuantity()) + " " + result.unitOfMeasure(),
        result.selfAssessment() == null ? "(chưa nhập)" : result.selfAssessment().label())).toList();
    List<ProposalView> proposalViews = proposals.findByReportIdOrderByIdAsc(report.getId()).stream()
        .map(views::proposal).toList();
    List<ProposalRow> proposalRows = proposalViews.stream().map(proposal -> new ProposalRow(
        proposal.nomineeName() + " (" + proposal.nomineeKindLabel() + ")", proposal.trackLabel(),
        proposal.rewardFormName(), proposal.declaredRatingLabel(),
        proposal.missingDocuments().isEmpty()
            ? "Đủ hồ sơ (" + proposal.documents().size() + " tệp)"
            : "Còn thiếu: " + String.join(", ", proposal.missingDocuments()))).toList();
    VariableMap variables = Variables.createVariables()
        .putValue("reportStatus", report.getStatus().label())
        .putValue("narrative", report.getNarrative())
        .putValue("headRemarks", report.getHeadRemarks())
        .putValue("resultRows", SpinValues.jsonValue(write(results)).create())
        .putValue("proposalRows", SpinValues.jsonValue(write(proposalRows)).create())
        .putValue("proposalCount", proposalRows.size());
    runtimeService.setVariables(report.getProcessInstanceId(), variables);
  }

  private static String number(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write form table", e);
    }
  }
}
