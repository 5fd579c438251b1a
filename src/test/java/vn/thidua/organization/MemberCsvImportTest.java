package vn.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

class MemberCsvImportTest extends OrganizationTestSupport {

  private static final String HEADER = "fullName,position,unitCode,partyMember,username,email,roles\n";

  private static HttpEntity<MultiValueMap<String, Object>> upload(String csv) {
    byte[] bytes = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", new ByteArrayResource(bytes) {
      @Override
      public String getFilename() {
        return "can-bo.csv";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(parts, headers);
  }

  @Test
  void organizationBoardImportsAFileOfMembersWithVietnameseNames() {
    String head = freshUsername("bh");
    String officer = freshUsername("bh");
    String csv = HEADER
        + "Huỳnh Thị Ngọc Hân,\"Phó Bí thư Thường trực Đảng ủy xã Bình Hải\",BINH-HAI,true,"
        + head + "," + head + "@thidua.local,PHO_BI_THU;UY_VIEN_BTV\n"
        + "Võ Đình Phúc,Chuyên viên Văn phòng Đảng ủy,binh-hai,có," + officer + ",,CAN_BO\n"
        + "Ngô Thị Tuyết,Bí thư Chi bộ thôn Tân Hy,BINH-HAI,false,,,\n";

    ResponseEntity<JsonNode> answer = as("btc.canbo").postForEntity("/api/members/import", upload(csv), JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody().path("imported").asInt()).isEqualTo(3);
    JsonNode binhHai = as("btc.canbo").getForEntity("/api/members?unitCode=BINH-HAI", JsonNode.class).getBody();
    assertThat(binhHai.findValuesAsText("fullName")).contains("Huỳnh Thị Ngọc Hân", "Võ Đình Phúc", "Ngô Thị Tuyết");
    User user = identityService.createUserQuery().userId(head).singleResult();
    assertThat(user.getFirstName()).isEqualTo("Huỳnh Thị Ngọc");
    assertThat(user.getLastName()).isEqualTo("Hân");
    assertThat(groupsOf(head)).containsExactlyInAnyOrder("don-vi-binh-hai", "ban-thuong-vu", "thuong-truc");
    assertThat(groupsOf(officer)).containsExactly("don-vi-binh-hai");
  }

  @Test
  void organizationBoardSendsTheCsvAsTheRequestBody() {
    String username = freshUsername("ccb");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
    String csv = HEADER + "Đặng Văn Kiên,Phó Chủ tịch Hội Cựu chiến binh huyện,HOI-CCB,true," + username + ",,\n";

    ResponseEntity<JsonNode> answer = as("btc.truong").postForEntity("/api/members/import",
        new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), headers), JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody().path("imported").asInt()).isEqualTo(1);
    assertThat(groupsOf(username)).containsExactly("don-vi-hoi-ccb");
  }

  @Test
  void aFileWithOneBadLineIsRejectedWholeNamingTheLineAndReason() {
    String first = freshUsername("bad");
    String last = freshUsername("bad");
    String csv = HEADER
        + "Trương Thị Cẩm Tú,Chuyên viên,BINH-MINH,true," + first + ",,CAN_BO\n"
        + "Phan Hữu Tín,Chuyên viên,XA-KHONG-CO,true,,,CAN_BO\n"
        + "Dương Minh Khoa,Chuyên viên,BINH-MINH,true," + last + ",,CAN_BO\n";

    ResponseEntity<JsonNode> answer = as("btc.truong").postForEntity("/api/members/import", upload(csv), JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode errors = answer.getBody().path("errors");
    assertThat(errors.size()).isEqualTo(1);
    assertThat(errors.get(0).path("line").asInt()).isEqualTo(3);
    assertThat(errors.get(0).path("message").asText()).isEqualTo("Không tìm thấy đơn vị có mã \"XA-KHONG-CO\"");
    JsonNode binhMinh = as("btc.truong").getForEntity("/api/members?unitCode=BINH-MINH", JsonNode.class).getBody();
    assertThat(binhMinh.findValuesAsText("fullName")).doesNotContain("Trương Thị Cẩm Tú", "Dương Minh Khoa");
    assertThat(identityService.createUserQuery().userIdIn(first, last).count()).isZero();
  }

  @Test
  void everyBadLineIsReportedWithItsReason() {
    String csv = HEADER
        + ",Chuyên viên,BINH-MINH,true,,,CAN_BO\n"
        + "\n"
        + "Lê Thị Hạnh,Chuyên viên,BINH-MINH,chắc chắn,,,THU_KY\n"
        + "Hồ Công Danh,Chuyên viên,BINH-MINH,true,btc.canbo,,CAN_BO\n";

    ResponseEntity<JsonNode> answer = as("btc.truong").postForEntity("/api/members/import", upload(csv), JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode errors = answer.getBody().path("errors");
    assertThat(errors.findValuesAsText("line")).containsExactly("2", "4", "4", "5");
    assertThat(errors.get(0).path("message").asText()).isEqualTo("Họ tên không được để trống");
    assertThat(errors.get(3).path("message").asText()).contains("btc.canbo");
  }

  @Test
  void aCommuneOfficerCannotImportMembers() {
    ResponseEntity<JsonNode> answer = as("chauo.canbo").postForEntity("/api/members/import",
        upload(HEADER + "Ngô Văn Cường,Chuyên viên,CHAU-O,true,,,\n"), JsonNode.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }
}
