package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.CampaignFixtures.COLLECTIVE_PARTY_FORM;
import static vn.thidua.support.CampaignFixtures.MEMBER_PARTY_FORM;
import static vn.thidua.support.CampaignFixtures.collectiveProposal;
import static vn.thidua.support.CampaignFixtures.memberProposal;
import static vn.thidua.support.CampaignFixtures.pledge;
import static vn.thidua.support.EngineSteps.at;
import static vn.thidua.support.NomineeFixtures.json;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignView;
import vn.thidua.catalogue.NomineeKind;
import vn.thidua.registry.AwardSource;
import vn.thidua.registry.AwardView;
import vn.thidua.registry.NewAward;
import vn.thidua.registry.RewardRegistry;
import vn.thidua.support.CampaignFixtures;
import vn.thidua.support.EngineRest;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.ProposalStates;

/**
 * One achievement, one reward (Luật Thi đua, khen thưởng 2022, Điều 6): within a phase, a nominee is
 * proposed for a form once, whichever unit proposes it, and not at all once the registry holds that award
 * for the phase. Bình Thạnh is placed under Châu Ổ for these tests (as after a merger of communes), so
 * that both units may propose it.
 */
class OneProposalPerNomineeIntegrationTest extends IntegrationTest {

  private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
  };
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
  };
  private static final String COLLECTIVE_FORM_NAME = "Giấy khen của Ban Thường vụ cấp ủy tặng tổ chức đảng";
  private static final String ONCE_A_PHASE = "Mỗi tập thể, cá nhân chỉ được đề nghị một hình thức một lần trong một đợt.";

  @Autowired
  CampaignService campaigns;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  RewardRegistry registry;
  @Autowired
  JdbcTemplate jdbc;

  private CampaignView campaign;
  private long chauO;
  private long binhThanh;
  private String binhThanhParent;

  @BeforeEach
  void chauOAndBinhThanhAreReportingOnThePhase() {
    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 1, 12)));  // the first phase has begun
    campaign = CampaignFixtures.registering(campaigns, runtimeService);
    register("chauo.canbo");
    register("binhthanh.canbo");
    assertThat(as("btc.truong").postForEntity("/api/campaigns/" + campaign.id() + "/pledge-registration/close", null,
        String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(as("btc.truong").postForEntity("/api/campaigns/" + campaign.id() + "/phases/1/start-review", null,
        String.class).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    chauO = unitOf("chauo.canbo");
    binhThanh = unitOf("binhthanh.canbo");
  }

  @AfterEach
  void binhThanhGoesBackWhereItWas() {
    if (binhThanhParent != null) {
      placeBinhThanhUnder(binhThanhParent);
    }
  }

  @Test
  void twoUnitsProposeTheSameCollective_theSecondIsRefusedWithWhereItAlreadyIs_andNothingIsStored() {
    binhThanhParent = placeBinhThanhUnder("CHAU-O");
    long first = created(propose("chauo.canbo", collectiveProposal(binhThanh)));

    ResponseEntity<Map<String, Object>> second = propose("binhthanh.canbo", collectiveProposal(binhThanh));

    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(second.getBody().get("message")).isEqualTo("Đảng bộ xã Bình Thạnh đã được Đảng bộ thị trấn Châu Ổ đề nghị \""
        + COLLECTIVE_FORM_NAME + "\" trong đợt 1 của phong trào này (đề nghị số " + first + ", trạng thái \"Nháp\"). "
        + ONCE_A_PHASE);
    assertThat(proposalsOf("binhthanh.canbo")).isEmpty();
    assertThat(proposalsOf("chauo.canbo")).extracting(p -> ((Number) p.get("id")).longValue()).containsExactly(first);

    Map<String, Object> anotherForm = CampaignFixtures.proposal("COLLECTIVE", "PARTY", "DANG_BO_CO_SO_BON_TOT");
    anotherForm.put("nomineeUnitId", binhThanh);
    assertThat(propose("binhthanh.canbo", anotherForm).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void aProposalRefusedInThePhaseDoesNotComeBackUnderAnotherUnit_onlyAReportNeverSentFreesTheNominee() {
    binhThanhParent = placeBinhThanhUnder("CHAU-O");
    long first = created(propose("chauo.canbo", collectiveProposal(binhThanh)));
    ProposalStates.leave(jdbc, first, ProposalStatus.NOT_AGREED);

    ResponseEntity<Map<String, Object>> afterRefusal = propose("binhthanh.canbo", collectiveProposal(binhThanh));

    assertThat(afterRefusal.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) afterRefusal.getBody().get("message"))
        .contains("(đề nghị số " + first + ", trạng thái \"Không đồng ý\")");
    assertThat(proposalsOf("binhthanh.canbo")).isEmpty();

    ProposalStates.leave(jdbc, first, ProposalStatus.NOT_SUBMITTED);
    assertThat(propose("binhthanh.canbo", collectiveProposal(binhThanh)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void aUnitCannotProposeItsMemberTwiceForOneForm_norTurnAnotherProposalIntoTheSame() {
    long member = memberOfChauO();
    long first = created(propose("chauo.canbo", memberProposal(member)));
    String memberName = (String) proposal(first).get("nomineeName");

    ResponseEntity<Map<String, Object>> again = propose("chauo.canbo", memberProposal(member));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) again.getBody().get("message")).startsWith("Đồng chí " + memberName
        + " đã được Đảng bộ thị trấn Châu Ổ đề nghị \"Giấy khen của Ban Thường vụ cấp ủy tặng đảng viên");

    Map<String, Object> province = CampaignFixtures.proposal("INDIVIDUAL", "PARTY", "BANG_KHEN_BTV_TINH_UY");
    province.put("nomineeMemberId", member);
    long other = created(propose("chauo.canbo", province));
    Map<String, Object> before = proposal(other);
    Map<String, Object> intoTheSame = memberProposal(member);
    intoTheSame.put("version", before.get("version"));
    ResponseEntity<Map<String, Object>> changed = update(other, intoTheSame);

    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) changed.getBody().get("message")).contains("(đề nghị số " + first + ", trạng thái \"Nháp\")");
    Map<String, Object> after = proposal(other);
    assertThat(after.get("rewardFormCode")).isEqualTo("BANG_KHEN_BTV_TINH_UY");
    assertThat(after.get("version")).isEqualTo(before.get("version"));

    Map<String, Object> corrected = memberProposal(member);
    corrected.put("achievements", "Thành tích đã bổ sung số liệu năm 2027");
    corrected.put("version", proposal(first).get("version"));
    assertThat(update(first, corrected).getStatusCode()).as("a proposal does not collide with itself")
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void anAwardTheRegistryHoldsForThisPhaseIsRefused_oneOfAnotherPhaseOrRevokedIsNot() {
    LocalDate decidedOn = LocalDate.now();
    AwardView awarded = registry.record(award(NomineeKind.COLLECTIVE, chauO, COLLECTIVE_PARTY_FORM, 1, decidedOn));
    long member = memberOfChauO();
    registry.record(award(NomineeKind.INDIVIDUAL, member, MEMBER_PARTY_FORM, 2, decidedOn));

    ResponseEntity<Map<String, Object>> refused = propose("chauo.canbo", collectiveProposal(chauO));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(refused.getBody().get("message")).isEqualTo("Đảng bộ thị trấn Châu Ổ đã được khen thưởng \""
        + COLLECTIVE_FORM_NAME + "\" trong đợt 1 của phong trào này theo Quyết định số 15-QĐ/HU ngày "
        + DateTimeFormatter.ofPattern("dd/MM/yyyy").format(decidedOn) + " (sổ khen thưởng). Mỗi tập thể, cá nhân "
        + "chỉ được khen thưởng một hình thức một lần trong một đợt.");
    assertThat(proposalsOf("chauo.canbo")).isEmpty();
    assertThat(propose("chauo.canbo", memberProposal(member)).getStatusCode()).as("the award of phase 2")
        .isEqualTo(HttpStatus.CREATED);

    ResponseEntity<String> revoked = as("bithu").postForEntity("/api/rewards/" + awarded.id() + "/revocation", json("""
        {"reason": "Kê khai không trung thực thành tích", "legalGround": "Khoản 1 Điều 80 Luật Thi đua, khen thưởng 2022",
         "revokedOn": "%s"}
        """.formatted(decidedOn)), String.class);
    assertThat(revoked.getStatusCode()).as(revoked.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(propose("chauo.canbo", collectiveProposal(chauO)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  // --- steps

  private void register(String officer) {
    long pledge = ((Number) as(officer).exchange("/api/pledges?campaignId=" + campaign.id(), HttpMethod.GET, null, LIST)
        .getBody().get(0).get("id")).longValue();
    assertThat(as(officer).exchange("/api/pledges/" + pledge, HttpMethod.PUT,
        new HttpEntity<>(pledge(0, "Kết nạp đảng viên mới")), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    new EngineRest(as(officer), officer).work(campaign.planNumber(), "Task_RegisterPledge", Map.of());
    new EngineRest(as("btc.canbo"), "btc.canbo").work(campaign.planNumber(), "Task_ReviewPledge",
        Map.of("pledgeDecision", "ACCEPT"));
  }

  /** Moves Bình Thạnh under another unit as Ban Tổ chức does in the registry; answers where it was. */
  private String placeBinhThanhUnder(String parentCode) {
    Map<String, Object> unit = as("btc.truong").exchange("/api/units/" + binhThanh, HttpMethod.GET, null, OBJECT)
        .getBody();
    Map<String, Object> body = new HashMap<>();
    body.put("code", unit.get("code"));
    body.put("name", unit.get("name"));
    body.put("kind", unit.get("kind"));
    body.put("parentCode", parentCode);
    body.put("version", unit.get("version"));
    assertThat(as("btc.truong").exchange("/api/units/" + binhThanh, HttpMethod.PUT, new HttpEntity<>(body), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    return (String) unit.get("parentCode");
  }

  private ResponseEntity<Map<String, Object>> propose(String officer, Map<String, Object> body) {
    return as(officer).exchange("/api/reports/" + reportOf(officer) + "/proposals", HttpMethod.POST,
        new HttpEntity<>(body), OBJECT);
  }

  private ResponseEntity<Map<String, Object>> update(long proposal, Map<String, Object> body) {
    return as("chauo.canbo").exchange("/api/proposals/" + proposal, HttpMethod.PUT, new HttpEntity<>(body), OBJECT);
  }

  private Map<String, Object> proposal(long id) {
    return as("chauo.canbo").exchange("/api/proposals/" + id, HttpMethod.GET, null, OBJECT).getBody();
  }

  private static long created(ResponseEntity<Map<String, Object>> answer) {
    assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.CREATED);
    return ((Number) answer.getBody().get("id")).longValue();
  }

  private NewAward award(NomineeKind kind, long nomineeId, String form, int phase, LocalDate decidedOn) {
    return new NewAward(kind, nomineeId, form, decidedOn.getYear(), "15-QĐ/HU", decidedOn, "Ban Thường vụ Huyện ủy",
        2_340_000L, AwardSource.DECIDED, campaign.id(), phase);
  }

  private List<Map<String, Object>> reports(String officer) {
    return as(officer).exchange("/api/reports?campaignId=" + campaign.id() + "&phase=1", HttpMethod.GET, null, LIST)
        .getBody();
  }

  private long reportOf(String officer) {
    return ((Number) reports(officer).get(0).get("id")).longValue();
  }

  private long unitOf(String officer) {
    return ((Number) ((Map<?, ?>) reports(officer).get(0).get("unit")).get("id")).longValue();
  }

  private Map<String, Object> report(String officer) {
    return as(officer).exchange("/api/reports/" + reportOf(officer), HttpMethod.GET, null, OBJECT).getBody();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> proposalsOf(String officer) {
    return (List<Map<String, Object>>) report(officer).get("proposals");
  }

  @SuppressWarnings("unchecked")
  private long memberOfChauO() {
    Map<String, Object> nominees = (Map<String, Object>) report("chauo.canbo").get("nominees");
    return ((Number) ((List<Map<String, Object>>) nominees.get("members")).get(0).get("id")).longValue();
  }
}
