package vn.thidua.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.instance.Description;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.support.IntegrationTest;

/**
 * The table {@code reward-eligibility} as deployed in the running application: every row is reached by a
 * case of its own, says eligible or not with its reason, and is the row the engine recorded as matched.
 */
class RewardEligibilityDecisionTest extends IntegrationTest {

  private static final String DECISION = "reward-eligibility";

  @Autowired
  private DecisionService decisionService;
  @Autowired
  private HistoryService historyService;
  @Autowired
  private RepositoryService repositoryService;

  /** A case: the nominee, what is changed from an eligible one, and the row that must answer. */
  record Case(String scenario, Map<String, Object> variables, String expectedRule, boolean eligible,
      String reasonSays) {
    @Override
    public String toString() {
      return scenario;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyRow")
  void eachRowAnswersItsOwnCase(Case example) {
    Evaluation result = evaluate(example.variables());

    assertThat(result.matchedRule()).as("matched row").isEqualTo(example.expectedRule());
    assertThat(result.eligible()).as("eligible").isEqualTo(example.eligible());
    assertThat(result.reason()).contains(example.reasonSays);
  }

  static Stream<Case> everyRow() {
    return Stream.of(
        // Luật Thi đua, khen thưởng 2022, Điều 6: the registry already holds this form for this phase
        refused("a member whose registry already holds the form for this phase", partyMember(),
            v -> v.put("awardedSameFormThisPhase", true),
            "Rule_AwardedSameFormThisPhase", "Đã được khen thưởng hình thức này trong đợt thi đua này (sổ khen thưởng)."),
        // Nghị định 98/2023, Điều 4: no reward while something is pending, whatever the track
        refused("a member under discipline review is not rewarded", partyMember(), v -> v.put("disciplinePending", true),
            "Rule_DisciplinePending", "Đang xem xét kỷ luật: chưa khen thưởng (Nghị định 98/2023/NĐ-CP, Điều 4)."),
        refused("a collective under inspection is not rewarded", excellentCollective(),
            v -> v.put("investigationPending", true),
            "Rule_InvestigationPending", "Đang bị điều tra, thanh tra, kiểm tra hoặc kiểm toán: chưa khen thưởng"),
        refused("a complaint being verified stops even a mass organisation's reward", massOrganisation(),
            v -> v.put("complaintPending", true),
            "Rule_ComplaintPending", "Đang xác minh khiếu nại, tố cáo: chưa khen thưởng"),
        eligible("a mass organisation's reward is its own to decide", massOrganisation(), v -> { },
            "Rule_MassOrganisation", "do tổ chức đoàn thể tự xét"),
        refused("a proposal without a track cannot be judged", partyCell(), v -> v.put("track", null),
            "Rule_UnknownTrack", "Chưa xác định đề nghị thuộc khen thưởng của Đảng, của Nhà nước hay của đoàn thể"),
        refused("an unknown track cannot be judged either", partyCell(), v -> v.put("track", "OTHER"),
            "Rule_UnknownTrack", "chưa xét được điều kiện"),
        refused("no discipline verification yet", partyCell(), v -> v.put("disciplinePending", null),
            "Rule_DisciplineNotVerified", "Chưa có kết quả xác minh việc xem xét kỷ luật"),
        refused("no investigation verification yet", advancedWorker(), v -> v.remove("investigationPending"),
            "Rule_InvestigationNotVerified", "Chưa có kết quả xác minh việc điều tra, thanh tra"),
        refused("no complaint verification yet", partyMember(), v -> v.put("complaintPending", null),
            "Rule_ComplaintNotVerified", "Chưa có kết quả xác minh khiếu nại, tố cáo"),
        refused("a member proposed for a collective title", advancedWorker(), v -> {
          v.put("rewardFormCode", "TAP_THE_LAO_DONG_TIEN_TIEN");
        }, "Rule_CollectiveFormForIndividual", "chỉ xét tặng cho tập thể"),
        refused("a unit proposed for an individual title", excellentCollective(),
            v -> v.put("rewardFormCode", "LAO_DONG_TIEN_TIEN"),
            "Rule_IndividualFormForCollective", "chỉ xét tặng cho cá nhân"),
        // Party track: the rating recorded by Ban Tổ chức must be HTXSNV
        refused("a party cell without a recorded rating", partyCell(), v -> v.put("recordedRating", null),
            "Rule_PartyRatingNotRecorded", "Chưa có kết quả xếp loại chất lượng năm được ghi nhận"),
        refused("a party cell rated HTT is not enough for the Party", partyCell(), v -> v.put("recordedRating", "HTT"),
            "Rule_PartyRatingBelowExcellent", "chưa đạt “Hoàn thành xuất sắc nhiệm vụ”"),
        refused("a member with four excellent years for the five-year certificate", partyMember(),
            v -> v.put("consecutiveExcellentYears", 4),
            "Rule_MemberCertificateYears", "Đảng viên chưa đủ 5 năm liền hoàn thành xuất sắc nhiệm vụ"),
        refused("a member whose excellent years are unknown", partyMember(),
            v -> v.put("consecutiveExcellentYears", null),
            "Rule_MemberCertificateYears", "chưa đủ điều kiện Giấy khen của Ban Thường vụ cấp ủy"),
        refused("three excellent years for the province's certificate of merit", partyCell(), v -> {
          v.put("rewardFormCode", "BANG_KHEN_BTV_TINH_UY");
          v.put("formKind", "REWARD");
          v.put("consecutiveExcellentYears", 3);
        }, "Rule_ProvinceCertificateYears", "Bằng khen của Ban Thường vụ Tỉnh ủy"),
        // State titles
        refused("a worker without a recorded rating", advancedWorker(), v -> v.put("recordedRating", null),
            "Rule_StateRatingNotRecorded", "Chưa có kết quả đánh giá, xếp loại năm được ghi nhận"),
        refused("a worker rated HT is not an advanced worker", advancedWorker(), v -> v.put("recordedRating", "HT"),
            "Rule_AdvancedWorkerRating", "chưa đủ điều kiện danh hiệu “Lao động tiên tiến” (Luật Thi đua, khen thưởng 2022, Điều 24)"),
        refused("a worker rated KHT is no emulation fighter", advancedWorker(), v -> {
          v.put("rewardFormCode", "CHIEN_SI_THI_DUA_CO_SO");
          v.put("recordedRating", "KHT");
        }, "Rule_EmulationFighterRating", "“Chiến sĩ thi đua cơ sở” (Luật Thi đua, khen thưởng 2022, Điều 23)"),
        refused("a collective without its head count", excellentCollective(), v -> v.put("memberCount", null),
            "Rule_CollectiveMemberCountMissing", "Chưa có tổng số cá nhân của tập thể"),
        refused("a collective of nobody", advancedCollective(), v -> v.put("memberCount", 0),
            "Rule_CollectiveMemberCountMissing", "chưa tính được tỷ lệ"),
        refused("an excellent collective without the number completing tasks", excellentCollective(),
            v -> v.put("membersCompletingTasks", null),
            "Rule_ExcellentCollectiveCompletingMissing", "Chưa có số cá nhân hoàn thành nhiệm vụ của tập thể"),
        refused("an advanced collective without the number of advanced workers", advancedCollective(),
            v -> v.put("membersAdvancedWorkers", null),
            "Rule_CollectiveAdvancedWorkersMissing", "Chưa có số cá nhân đạt danh hiệu “Lao động tiên tiến”"),
        refused("an excellent collective without the number of emulation fighters", excellentCollective(),
            v -> v.remove("membersEmulationFighters"),
            "Rule_ExcellentCollectiveFightersMissing", "Chưa có số cá nhân đạt danh hiệu “Chiến sĩ thi đua cơ sở”"),
        refused("one member of ten did not complete the tasks", excellentCollective(),
            v -> v.put("membersCompletingTasks", 9),
            "Rule_ExcellentCollectiveNotAllCompleting", "Chưa phải 100% cá nhân trong tập thể hoàn thành nhiệm vụ"),
        refused("six advanced workers of ten are under 70%", excellentCollective(),
            v -> v.put("membersAdvancedWorkers", 6),
            "Rule_ExcellentCollectiveAdvancedWorkers", "Chưa đủ 70% cá nhân trong tập thể đạt danh hiệu “Lao động tiên tiến”"),
        refused("an excellent collective without an emulation fighter", excellentCollective(),
            v -> v.put("membersEmulationFighters", 0),
            "Rule_ExcellentCollectiveNoFighter", "Tập thể chưa có cá nhân đạt danh hiệu “Chiến sĩ thi đua cơ sở”"),
        refused("four advanced workers of ten are under 50%", advancedCollective(),
            v -> v.put("membersAdvancedWorkers", 4),
            "Rule_AdvancedCollectiveAdvancedWorkers", "Chưa đủ 50% cá nhân trong tập thể đạt danh hiệu “Lao động tiên tiến”"),
        // Law 2022 Art. 84: the dossier, after the criteria
        refused("an emulation fighter without the initiative certificate in the dossier", advancedWorker(), v -> {
          v.put("rewardFormCode", "CHIEN_SI_THI_DUA_CO_SO");
          v.put("dossierComplete", false);
        }, "Rule_TitleDossierIncomplete", "Hồ sơ đề nghị danh hiệu thi đua chưa đủ thành phần"),
        refused("a certificate of merit whose dossier was never checked", partyMember(),
            v -> v.put("dossierComplete", null),
            "Rule_RewardDossierIncomplete", "Hồ sơ đề nghị khen thưởng chưa đủ thành phần"),
        eligible("an eligible party cell", partyCell(), v -> { },
            "Rule_Eligible", "Đủ điều kiện để thẩm định đề nghị khen thưởng."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("eligibleOfEachTrack")
  void aFullyEligibleNomineeOfEachTrackPasses(Case example) {
    Evaluation result = evaluate(example.variables());

    assertThat(result.eligible()).as(result.reason()).isTrue();
    assertThat(result.matchedRule()).isEqualTo(example.expectedRule());
    assertThat(result.reason()).contains(example.reasonSays());
  }

  static Stream<Case> eligibleOfEachTrack() {
    String eligible = "Đủ điều kiện để thẩm định đề nghị khen thưởng.";
    return Stream.of(
        eligible("Party: a party cell rated HTXSNV for Chi bộ bốn tốt", partyCell(), v -> { }, "Rule_Eligible", eligible),
        eligible("Party: a member with exactly five excellent years", partyMember(), v -> { }, "Rule_Eligible",
            eligible),
        eligible("Party: a collective with five excellent years for the province's certificate", partyCell(), v -> {
          v.put("rewardFormCode", "BANG_KHEN_BTV_TINH_UY");
          v.put("formKind", "REWARD");
          v.put("consecutiveExcellentYears", 5);
        }, "Rule_Eligible", eligible),
        eligible("State: a worker rated HTT is an advanced worker", advancedWorker(), v -> { }, "Rule_Eligible",
            eligible),
        eligible("State: an emulation fighter rated HTXSNV with the initiative in the dossier", advancedWorker(), v -> {
          v.put("rewardFormCode", "CHIEN_SI_THI_DUA_CO_SO");
          v.put("recordedRating", "HTXSNV");
        }, "Rule_Eligible", eligible),
        eligible("State: exactly 100%, 70% and one fighter make an excellent collective", excellentCollective(),
            v -> { }, "Rule_Eligible", eligible),
        eligible("State: exactly half advanced workers make an advanced collective", advancedCollective(), v -> { },
            "Rule_Eligible", eligible),
        eligible("State: a chair's certificate of merit needs no rating row", advancedWorker(), v -> {
          v.put("rewardFormCode", "GIAY_KHEN_CHU_TICH_UBND");
          v.put("formKind", "REWARD");
          v.put("recordedRating", null);
        }, "Rule_Eligible", eligible),
        eligible("Party: a member who already holds the same form from earlier years is judged on this year",
            partyMember(), v -> v.put("earlierAwardsOfForm", 2), "Rule_Eligible", eligible),
        eligible("Mass organisation: recorded, not appraised, even without inspection results", massOrganisation(),
            v -> { }, "Rule_MassOrganisation",
            "Khen thưởng của tổ chức đoàn thể do tổ chức đoàn thể tự xét theo điều lệ"));
  }

  @Test
  void anAwardAlreadyInTheRegistryForThisPhaseIsRefusedBeforeAnythingElse() {
    Map<String, Object> underDisciplineAndAwarded = partyMember();
    underDisciplineAndAwarded.put("disciplinePending", true);
    underDisciplineAndAwarded.put("awardedSameFormThisPhase", true);
    Map<String, Object> massOrganisationAwarded = massOrganisation();
    massOrganisationAwarded.put("awardedSameFormThisPhase", true);

    assertThat(evaluate(underDisciplineAndAwarded).matchedRule()).isEqualTo("Rule_AwardedSameFormThisPhase");
    assertThat(evaluate(massOrganisationAwarded).matchedRule()).isEqualTo("Rule_AwardedSameFormThisPhase");
  }

  @Test
  void onlyTheRegistryRowReadsTheRegistryInputs_everyOtherRowLeavesThemOpen() {
    DecisionDefinition definition = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION)
        .latestVersion().singleResult();
    var model = repositoryService.getDmnModelInstance(definition.getId());
    List<Input> inputs = List.copyOf(model.getModelElementsByType(Input.class));
    List<String> expressions = inputs.stream().map(input -> input.getInputExpression().getText().getTextContent())
        .toList();
    int same = expressions.indexOf("awardedSameFormThisPhase");
    int earlier = expressions.indexOf("earlierAwardsOfForm");
    assertThat(same).isEqualTo(expressions.indexOf("consecutiveExcellentYears") + 1);
    assertThat(earlier).isEqualTo(same + 1);
    assertThat(inputs.get(same).getInputExpression().getTypeRef()).isEqualTo("boolean");
    assertThat(inputs.get(earlier).getInputExpression().getTypeRef()).isEqualTo("integer");

    List<Rule> rules = List.copyOf(model.getModelElementsByType(Rule.class));
    Rule first = rules.get(0);
    assertThat(first.getId()).isEqualTo("Rule_AwardedSameFormThisPhase");
    assertThat(first.getDescription().getTextContent()).contains("Luật Thi đua, khen thưởng 2022", "Điều 6");
    List<InputEntry> firstCells = List.copyOf(first.getInputEntries());
    for (int i = 0; i < firstCells.size(); i++) {
      assertThat(firstCells.get(i).getTextContent()).as("cell %d of the registry row", i).isEqualTo(i == same ? "true" : "");
    }
    for (Rule rule : rules.subList(1, rules.size())) {
      List<InputEntry> cells = List.copyOf(rule.getInputEntries());
      assertThat(cells).as("cells of %s", rule.getId()).hasSameSizeAs(inputs);
      assertThat(cells.get(same).getTextContent()).as("%s on the registry", rule.getId()).isEmpty();
      assertThat(cells.get(earlier).getTextContent()).as("%s on earlier awards", rule.getId()).isEmpty();
    }
  }

  @Test
  void everyRowOfTheTableHasACaseAndItsLegalSource() {
    DecisionDefinition definition = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION)
        .latestVersion().singleResult();
    assertThat(definition.getName()).isEqualTo("Điều kiện khen thưởng");
    assertThat(definition.getHistoryTimeToLive()).isPositive();

    var rules = repositoryService.getDmnModelInstance(definition.getId()).getModelElementsByType(Rule.class);
    Set<String> covered = everyRow().map(Case::expectedRule).collect(Collectors.toSet());
    assertThat(rules).extracting(Rule::getId).containsExactlyInAnyOrderElementsOf(covered);
    assertThat(rules).last().extracting(Rule::getId).isEqualTo("Rule_Eligible");
    for (Rule rule : rules) {
      Description annotation = rule.getDescription();
      assertThat(annotation).as("annotation of %s", rule.getId()).isNotNull();
      assertThat(annotation.getTextContent()).as("legal source of %s", rule.getId())
          .containsAnyOf("Nghị định", "Luật", "QĐ", "HD", "điều lệ", "danh mục");
      List<OutputEntry> outputs = List.copyOf(rule.getOutputEntries());
      assertThat(outputs.get(1).getTextContent()).as("reason of %s", rule.getId()).startsWith("\"").endsWith(".\"");
    }
    assertThat(rules).filteredOn(rule -> rule.getDescription().getTextContent().contains("UNCONFIRMED"))
        .extracting(Rule::getId)
        .contains("Rule_MemberCertificateYears", "Rule_ProvinceCertificateYears", "Rule_AdvancedCollectiveAdvancedWorkers");
  }

  private record Evaluation(boolean eligible, String reason, String matchedRule) {
  }

  /** Evaluates through the engine and reads the matched row from the decision's history. */
  @SuppressWarnings("deprecation")
  private Evaluation evaluate(Map<String, Object> variables) {
    Set<String> before = evaluations().stream().map(HistoricDecisionInstance::getId).collect(Collectors.toSet());

    DmnDecisionTableResult result = decisionService.evaluateDecisionTableByKey(DECISION, variables);

    assertThat(result.getResultList()).as("FIRST hit policy gives one row").hasSize(1);
    List<HistoricDecisionInstance> recorded = evaluations().stream()
        .filter(instance -> !before.contains(instance.getId())).toList();
    assertThat(recorded).hasSize(1);
    Set<String> matchedRules = recorded.get(0).getOutputs().stream().map(HistoricDecisionOutputInstance::getRuleId)
        .collect(Collectors.toSet());
    assertThat(matchedRules).hasSize(1);
    Map<String, Object> row = result.getSingleResult().getEntryMap();
    return new Evaluation((Boolean) row.get("eligible"), (String) row.get("reason"), matchedRules.iterator().next());
  }

  private List<HistoricDecisionInstance> evaluations() {
    return historyService.createHistoricDecisionInstanceQuery().decisionDefinitionKey(DECISION).includeOutputs()
        .list();
  }

  private static Case refused(String scenario, Map<String, Object> nominee, Consumer<Map<String, Object>> change,
      String rule, String reasonSays) {
    change.accept(nominee);
    return new Case(scenario, nominee, rule, false, reasonSays);
  }

  private static Case eligible(String scenario, Map<String, Object> nominee, Consumer<Map<String, Object>> change,
      String rule, String reasonSays) {
    change.accept(nominee);
    return new Case(scenario, nominee, rule, true, reasonSays);
  }

  /** Verified by the inspection step: nothing pending; dossier complete; nothing of this form in the registry. */
  private static Map<String, Object> cleared(String track, String nomineeKind, String rewardFormCode, String formKind) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("track", track);
    variables.put("nomineeKind", nomineeKind);
    variables.put("rewardFormCode", rewardFormCode);
    variables.put("formKind", formKind);
    variables.put("disciplinePending", false);
    variables.put("investigationPending", false);
    variables.put("complaintPending", false);
    variables.put("dossierComplete", true);
    variables.put("consecutiveExcellentYears", 1);
    variables.put("awardedSameFormThisPhase", false);
    variables.put("earlierAwardsOfForm", 0);
    return variables;
  }

  private static Map<String, Object> partyCell() {
    Map<String, Object> variables = cleared("PARTY", "COLLECTIVE", "CHI_BO_BON_TOT", "TITLE");
    variables.put("recordedRating", "HTXSNV");
    return variables;
  }

  private static Map<String, Object> partyMember() {
    Map<String, Object> variables = cleared("PARTY", "INDIVIDUAL", "GIAY_KHEN_BTV_DANG_VIEN", "REWARD");
    variables.put("recordedRating", "HTXSNV");
    variables.put("consecutiveExcellentYears", 5);
    return variables;
  }

  private static Map<String, Object> advancedWorker() {
    Map<String, Object> variables = cleared("STATE", "INDIVIDUAL", "LAO_DONG_TIEN_TIEN", "TITLE");
    variables.put("recordedRating", "HTT");
    return variables;
  }

  /** Ten members, all completing their tasks, seven advanced workers, one emulation fighter: the minimum. */
  private static Map<String, Object> excellentCollective() {
    Map<String, Object> variables = cleared("STATE", "COLLECTIVE", "TAP_THE_LAO_DONG_XUAT_SAC", "TITLE");
    variables.put("recordedRating", "HTXSNV");
    variables.put("memberCount", 10);
    variables.put("membersCompletingTasks", 10);
    variables.put("membersAdvancedWorkers", 7);
    variables.put("membersEmulationFighters", 1);
    return variables;
  }

  /** Ten members, five advanced workers: the minimum. */
  private static Map<String, Object> advancedCollective() {
    Map<String, Object> variables = cleared("STATE", "COLLECTIVE", "TAP_THE_LAO_DONG_TIEN_TIEN", "TITLE");
    variables.put("recordedRating", "HTT");
    variables.put("memberCount", 10);
    variables.put("membersCompletingTasks", 9);
    variables.put("membersAdvancedWorkers", 5);
    variables.put("membersEmulationFighters", 0);
    return variables;
  }

  /** The inspection step does not run for mass organisations: their flags stay unset. */
  private static Map<String, Object> massOrganisation() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("track", "MASS_ORG");
    variables.put("nomineeKind", "INDIVIDUAL");
    variables.put("rewardFormCode", "GIAY_KHEN_DOAN_THE");
    variables.put("formKind", "REWARD");
    return variables;
  }
}
