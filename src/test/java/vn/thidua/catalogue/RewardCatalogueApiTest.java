package vn.thidua.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.support.DemoUsers;
import vn.thidua.support.IntegrationTest;
import vn.thidua.web.ApiException;

/**
 * Ban Tổ chức keeps the reward catalogue; every officer reads it; other features ask it who decides
 * which form and what money it carries. Tests create their own codes: the seed stays as it is.
 */
class RewardCatalogueApiTest extends IntegrationTest {

  private static final String URL = "/api/reward-forms";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  RewardCatalogue catalogue;

  @Test
  void anOfficerOfAUnitReadsTheSeededCatalogueInVietnamese() {
    ResponseEntity<JsonNode> answer = as(DemoUsers.CHAU_O_OFFICER).getForEntity(URL, JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, JsonNode> forms = byCode(answer.getBody());
    assertThat(forms).containsKeys("GIAY_KHEN_BTV_TAP_THE", "GIAY_KHEN_BTV_DANG_VIEN", "CHI_BO_BON_TOT",
        "DANG_BO_CO_SO_BON_TOT", "BANG_KHEN_BTV_TINH_UY", "CO_THI_DUA_TINH_UY", "HUY_HIEU_DANG",
        "GIAY_KHEN_CHU_TICH_UBND", "LAO_DONG_TIEN_TIEN", "CHIEN_SI_THI_DUA_CO_SO", "TAP_THE_LAO_DONG_TIEN_TIEN",
        "TAP_THE_LAO_DONG_XUAT_SAC", "BANG_KHEN_CHU_TICH_UBND_TINH", "GIAY_KHEN_DOAN_THE");

    JsonNode partyGiayKhen = forms.get("GIAY_KHEN_BTV_TAP_THE");
    assertThat(partyGiayKhen.path("name").asText()).isEqualTo("Giấy khen của Ban Thường vụ cấp ủy tặng tổ chức đảng");
    assertThat(partyGiayKhen.path("kindLabel").asText()).isEqualTo("Hình thức khen thưởng");
    assertThat(partyGiayKhen.path("trackLabel").asText()).isEqualTo("Khen thưởng của Đảng");
    assertThat(partyGiayKhen.path("nomineeScopeLabel").asText()).isEqualTo("Tập thể");
    assertThat(partyGiayKhen.path("decidedByLabel").asText()).isEqualTo("Ban Thường vụ cấp ủy");
    assertThat(texts(partyGiayKhen.path("requiredDocumentLabels")))
        .containsExactly("Tờ trình đề nghị khen thưởng", "Báo cáo thành tích", "Biên bản họp xét");
    assertThat(partyGiayKhen.path("moneyMultipleCollective").decimalValue()).isEqualByComparingTo("2.0");
    assertThat(partyGiayKhen.path("moneyCollective").asLong()).isEqualTo(4_680_000);
    assertThat(partyGiayKhen.get("moneyMultipleIndividual").isNull()).as("no money for a member: null, shown").isTrue();

    JsonNode chienSi = forms.get("CHIEN_SI_THI_DUA_CO_SO");
    assertThat(chienSi.path("kindLabel").asText()).isEqualTo("Danh hiệu thi đua");
    assertThat(chienSi.path("decidedByLabel").asText()).isEqualTo("Chủ tịch Ủy ban nhân dân");
    assertThat(texts(chienSi.path("requiredDocuments")))
        .containsExactly("TO_TRINH", "BAO_CAO_THANH_TICH", "BIEN_BAN_HOP_XET", "CHUNG_NHAN_SANG_KIEN");
    assertThat(chienSi.path("moneyIndividual").asLong()).isEqualTo(2_340_000);
    assertThat(forms.get("GIAY_KHEN_CHU_TICH_UBND").path("moneyIndividual").asLong())
        .as("0.15 × 2,340,000 = 351,000, rounded up to tens of thousands").isEqualTo(360_000);
    JsonNode forwarded = forms.get("TAP_THE_LAO_DONG_XUAT_SAC");
    assertThat(forwarded.path("decidedByLabel").asText()).isEqualTo("Cấp tỉnh – đề nghị cấp trên");
    assertThat(forwarded.get("moneyMultipleCollective").isNull()).isTrue();
    assertThat(forms.get("GIAY_KHEN_DOAN_THE").path("trackLabel").asText()).isEqualTo("Khen thưởng của đoàn thể");

    List<Integer> sortOrders = new ArrayList<>();
    answer.getBody().forEach(form -> sortOrders.add(form.path("sortOrder").asInt()));
    assertThat(sortOrders).isSorted();
  }

  @Test
  void anOfficerFiltersTheCatalogueByTrackAndNomineeKind() {
    JsonNode stateForIndividuals = as(DemoUsers.CHAU_O_OFFICER)
        .getForObject(URL + "?track=STATE&nomineeKind=INDIVIDUAL", JsonNode.class);

    assertThat(byCode(stateForIndividuals)).containsKeys("GIAY_KHEN_CHU_TICH_UBND", "LAO_DONG_TIEN_TIEN",
        "CHIEN_SI_THI_DUA_CO_SO", "BANG_KHEN_CHU_TICH_UBND_TINH")
        .doesNotContainKeys("TAP_THE_LAO_DONG_TIEN_TIEN", "TAP_THE_LAO_DONG_XUAT_SAC", "GIAY_KHEN_BTV_DANG_VIEN");
    stateForIndividuals.forEach(form -> {
      assertThat(form.path("track").asText()).isEqualTo("STATE");
      assertThat(form.path("nomineeScope").asText()).isIn("INDIVIDUAL", "BOTH");
    });

    JsonNode partyForCollectives = as(DemoUsers.CHAU_O_OFFICER)
        .getForObject(URL + "?track=PARTY&nomineeKind=COLLECTIVE&active=true", JsonNode.class);
    assertThat(byCode(partyForCollectives)).containsKeys("GIAY_KHEN_BTV_TAP_THE", "CHI_BO_BON_TOT",
        "DANG_BO_CO_SO_BON_TOT", "BANG_KHEN_BTV_TINH_UY", "CO_THI_DUA_TINH_UY")
        .doesNotContainKeys("GIAY_KHEN_BTV_DANG_VIEN", "HUY_HIEU_DANG", "GIAY_KHEN_CHU_TICH_UBND");
  }

  @Test
  void anUnknownTrackInTheFilterIsRefusedInVietnamese() {
    ResponseEntity<JsonNode> answer = as(DemoUsers.CHAU_O_OFFICER).getForEntity(URL + "?track=CHINH_PHU",
        JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().path("errors").get(0).path("field").asText()).isEqualTo("track");
    assertThat(answer.getBody().path("errors").get(0).path("message").asText())
        .contains("CHINH_PHU").contains("PARTY, STATE, MASS_ORG");
  }

  @Test
  void otherFeaturesAskTheCatalogueWhoMayBeNominatedAndWhatMoneyComesWithIt() {
    assertThat(catalogue.allows("GIAY_KHEN_BTV_TAP_THE", Track.PARTY, NomineeKind.COLLECTIVE)).isTrue();
    assertThat(catalogue.allows("GIAY_KHEN_BTV_TAP_THE", Track.PARTY, NomineeKind.INDIVIDUAL)).isFalse();
    assertThat(catalogue.allows("GIAY_KHEN_BTV_TAP_THE", Track.STATE, NomineeKind.COLLECTIVE)).isFalse();
    assertThat(catalogue.allows("KHONG_CO_MA_NAY", Track.PARTY, NomineeKind.COLLECTIVE)).isFalse();
    assertThat(catalogue.allowed(Track.STATE, NomineeKind.COLLECTIVE)).extracting(RewardFormView::code)
        .contains("GIAY_KHEN_CHU_TICH_UBND", "TAP_THE_LAO_DONG_TIEN_TIEN", "TAP_THE_LAO_DONG_XUAT_SAC")
        .doesNotContain("LAO_DONG_TIEN_TIEN", "GIAY_KHEN_BTV_TAP_THE");
    assertThat(catalogue.rewardMoney("GIAY_KHEN_BTV_DANG_VIEN", NomineeKind.INDIVIDUAL)).isEqualTo(2_340_000);
    assertThat(catalogue.rewardMoney("TAP_THE_LAO_DONG_TIEN_TIEN", NomineeKind.COLLECTIVE)).isEqualTo(1_880_000);
    assertThat(catalogue.rewardMoney("BANG_KHEN_BTV_TINH_UY", NomineeKind.INDIVIDUAL)).isZero();
    assertThat(catalogue.get("HUY_HIEU_DANG").decidedBy().forwardsToHigherLevel()).isTrue();
    assertThatThrownBy(() -> catalogue.get("KHONG_CO_MA_NAY")).isInstanceOf(ApiException.class)
        .hasMessage("Không tìm thấy hình thức khen thưởng có mã \"KHONG_CO_MA_NAY\"")
        .extracting(error -> ((ApiException) error).status()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void banToChucAddsAFormAndEveryoneReadsIt() {
    String code = freshCode();

    ResponseEntity<JsonNode> created = as(DemoUsers.ORGANIZATION_BOARD_HEAD).postForEntity(URL,
        json(form(code, body -> { })), JsonNode.class);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getHeaders().getLocation()).hasToString(URL + "/" + code);
    ResponseEntity<JsonNode> read = as(DemoUsers.CHAU_O_OFFICER)
        .getForEntity(created.getHeaders().getLocation(), JsonNode.class);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode form = read.getBody();
    assertThat(form.path("name").asText()).isEqualTo("Giấy khen của Chủ tịch Ủy ban nhân dân tặng gia đình văn hóa");
    assertThat(form.path("active").asBoolean()).as("a new form may be proposed at once").isTrue();
    assertThat(form.path("moneyIndividual").asLong()).isEqualTo(710_000);
    assertThat(form.path("moneyCollective").asLong()).isEqualTo(1_410_000);
    assertThat(form.path("sortOrder").asInt()).as("a new form goes to the end of the list")
        .isGreaterThan(byCode(as(DemoUsers.CHAU_O_OFFICER).getForObject(URL, JsonNode.class))
            .get("GIAY_KHEN_DOAN_THE").path("sortOrder").asInt());
    assertThat(catalogue.allows(code, Track.STATE, NomineeKind.INDIVIDUAL)).isTrue();
  }

  @Test
  void banToChucCorrectsAFormAndAnAdministratorRetiresIt() {
    String code = freshCode();
    JsonNode created = create(code);

    ResponseEntity<JsonNode> corrected = as(DemoUsers.ORGANIZATION_BOARD).exchange(URL + "/" + code, HttpMethod.PUT,
        json(form(code, body -> {
          body.put("name", "Giấy khen của Chủ tịch Ủy ban nhân dân tặng thành tích đột xuất");
          body.put("requiredDocuments", List.of("TO_TRINH", "XAC_NHAN_THANH_TICH_DOT_XUAT"));
          body.put("moneyMultipleCollective", null);
          body.put("version", created.path("version").asInt());
        })), JsonNode.class);

    assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(corrected.getBody().path("version").asInt()).isGreaterThan(created.path("version").asInt());
    RewardFormView read = catalogue.get(code);
    assertThat(read.name()).isEqualTo("Giấy khen của Chủ tịch Ủy ban nhân dân tặng thành tích đột xuất");
    assertThat(read.requiredDocuments()).containsExactly(DocumentKind.TO_TRINH,
        DocumentKind.XAC_NHAN_THANH_TICH_DOT_XUAT);
    assertThat(read.moneyCollective()).isNull();
    assertThat(read.sortOrder()).as("kept when not sent").isEqualTo(created.path("sortOrder").asInt());

    ResponseEntity<JsonNode> retired = as(DemoUsers.ADMIN).exchange(URL + "/" + code, HttpMethod.PUT,
        json(form(code, body -> {
          body.put("active", false);
          body.put("version", corrected.getBody().path("version").asInt());
        })), JsonNode.class);

    assertThat(retired.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(retired.getBody().path("active").asBoolean()).isFalse();
    assertThat(catalogue.allows(code, Track.STATE, NomineeKind.INDIVIDUAL)).as("no new proposal for it").isFalse();
    assertThat(catalogue.allowed(Track.STATE, NomineeKind.INDIVIDUAL)).extracting(RewardFormView::code)
        .doesNotContain(code);
    assertThat(byCode(as(DemoUsers.CHAU_O_OFFICER).getForObject(URL + "?active=false", JsonNode.class)))
        .containsKey(code).doesNotContainKey("GIAY_KHEN_BTV_TAP_THE");
    assertThat(catalogue.find(code)).as("retired, still there for the proposals that name it").isPresent();
  }

  @Test
  void anOfficerOfAUnitReadsTheCatalogueButCannotChangeIt() {
    String code = freshCode();
    JsonNode seeded = as(DemoUsers.CHAU_O_OFFICER).getForObject(URL + "/GIAY_KHEN_BTV_TAP_THE", JsonNode.class);

    ResponseEntity<String> post = as(DemoUsers.CHAU_O_OFFICER).postForEntity(URL, json(form(code, body -> { })),
        String.class);
    ResponseEntity<String> put = as(DemoUsers.CHAU_O_OFFICER).exchange(URL + "/GIAY_KHEN_BTV_TAP_THE", HttpMethod.PUT,
        json(form("GIAY_KHEN_BTV_TAP_THE", body -> {
          body.put("name", "Giấy khen tự sửa");
          body.put("version", seeded.path("version").asInt());
        })), String.class);

    assertThat(post.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(put.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(catalogue.find(code)).isEmpty();
    assertThat(catalogue.get("GIAY_KHEN_BTV_TAP_THE").name())
        .isEqualTo("Giấy khen của Ban Thường vụ cấp ủy tặng tổ chức đảng");
  }

  @Test
  void aVisitorWhoHasNotSignedInIsAskedToSignIn() {
    assertThat(anonymous.getForEntity(URL, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  static Stream<Arguments> badForms() {
    return Stream.of(
        bad("a code with spaces and lower case", "code", "chữ in hoa", body -> body.put("code", "giay khen moi")),
        bad("a one-letter code", "code", "dài 2–60 ký tự", body -> body.put("code", "G")),
        bad("no code", "code", "Chưa nhập mã", body -> body.remove("code")),
        bad("a blank name", "name", "Chưa nhập tên hình thức khen thưởng", body -> body.put("name", "   ")),
        bad("an unknown track", "track", "chấp nhận: PARTY, STATE, MASS_ORG", body -> body.put("track", "CHINH_PHU")),
        bad("a kind given as a number", "kind", "không hợp lệ", body -> body.put("kind", 1)),
        bad("no deciding authority", "decidedBy", "Chưa chọn cấp quyết định", body -> body.remove("decidedBy")),
        bad("a Party authority for a State form", "decidedBy", "chọn một trong: Chủ tịch Ủy ban nhân dân",
            body -> body.put("decidedBy", "PARTY_COMMITTEE")),
        bad("no required document", "requiredDocuments", "Cần ít nhất một tài liệu",
            body -> body.put("requiredDocuments", List.of())),
        bad("a document listed twice", "requiredDocuments[2]", "được kê hai lần",
            body -> body.put("requiredDocuments", List.of("TO_TRINH", "BAO_CAO_THANH_TICH", "TO_TRINH"))),
        bad("an unknown document", "requiredDocuments[1]", "chấp nhận: TO_TRINH",
            body -> body.put("requiredDocuments", List.of("TO_TRINH", "GIAY_TO_KHAC"))),
        bad("a negative multiple", "moneyMultipleIndividual", "không được âm",
            body -> body.put("moneyMultipleIndividual", new BigDecimal("-0.30"))),
        bad("a multiple with three decimals", "moneyMultipleCollective", "tối đa 2 chữ số thập phân",
            body -> body.put("moneyMultipleCollective", new BigDecimal("0.605"))),
        bad("a multiple that is not a number", "moneyMultipleCollective", "không phải là số",
            body -> body.put("moneyMultipleCollective", "hai")),
        bad("an individual multiple on a collective-only form", "moneyMultipleIndividual", "chỉ dành cho tập thể",
            body -> body.put("nomineeScope", "COLLECTIVE")),
        bad("money on a form the province decides", "moneyMultipleCollective", "cấp tỉnh quyết định",
            body -> {
              body.put("decidedBy", "PROVINCE");
              body.put("moneyMultipleIndividual", null);
            }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badForms")
  void aFormEnteredWronglyIsRefusedFieldByFieldAndNothingIsCreated(String what, String field, String message,
      Consumer<Map<String, Object>> change) {
    String code = freshCode();

    ResponseEntity<JsonNode> answer = as(DemoUsers.ORGANIZATION_BOARD_HEAD).postForEntity(URL,
        json(form(code, change)), JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().path("message").asText()).isNotBlank();
    assertThat(answer.getBody().path("errors").findValuesAsText("field")).containsExactly(field);
    assertThat(answer.getBody().path("errors").get(0).path("message").asText()).contains(message);
    assertThat(catalogue.find(code)).isEmpty();
  }

  @Test
  void everyProblemOfAFormIsReportedAtOnce() {
    ResponseEntity<JsonNode> answer = as(DemoUsers.ORGANIZATION_BOARD_HEAD).postForEntity(URL,
        json(form("x", body -> {
          body.put("name", "");
          body.remove("kind");
          body.remove("nomineeScope");
          body.put("requiredDocuments", List.of());
        })), JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().path("message").asText()).isEqualTo("Dữ liệu hình thức khen thưởng không hợp lệ");
    assertThat(answer.getBody().path("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("code", "name", "kind", "nomineeScope", "requiredDocuments");
  }

  @Test
  void aWrongCorrectionIsRefusedAndTheFormStaysAsItWas() {
    String code = freshCode();
    JsonNode created = create(code);
    int version = created.path("version").asInt();

    ResponseEntity<JsonNode> invalid = as(DemoUsers.ORGANIZATION_BOARD).exchange(URL + "/" + code, HttpMethod.PUT,
        json(form(code, body -> {
          body.put("name", " ");
          body.put("moneyMultipleIndividual", new BigDecimal("-1"));
          body.put("version", version);
        })), JsonNode.class);
    ResponseEntity<JsonNode> withoutVersion = as(DemoUsers.ORGANIZATION_BOARD).exchange(URL + "/" + code,
        HttpMethod.PUT, json(form(code, body -> body.put("name", "Tên mới"))), JsonNode.class);
    ResponseEntity<JsonNode> renamed = as(DemoUsers.ORGANIZATION_BOARD).exchange(URL + "/" + code, HttpMethod.PUT,
        json(form(freshCode(), body -> body.put("version", version))), JsonNode.class);

    assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(invalid.getBody().path("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("name", "moneyMultipleIndividual");
    assertThat(withoutVersion.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(withoutVersion.getBody().path("errors").findValuesAsText("field")).containsExactly("version");
    assertThat(renamed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(renamed.getBody().path("errors").findValuesAsText("field")).containsExactly("code");
    RewardFormView unchanged = catalogue.get(code);
    assertThat(unchanged.name()).isEqualTo(created.path("name").asText());
    assertThat(unchanged.moneyMultipleIndividual()).isEqualByComparingTo("0.30");
    assertThat(unchanged.version()).isEqualTo(version);
  }

  @Test
  void aCodeThatIsTakenIsAConflictAndTheSeedStays() {
    ResponseEntity<JsonNode> answer = as(DemoUsers.ORGANIZATION_BOARD_HEAD).postForEntity(URL,
        json(form("GIAY_KHEN_BTV_TAP_THE", body -> body.put("name", "Giấy khen trùng mã"))), JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(answer.getBody().path("message").asText())
        .isEqualTo("Mã hình thức khen thưởng \"GIAY_KHEN_BTV_TAP_THE\" đã được dùng");
    RewardFormView seeded = catalogue.get("GIAY_KHEN_BTV_TAP_THE");
    assertThat(seeded.name()).isEqualTo("Giấy khen của Ban Thường vụ cấp ủy tặng tổ chức đảng");
    assertThat(seeded.track()).isEqualTo(Track.PARTY);
  }

  @Test
  void savingAFormThatSomeoneElseChangedMeanwhileIsAConflictAndLosesNothing() {
    String code = freshCode();
    int readVersion = create(code).path("version").asInt();
    ResponseEntity<JsonNode> first = as(DemoUsers.ORGANIZATION_BOARD_HEAD).exchange(URL + "/" + code, HttpMethod.PUT,
        json(form(code, body -> {
          body.put("moneyMultipleIndividual", new BigDecimal("0.50"));
          body.put("version", readVersion);
        })), JsonNode.class);

    ResponseEntity<JsonNode> stale = as(DemoUsers.ORGANIZATION_BOARD).exchange(URL + "/" + code, HttpMethod.PUT,
        json(form(code, body -> {
          body.put("name", "Giấy khen sửa từ bản cũ");
          body.put("version", readVersion);
        })), JsonNode.class);

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(stale.getBody().path("message").asText()).contains("người khác cập nhật");
    RewardFormView saved = catalogue.get(code);
    assertThat(saved.moneyMultipleIndividual()).isEqualByComparingTo("0.50");
    assertThat(saved.name()).isEqualTo("Giấy khen của Chủ tịch Ủy ban nhân dân tặng gia đình văn hóa");
  }

  @Test
  void askingForAFormThatDoesNotExistIsNotFound() {
    ResponseEntity<JsonNode> read = as(DemoUsers.CHAU_O_OFFICER).getForEntity(URL + "/KHONG_CO_MA_NAY", JsonNode.class);
    ResponseEntity<JsonNode> change = as(DemoUsers.ORGANIZATION_BOARD).exchange(URL + "/KHONG_CO_MA_NAY",
        HttpMethod.PUT, json(form("KHONG_CO_MA_NAY", body -> body.put("version", 0))), JsonNode.class);

    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(read.getBody().path("message").asText())
        .isEqualTo("Không tìm thấy hình thức khen thưởng có mã \"KHONG_CO_MA_NAY\"");
    assertThat(change.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(catalogue.find("KHONG_CO_MA_NAY")).isEmpty();
  }

  // --- helpers -------------------------------------------------------------------------------------

  /** A valid State form for individuals and collectives with this code, changed as the test needs. */
  private static Map<String, Object> form(String code, Consumer<Map<String, Object>> change) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("name", "Giấy khen của Chủ tịch Ủy ban nhân dân tặng gia đình văn hóa");
    body.put("kind", "REWARD");
    body.put("track", "STATE");
    body.put("nomineeScope", "BOTH");
    body.put("decidedBy", "PEOPLES_COMMITTEE_CHAIR");
    body.put("requiredDocuments", List.of("TO_TRINH", "BAO_CAO_THANH_TICH", "BIEN_BAN_HOP_XET"));
    body.put("moneyMultipleIndividual", new BigDecimal("0.30"));
    body.put("moneyMultipleCollective", new BigDecimal("0.60"));
    change.accept(body);
    return body;
  }

  private JsonNode create(String code) {
    ResponseEntity<JsonNode> created = as(DemoUsers.ORGANIZATION_BOARD_HEAD).postForEntity(URL,
        json(form(code, body -> { })), JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return created.getBody();
  }

  private static Arguments bad(String what, String field, String message, Consumer<Map<String, Object>> change) {
    return Arguments.of(what, field, message, change);
  }

  /** A code no other test uses, e.g. {@code TEST_7_K3F}. */
  private static String freshCode() {
    return "TEST_" + SEQUENCE.incrementAndGet() + "_"
        + Long.toString(System.nanoTime() % 46_656, 36).toUpperCase(Locale.ROOT);
  }

  private static HttpEntity<String> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    try {
      return new HttpEntity<>(JSON.writeValueAsString(body), headers);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, JsonNode> byCode(JsonNode forms) {
    Map<String, JsonNode> byCode = new LinkedHashMap<>();
    forms.forEach(form -> byCode.put(form.path("code").asText(), form));
    return byCode;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
