package vn.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

class UnitRegistryApiTest extends OrganizationTestSupport {

  private String unitJson(String code, String name, String kind, String parentCode) {
    return """
        {"code": %s, "name": %s, "kind": %s, "parentCode": %s}
        """.formatted(quoted(code), quoted(name), quoted(kind), quoted(parentCode));
  }

  private static String quoted(String value) {
    return value == null ? "null" : "\"" + value + "\"";
  }

  @Test
  void anyOfficerReadsTheDistrictRegistry() {
    ResponseEntity<JsonNode> answer = as("chauo.canbo").getForEntity("/api/units", JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody().size()).isGreaterThanOrEqualTo(31);
    JsonNode chauO = null;
    JsonNode banToChuc = null;
    for (JsonNode unit : answer.getBody()) {
      if ("CHAU-O".equals(unit.path("code").asText())) {
        chauO = unit;
      }
      if ("ban-to-chuc".equals(unit.path("bodyGroup").asText())) {
        banToChuc = unit;
      }
    }
    assertThat(chauO.path("name").asText()).isEqualTo("Đảng bộ thị trấn Châu Ổ");
    assertThat(chauO.path("kindLabel").asText()).isEqualTo("Đảng bộ cơ sở");
    assertThat(chauO.path("groupId").asText()).isEqualTo("don-vi-chau-o");
    assertThat(banToChuc.path("bodyName").asText()).isEqualTo("Ban Tổ chức Huyện ủy");
  }

  @Test
  void organizationBoardRegistersAPartyCellAndItsGroupAppears() {
    String code = freshCode("CB");

    ResponseEntity<JsonNode> created = as("btc.truong").postForEntity("/api/units",
        json(unitJson(code, "Chi bộ Trung tâm Y tế huyện", "CHI_BO", "BTV")), JsonNode.class);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getHeaders().getLocation()).isNotNull();
    ResponseEntity<JsonNode> read = as("btc.canbo").getForEntity(created.getHeaders().getLocation(), JsonNode.class);
    assertThat(read.getBody().path("name").asText()).isEqualTo("Chi bộ Trung tâm Y tế huyện");
    assertThat(read.getBody().path("parentCode").asText()).isEqualTo("BTV");
    Group group = identityService.createGroupQuery().groupId("don-vi-" + code.toLowerCase()).singleResult();
    assertThat(group.getName()).isEqualTo("Chi bộ Trung tâm Y tế huyện");
    assertThat(group.getType()).isEqualTo("UNIT");
  }

  @Test
  void renamingAUnitRenamesItsGroup() {
    String code = freshCode("CB");
    JsonNode unit = as("btc.truong").postForEntity("/api/units",
        json(unitJson(code, "Chi bộ Phòng Y tế", "CHI_BO", null)), JsonNode.class).getBody();

    ResponseEntity<JsonNode> renamed = as("btc.canbo").exchange("/api/units/" + unit.path("id").asLong(),
        HttpMethod.PUT, json("""
            {"code": "%s", "name": "Chi bộ Phòng Y tế và Dân số", "kind": "CHI_BO", "version": %d}
            """.formatted(code, unit.path("version").asInt())), JsonNode.class);

    assertThat(renamed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(renamed.getBody().path("version").asInt()).isGreaterThan(unit.path("version").asInt());
    assertThat(identityService.createGroupQuery().groupId("don-vi-" + code.toLowerCase()).singleResult().getName())
        .isEqualTo("Chi bộ Phòng Y tế và Dân số");
  }

  @Test
  void registeringAUnitWithoutNameAndWithABadCodeIsRefusedFieldByField() {
    ResponseEntity<JsonNode> answer = as("btc.truong").postForEntity("/api/units",
        json(unitJson("CHI BỘ 1", "  ", "CHI_BO", null)), JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().path("message").asText()).isEqualTo("Dữ liệu không hợp lệ");
    assertThat(answer.getBody().path("errors").findValuesAsText("field")).contains("code", "name");
    assertThat(answer.getBody().path("errors").findValuesAsText("message"))
        .contains("Tên đơn vị không được để trống");
  }

  @Test
  void registeringAUnitUnderAnUnknownParentIsRefused() {
    ResponseEntity<JsonNode> answer = as("btc.truong").postForEntity("/api/units",
        json(unitJson(freshCode("CB"), "Chi bộ Thôn Mới", "CHI_BO", "KHONG-CO")), JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().path("errors").get(0).path("field").asText()).isEqualTo("parentCode");
    assertThat(answer.getBody().path("errors").get(0).path("message").asText()).contains("KHONG-CO");
  }

  @Test
  void registeringAUnitAsAnUnknownBodyIsRefused() {
    ResponseEntity<JsonNode> answer = as("btc.truong").postForEntity("/api/units", json("""
        {"code": "%s", "name": "Ban Nội chính", "kind": "CO_QUAN_THAM_MUU", "bodyGroup": "ban-noi-chinh"}
        """.formatted(freshCode("BNC"))), JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().path("errors").get(0).path("field").asText()).isEqualTo("bodyGroup");
  }

  @Test
  void registeringACodeThatExistsIsAConflict() {
    ResponseEntity<JsonNode> answer = as("btc.truong").postForEntity("/api/units",
        json(unitJson("chau-o", "Đảng bộ thị trấn Châu Ổ (trùng)", "DANG_BO_CO_SO", null)), JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(answer.getBody().path("message").asText()).contains("chau-o").contains("đã được dùng");
  }

  @Test
  void savingAUnitThatSomeoneElseChangedMeanwhileIsAConflict() {
    String code = freshCode("CB");
    JsonNode unit = as("btc.truong").postForEntity("/api/units",
        json(unitJson(code, "Chi bộ Trạm Khuyến nông", "CHI_BO", null)), JsonNode.class).getBody();
    String url = "/api/units/" + unit.path("id").asLong();
    String change = """
        {"code": "%s", "name": "%s", "kind": "CHI_BO", "version": %d}
        """;
    as("btc.truong").exchange(url, HttpMethod.PUT,
        json(change.formatted(code, "Chi bộ Trạm Khuyến nông huyện", unit.path("version").asInt())), JsonNode.class);

    ResponseEntity<JsonNode> stale = as("btc.canbo").exchange(url, HttpMethod.PUT,
        json(change.formatted(code, "Chi bộ Trung tâm Khuyến nông", unit.path("version").asInt())), JsonNode.class);

    assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(stale.getBody().path("message").asText()).contains("người khác cập nhật");
  }

  @Test
  void aUnitsCodeCannotBeChanged() {
    JsonNode unit = as("btc.truong").postForEntity("/api/units",
        json(unitJson(freshCode("CB"), "Chi bộ Ban Quản lý dự án", "CHI_BO", null)), JsonNode.class).getBody();

    ResponseEntity<JsonNode> answer = as("btc.truong").exchange("/api/units/" + unit.path("id").asLong(),
        HttpMethod.PUT, json(unitJson(freshCode("KHAC"), "Chi bộ Ban Quản lý dự án", "CHI_BO", null)), JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().path("errors").get(0).path("field").asText()).isEqualTo("code");
  }

  @Test
  void aCommuneOfficerCannotRegisterAUnit() {
    ResponseEntity<JsonNode> answer = as("chauo.canbo").postForEntity("/api/units",
        json(unitJson(freshCode("CB"), "Chi bộ tự lập", "CHI_BO", null)), JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aVisitorWhoHasNotSignedInIsAskedToSignIn() {
    ResponseEntity<String> answer = anonymous.getForEntity("/api/units", String.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void askingForAUnitThatDoesNotExistIsNotFound() {
    ResponseEntity<JsonNode> answer = as("btc.canbo").getForEntity("/api/units/987654321", JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(answer.getBody().path("message").asText()).isEqualTo("Không tìm thấy đơn vị có mã số 987654321");
  }

  @Test
  void unreadableJsonIsRefusedInVietnamese() {
    ResponseEntity<JsonNode> answer = as("btc.truong").postForEntity("/api/units",
        json("{\"code\": \"X1\", \"name\": \"Đơn vị\", \"kind\": \"KHONG_CO\"}"), JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().path("message").asText()).isEqualTo("Dữ liệu JSON không đọc được");
    assertThat(answer.getBody().path("errors").get(0).path("field").asText()).isEqualTo("kind");
  }
}
