package vn.thidua.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignView;
import vn.thidua.document.TestFiles;

/**
 * Campaigns of the test plan past their launch, and what units enter on their pages, as the
 * API's JSON bodies. The launch itself is covered by its own tests, so these skip it.
 */
public final class CampaignFixtures {

  public static final String CONTENT_AREA = "ND1";
  public static final String CELL_TITLE = "CHI_BO_BON_TOT";
  public static final String COLLECTIVE_PARTY_FORM = "GIAY_KHEN_BTV_TAP_THE";
  public static final String MEMBER_PARTY_FORM = "GIAY_KHEN_BTV_DANG_VIEN";
  public static final List<String> PARTY_DOSSIER = List.of("TO_TRINH", "BAO_CAO_THANH_TICH", "BIEN_BAN_HOP_XET");

  private CampaignFixtures() {
  }

  /** A new campaign whose ceremony has been held: its units are registering. */
  public static CampaignView registering(CampaignService campaigns, RuntimeService runtimeService) {
    CampaignView campaign = campaigns.create(LaunchFixtures.plan(LaunchFixtures.uniquePlanNumber()), "btc.truong");
    runtimeService.createProcessInstanceModification(campaignProcess(runtimeService, campaign).getId())
        .startBeforeActivity("SubProcess_PledgeRegistration")
        .cancelAllForActivity("CallActivity_Launch")
        .execute();
    return campaign;
  }

  public static ProcessInstance campaignProcess(RuntimeService runtimeService, CampaignView campaign) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("campaign")
        .processInstanceBusinessKey(campaign.planNumber()).singleResult();
  }

  /** A registration as the unit's page saves it, with one target per description given. */
  public static Map<String, Object> pledge(int version, String... targets) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < targets.length; i++) {
      rows.add(target(CONTENT_AREA, targets[i], String.valueOf(10 * (i + 1)), "đảng viên"));
    }
    Map<String, Object> body = new HashMap<>();
    body.put("responsePlanSummary", "Chi bộ xây dựng kế hoạch hưởng ứng, quán triệt đến toàn thể đảng viên");
    body.put("responseMeasures", "Phân công đảng viên phụ trách từng chỉ tiêu; kiểm tra hằng quý");
    body.put("targets", rows);
    body.put("titleCodes", List.of(CELL_TITLE));
    body.put("signerName", "Nguyễn Văn An – Bí thư Chi bộ");
    body.put("signedOn", LocalDate.of(2027, 1, 20).toString());
    body.put("version", version);
    return body;
  }

  public static Map<String, Object> target(String contentArea, String target, Object quantity, String unitOfMeasure) {
    Map<String, Object> row = new HashMap<>();
    row.put("contentAreaCode", contentArea);
    row.put("target", target);
    row.put("quantity", quantity);
    row.put("unitOfMeasure", unitOfMeasure);
    return row;
  }

  /** What the unit achieved for each of its pledged targets, all met. */
  public static Map<String, Object> results(int version, int targets) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < targets; i++) {
      rows.add(Map.of("achievedQuantity", 12 * (i + 1), "selfAssessment", "EXCEEDED", "note", "Vượt kế hoạch"));
    }
    return Map.of("narrative", "Chi bộ hoàn thành vượt mức các chỉ tiêu đã đăng ký", "results", rows, "version", version);
  }

  /** A proposal of the unit itself for the committee's Giấy khen. */
  public static Map<String, Object> collectiveProposal(long unitId) {
    Map<String, Object> body = proposal("COLLECTIVE", "PARTY", COLLECTIVE_PARTY_FORM);
    body.put("nomineeUnitId", unitId);
    return body;
  }

  /** A proposal of one of the unit's members for the committee's Giấy khen. */
  public static Map<String, Object> memberProposal(long memberId) {
    Map<String, Object> body = proposal("INDIVIDUAL", "PARTY", MEMBER_PARTY_FORM);
    body.put("nomineeMemberId", memberId);
    body.put("consecutiveExcellentYears", 5);
    return body;
  }

  public static Map<String, Object> proposal(String nomineeKind, String track, String form) {
    Map<String, Object> body = new HashMap<>();
    body.put("nomineeKind", nomineeKind);
    body.put("track", track);
    body.put("rewardFormCode", form);
    body.put("declaredRating", "HTXSNV");
    body.put("consecutiveExcellentYears", 1);
    body.put("achievements", "Hoàn thành xuất sắc nhiệm vụ, dẫn đầu phong trào thi đua của huyện");
    return body;
  }

  /** The multipart body the results page sends to upload one dossier file. */
  public static HttpEntity<MultiValueMap<String, Object>> upload(
      String kind, String fileName, byte[] content) {
    LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("kind", kind);
    parts.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(parts, headers);
  }

  /** A small but real one-page PDF, told apart from others by its text: what the content check accepts as a PDF. */
  public static byte[] pdf(String text) {
    return TestFiles.pdf(text);
  }
}
