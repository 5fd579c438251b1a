package vn.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

class MemberRegistryApiTest extends OrganizationTestSupport {

  private static String memberJson(String fullName, String unitCode, String username, String roles, Integer version) {
    return """
        {"fullName": "%s", "position": "Chuyên viên", "unitCode": "%s", "partyMember": true,
         "username": %s, "email": %s, "roles": [%s], "version": %s}
        """.formatted(fullName, unitCode, username == null ? "null" : "\"" + username + "\"",
        username == null ? "null" : "\"" + username + "@thidua.local\"", roles, version);
  }

  private JsonNode add(String fullName, String unitCode, String username, String roles) {
    ResponseEntity<JsonNode> created = as("btc.truong").postForEntity("/api/members",
        json(memberJson(fullName, unitCode, username, roles, null)), JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return created.getBody();
  }

  private ResponseEntity<JsonNode> change(JsonNode member, String unitCode, String roles) {
    return as("btc.canbo").exchange("/api/members/" + member.path("id").asLong(), HttpMethod.PUT,
        json(memberJson(member.path("fullName").asText(), unitCode, member.path("username").asText(), roles,
            member.path("version").asInt())), JsonNode.class);
  }

  @Test
  void organizationBoardAddsAMemberWithAnAccountThatCamundaKnows() {
    String username = freshUsername("nv");

    ResponseEntity<JsonNode> created = as("btc.truong").postForEntity("/api/members",
        json(memberJson("Nguyễn Thị Hồng Nhung", "CHAU-O", username, "\"CAN_BO\"", null)), JsonNode.class);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getHeaders().getLocation()).isNotNull();
    assertThat(as("chauo.truong").getForEntity(created.getHeaders().getLocation(), JsonNode.class).getBody()
        .path("unitName").asText()).isEqualTo("Đảng bộ thị trấn Châu Ổ");
    User user = identityService.createUserQuery().userId(username).singleResult();
    assertThat(user.getFirstName()).isEqualTo("Nguyễn Thị Hồng");
    assertThat(user.getLastName()).isEqualTo("Nhung");
    assertThat(user.getEmail()).isEqualTo(username + "@thidua.local");
    assertThat(groupsOf(username)).containsExactly("don-vi-chau-o");
    assertThat(identityService.checkPassword(username, DEMO_PASSWORD)).as("a new account has a random password")
        .isFalse();
  }

  @Test
  void aNewStandingCommitteeMemberJoinsBanThuongVuAndLeavesItWithTheRole() {
    String username = freshUsername("btv");
    JsonNode member = add("Trần Quốc Việt", "BINH-CHANH", username, "\"UY_VIEN_BTV\", \"TRUONG_DON_VI\"");

    assertThat(groupsOf(username)).containsExactlyInAnyOrder("don-vi-binh-chanh", "ban-thuong-vu");

    ResponseEntity<JsonNode> changed = change(member, "BINH-CHANH", "\"TRUONG_DON_VI\"");

    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(groupsOf(username)).containsExactly("don-vi-binh-chanh");
  }

  @Test
  void movingAMemberToAnotherUnitMovesTheUnitMembership() {
    String username = freshUsername("nv");
    JsonNode member = add("Lê Văn Tùng", "CHAU-O", username, "\"CAN_BO\"");

    ResponseEntity<JsonNode> moved = change(member, "BTC", "\"CAN_BO\"");

    assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(moved.getBody().path("unitCode").asText()).isEqualTo("BTC");
    assertThat(groupsOf(username)).containsExactlyInAnyOrder("don-vi-btc", "ban-to-chuc");
  }

  @Test
  void addingAMemberWithoutANameIsRefusedWithAVietnameseMessage() {
    ResponseEntity<JsonNode> answer = as("btc.truong").postForEntity("/api/members",
        json(memberJson("", "CHAU-O", null, "", null)), JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().path("message").asText()).isEqualTo("Dữ liệu không hợp lệ");
    assertThat(answer.getBody().path("errors").get(0).path("field").asText()).isEqualTo("fullName");
    assertThat(answer.getBody().path("errors").get(0).path("message").asText())
        .isEqualTo("Họ tên không được để trống");
  }

  @Test
  void addingAMemberToAUnitThatDoesNotExistIsRefused() {
    ResponseEntity<JsonNode> answer = as("btc.truong").postForEntity("/api/members",
        json(memberJson("Phạm Minh Trí", "XA-KHONG-CO", null, "", null)), JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().path("errors").get(0).path("field").asText()).isEqualTo("unitCode");
    assertThat(answer.getBody().path("errors").get(0).path("message").asText())
        .isEqualTo("Không tìm thấy đơn vị có mã \"XA-KHONG-CO\"");
  }

  @Test
  void givingAMemberAUsernameAlreadyTakenIsAConflict() {
    ResponseEntity<JsonNode> answer = as("btc.truong").postForEntity("/api/members",
        json(memberJson("Đỗ Thị Thảo", "BTC", "btc.canbo", "\"CAN_BO\"", null)), JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(answer.getBody().path("message").asText())
        .isEqualTo("Tên đăng nhập \"btc.canbo\" đã được dùng cho một người khác");
  }

  @Test
  void anOfficerListsTheHeadOfAUnit() {
    ResponseEntity<JsonNode> answer = as("vp.canbo").getForEntity("/api/members?unitCode=CHAU-O&role=TRUONG_DON_VI",
        JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody().findValuesAsText("username")).containsExactly("chauo.truong");
  }

  @Test
  void listingByARoleThatDoesNotExistIsRefused() {
    ResponseEntity<JsonNode> answer = as("vp.canbo").getForEntity("/api/members?role=GIAM_DOC", JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().path("errors").get(0).path("field").asText()).isEqualTo("role");
  }

  @Test
  void aUnitHeadCannotChangeTheRegistry() {
    ResponseEntity<JsonNode> answer = as("chauo.truong").postForEntity("/api/members",
        json(memberJson("Hồ Văn Mạnh", "CHAU-O", null, "", null)), JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void theAdministratorMayAddMembers() {
    ResponseEntity<JsonNode> answer = as("admin").postForEntity("/api/members",
        json(memberJson("Bùi Thị Quỳnh", "HOI-LHPN", null, "", null)), JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }
}
