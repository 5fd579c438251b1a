package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.CampaignFixtures.PARTY_DOSSIER;
import static vn.thidua.support.CampaignFixtures.collectiveProposal;
import static vn.thidua.support.CampaignFixtures.memberProposal;
import static vn.thidua.support.CampaignFixtures.pdf;
import static vn.thidua.support.CampaignFixtures.pledge;
import static vn.thidua.support.CampaignFixtures.proposal;
import static vn.thidua.support.CampaignFixtures.results;
import static vn.thidua.support.CampaignFixtures.upload;
import static vn.thidua.support.EngineSteps.at;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignView;
import vn.thidua.document.TestFiles;
import vn.thidua.support.CampaignFixtures;
import vn.thidua.support.EngineRest;
import vn.thidua.support.IntegrationTest;

/**
 * A unit goes from registration to its submitted results with proposals and dossier files, through
 * the API and /engine-rest as its officer and head do; other units see none of it, and bad input
 * changes nothing.
 */
class ResultsSubmissionIntegrationTest extends IntegrationTest {

  private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
  };
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
  };

  @Autowired
  CampaignService campaigns;

  @Autowired
  RuntimeService runtimeService;

  private CampaignView campaign;
  private EngineRest officer;
  private long report;
  private long unitId;

  @BeforeEach
  void chauOIsReportingOnThePhase() {
    ClockUtil.setCurrentTime(at(LocalDate.of(2027, 1, 12)));  // the first phase has begun
    campaign = CampaignFixtures.registering(campaigns, runtimeService);
    officer = new EngineRest(as("chauo.canbo"), "chauo.canbo");
    register("chauo.canbo", officer);
    register("binhchanh.canbo", new EngineRest(as("binhchanh.canbo"), "binhchanh.canbo"));
    assertThat(as("btc.truong").postForEntity("/api/campaigns/" + campaign.id() + "/pledge-registration/close", null,
        String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(as("btc.truong").postForEntity("/api/campaigns/" + campaign.id() + "/phases/1/start-review", null,
        String.class).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    Map<String, Object> own = reports("chauo.canbo").get(0);
    report = ((Number) own.get("id")).longValue();
    unitId = ((Number) ((Map<?, ?>) own.get("unit")).get("id")).longValue();
  }

  @Test
  void aUnitReportsWithTwoProposalsAndTheirFiles_theHeadConfirms_filesComeBackByteForByte() throws Exception {
    Map<String, Object> opened = view("chauo.canbo", report);
    assertThat((List<Map<String, Object>>) opened.get("results")).extracting(row -> row.get("target"))
        .containsExactly("Kết nạp đảng viên mới", "Chi bộ đạt trong sạch vững mạnh");
    assertThat(put("chauo.canbo", report, results((Integer) opened.get("version"), 2)).getStatusCode()).isEqualTo(HttpStatus.OK);
    long memberId = memberOfChauO();
    long collective = propose("chauo.canbo", collectiveProposal(unitId));
    long individual = propose("chauo.canbo", memberProposal(memberId));
    Map<Long, byte[]> sent = new HashMap<>();
    for (long proposal : List.of(collective, individual)) {
      for (String kind : PARTY_DOSSIER) {
        byte[] content = kind.equals("BAO_CAO_THANH_TICH")
            ? TestFiles.pdfOfSize(3 * 1024 * 1024, proposal) : pdf(kind + proposal);
        Map<String, Object> stored = attach("chauo.canbo", proposal, kind, "Hồ sơ " + kind + ".pdf", content);
        sent.put(((Number) stored.get("id")).longValue(), content);
        assertThat(stored.get("sha256")).isEqualTo(sha256(content));
        assertThat(stored.get("size")).isEqualTo(content.length);
      }
    }

    String task = officer.taskId(campaign.planNumber(), "Task_SubmitResults");
    officer.claim(task);
    assertThat(officer.complete(task, Map.of()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    new EngineRest(as("chauo.truong"), "chauo.truong").work(campaign.planNumber(), "Task_ConfirmResults",
        Map.of("confirmationDecision", "CONFIRM"));

    Map<String, Object> submitted = view("btc.truong", report);
    assertThat(submitted.get("status")).isEqualTo("SUBMITTED");
    List<Map<String, Object>> proposals = (List<Map<String, Object>>) submitted.get("proposals");
    assertThat(proposals).extracting(p -> p.get("nomineeKind") + " " + p.get("status"))
        .containsExactly("COLLECTIVE SUBMITTED", "INDIVIDUAL SUBMITTED");
    for (Map<String, Object> proposal : proposals) {
      assertThat((List<?>) proposal.get("missingDocuments")).isEmpty();
      for (Map<String, Object> document : (List<Map<String, Object>>) proposal.get("documents")) {
        ResponseEntity<byte[]> download = as("btc.truong").getForEntity((String) document.get("downloadUrl"), byte[].class);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getBody()).isEqualTo(sent.get(((Number) document.get("id")).longValue()));
        assertThat(download.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
      }
    }
    assertThat(as("chauo.canbo").exchange("/api/reports/" + report, HttpMethod.PUT,
        new HttpEntity<>(results((Integer) submitted.get("version"), 2)), String.class).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void anotherUnitSeesAndTouchesNothingOfIt() {
    long proposal = propose("chauo.canbo", collectiveProposal(unitId));
    long document = ((Number) attach("chauo.canbo", proposal, "TO_TRINH", "to-trinh.pdf", pdf("tờ trình")).get("id"))
        .longValue();

    assertThat(reports("binhchanh.canbo")).extracting(r -> (Object) ((Map<?, ?>) r.get("unit")).get("code"))
        .containsExactly("BINH-CHANH");
    assertThat(status("binhchanh.canbo", HttpMethod.GET, "/api/reports/" + report, null)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status("binhchanh.canbo", HttpMethod.GET, "/api/proposals/" + proposal, null)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status("binhchanh.canbo", HttpMethod.GET, "/api/proposals/" + proposal + "/documents", null))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status("binhchanh.canbo", HttpMethod.GET, "/api/proposals/" + proposal + "/documents/" + document, null))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status("binhchanh.canbo", HttpMethod.POST, "/api/reports/" + report + "/proposals",
        collectiveProposal(unitId))).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("binhchanh.canbo").postForEntity("/api/proposals/" + proposal + "/documents",
        upload("BAO_CAO_THANH_TICH", "x.pdf", pdf("x")), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status("binhchanh.canbo", HttpMethod.DELETE, "/api/proposals/" + proposal + "/documents/" + document, null))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status("binhchanh.canbo", HttpMethod.DELETE, "/api/proposals/" + proposal, null)).isEqualTo(HttpStatus.FORBIDDEN);

    long otherProposal = propose("binhchanh.canbo", collectiveProposal(otherUnitId()));
    assertThat(status("binhchanh.canbo", HttpMethod.GET, "/api/proposals/" + otherProposal + "/documents/" + document, null))
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat((List<?>) view("chauo.canbo", report).get("proposals")).hasSize(1);
    assertThat(documents("chauo.canbo", proposal)).hasSize(1);
    assertThat(status("ubkt.canbo", HttpMethod.GET, "/api/proposals/" + proposal + "/documents/" + document, null))
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void badProposalsAreRefusedFieldByFieldAndNothingIsStored() {
    Map<String, Object> otherUnitsMember = memberProposal(memberOf("binhchanh.canbo"));
    assertRefused(otherUnitsMember, "nomineeMemberId", "Chỉ đề nghị được cán bộ, đảng viên của Đảng bộ thị trấn Châu Ổ");
    Map<String, Object> otherCollective = collectiveProposal(otherUnitId());
    assertRefused(otherCollective, "nomineeUnitId", "Chỉ đề nghị được chính đơn vị hoặc tập thể trực thuộc");
    Map<String, Object> stateFormOnPartyTrack = proposal("COLLECTIVE", "PARTY", "TAP_THE_LAO_DONG_TIEN_TIEN");
    stateFormOnPartyTrack.put("nomineeUnitId", unitId);
    assertRefused(stateFormOnPartyTrack, "rewardFormCode", "không áp dụng cho tập thể");
    Map<String, Object> individualFormForCollective = proposal("COLLECTIVE", "STATE", "LAO_DONG_TIEN_TIEN");
    individualFormForCollective.put("nomineeUnitId", unitId);
    assertRefused(individualFormForCollective, "rewardFormCode", "không áp dụng");
    Map<String, Object> unknownForm = proposal("COLLECTIVE", "PARTY", "HUAN_CHUONG_LAO_DONG");
    unknownForm.put("nomineeUnitId", unitId);
    assertRefused(unknownForm, "rewardFormCode", "không có trong danh mục");
    Map<String, Object> countsTooHigh = proposal("COLLECTIVE", "STATE", "TAP_THE_LAO_DONG_TIEN_TIEN");
    countsTooHigh.putAll(Map.of("nomineeUnitId", unitId, "memberCount", 20, "membersCompletingTasks", 21,
        "membersAdvancedWorkers", 15, "membersEmulationFighters", 2));
    assertRefused(countsTooHigh, "membersCompletingTasks", "Không thể lớn hơn tổng số thành viên (20)");
    Map<String, Object> noCounts = proposal("COLLECTIVE", "STATE", "TAP_THE_LAO_DONG_TIEN_TIEN");
    noCounts.put("nomineeUnitId", unitId);
    assertRefused(noCounts, "memberCount", "tổng số thành viên");
    Map<String, Object> negativeYears = collectiveProposal(unitId);
    negativeYears.put("consecutiveExcellentYears", -1);
    assertRefused(negativeYears, "consecutiveExcellentYears", "không được âm");

    assertThat((List<?>) view("chauo.canbo", report).get("proposals")).isEmpty();
  }

  @Test
  void badFilesAreRefusedAndNothingIsStored() {
    long proposal = propose("chauo.canbo", collectiveProposal(unitId));
    byte[] executable = new byte[4096];
    executable[0] = 'M';
    executable[1] = 'Z';

    assertFileRefused(proposal, "TO_TRINH", "to-trinh.pdf", executable, HttpStatus.BAD_REQUEST, "PDF, DOCX, JPEG");
    assertFileRefused(proposal, "TO_TRINH", "rong.pdf", new byte[0], HttpStatus.BAD_REQUEST, "rỗng");
    byte[] tooBig = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(pdf("big"), 0, tooBig, 0, 9);
    assertFileRefused(proposal, "TO_TRINH", "lon.pdf", tooBig, HttpStatus.BAD_REQUEST, "10 MB");
    assertFileRefused(proposal, "TO_TRINH", "to-trinh.docx", TestFiles.docxBomb(200L * 1024 * 1024),
        HttpStatus.BAD_REQUEST, "Tệp \\\"to-trinh.docx\\\" vượt quá giới hạn giải nén");
    assertFileRefused(proposal, "CHUNG_NHAN_SANG_KIEN", "sang-kien.pdf", pdf("sáng kiến"), HttpStatus.BAD_REQUEST,
        "không thuộc hồ sơ của hình thức này");
    assertThat(documents("chauo.canbo", proposal)).isEmpty();
  }

  @Test
  void submittingWithAProposalMissingARequiredDocumentAnswersOneClearMessage() {
    put("chauo.canbo", report, results((Integer) view("chauo.canbo", report).get("version"), 2));
    long proposal = propose("chauo.canbo", collectiveProposal(unitId));
    attach("chauo.canbo", proposal, "TO_TRINH", "to-trinh.pdf", pdf("tờ trình"));
    String task = officer.taskId(campaign.planNumber(), "Task_SubmitResults");
    officer.claim(task);

    ResponseEntity<String> refused = officer.complete(task, Map.of());

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("còn thiếu Báo cáo thành tích, Biên bản họp xét");
    assertThat(view("chauo.canbo", report).get("status")).isEqualTo("DRAFT");
    assertThat(officer.taskId(campaign.planNumber(), "Task_SubmitResults")).isEqualTo(task);
  }

  // --- steps

  private void register(String user, EngineRest unit) {
    long pledge = ((Number) as(user).exchange("/api/pledges?campaignId=" + campaign.id(), HttpMethod.GET, null, LIST)
        .getBody().get(0).get("id")).longValue();
    assertThat(as(user).exchange("/api/pledges/" + pledge, HttpMethod.PUT,
        new HttpEntity<>(pledge(0, "Kết nạp đảng viên mới", "Chi bộ đạt trong sạch vững mạnh")), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    unit.work(campaign.planNumber(), "Task_RegisterPledge", Map.of());
    new EngineRest(as("btc.canbo"), "btc.canbo").work(campaign.planNumber(), "Task_ReviewPledge",
        Map.of("pledgeDecision", "ACCEPT"));
  }

  private long propose(String user, Map<String, Object> body) {
    ResponseEntity<Map<String, Object>> created = as(user).exchange("/api/reports/" + reportOf(user) + "/proposals",
        HttpMethod.POST, new HttpEntity<>(body), OBJECT);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    return ((Number) created.getBody().get("id")).longValue();
  }

  private void assertRefused(Map<String, Object> body, String field, String message) {
    ResponseEntity<Map<String, Object>> refused = as("chauo.canbo").exchange("/api/reports/" + report + "/proposals",
        HttpMethod.POST, new HttpEntity<>(body), OBJECT);
    assertThat(refused.getStatusCode()).as(field).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, Object>>) refused.getBody().get("errors")).as(field).anySatisfy(error -> {
      assertThat(error.get("field")).isEqualTo(field);
      assertThat(error.get("message").toString()).contains(message);
    });
  }

  private void assertFileRefused(long proposal, String kind, String name, byte[] content, HttpStatus status,
      String message) {
    ResponseEntity<String> refused = as("chauo.canbo").postForEntity("/api/proposals/" + proposal + "/documents",
        upload(kind, name, content), String.class);
    assertThat(refused.getStatusCode()).as(name).isEqualTo(status);
    assertThat(refused.getBody()).as(name).contains(message);
  }

  private Map<String, Object> attach(String user, long proposal, String kind, String name, byte[] content) {
    ResponseEntity<Map<String, Object>> stored = as(user).exchange("/api/proposals/" + proposal + "/documents",
        HttpMethod.POST, upload(kind, name, content), OBJECT);
    assertThat(stored.getStatusCode()).as(String.valueOf(stored.getBody())).isEqualTo(HttpStatus.CREATED);
    return stored.getBody();
  }

  private List<Map<String, Object>> documents(String user, long proposal) {
    return as(user).exchange("/api/proposals/" + proposal + "/documents", HttpMethod.GET, null, LIST).getBody();
  }

  private ResponseEntity<Map<String, Object>> put(String user, long id, Map<String, Object> body) {
    return as(user).exchange("/api/reports/" + id, HttpMethod.PUT, new HttpEntity<>(body), OBJECT);
  }

  private Map<String, Object> view(String user, long id) {
    return as(user).exchange("/api/reports/" + id, HttpMethod.GET, null, OBJECT).getBody();
  }

  private List<Map<String, Object>> reports(String user) {
    return as(user).exchange("/api/reports?campaignId=" + campaign.id() + "&phase=1", HttpMethod.GET, null, LIST).getBody();
  }

  private long reportOf(String user) {
    return ((Number) reports(user).get(0).get("id")).longValue();
  }

  private long otherUnitId() {
    return ((Number) ((Map<?, ?>) reports("binhchanh.canbo").get(0).get("unit")).get("id")).longValue();
  }

  private long memberOfChauO() {
    Map<String, Object> nominees = (Map<String, Object>) view("chauo.canbo", report).get("nominees");
    return ((Number) ((List<Map<String, Object>>) nominees.get("members")).get(0).get("id")).longValue();
  }

  private long memberOf(String user) {
    Map<String, Object> nominees = (Map<String, Object>) view(user, reportOf(user)).get("nominees");
    return ((Number) ((List<Map<String, Object>>) nominees.get("members")).get(0).get("id")).longValue();
  }

  private HttpStatus status(String user, HttpMethod method, String path, Object body) {
    return HttpStatus.valueOf(as(user).exchange(path, method, body == null ? null : new HttpEntity<>(body), String.class)
        .getStatusCode().value());
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
