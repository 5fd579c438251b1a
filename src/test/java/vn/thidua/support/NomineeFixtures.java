package vn.thidua.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Units and members of their own for the tests of recorded facts (ratings, awards), so that a test's
 * "one rating per nominee and year" never meets another test's; and the bodies those tests send.
 */
public final class NomineeFixtures {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  /** A unit or member as the registry answered its creation. */
  public record Created(long id, String code, String name) {
  }

  private NomineeFixtures() {
  }

  /** A new Party cell under Châu Ổ, with a code no other test uses. */
  public static Created partyCell(TestRestTemplate organizationBoard, String name) {
    String code = "T" + SEQUENCE.incrementAndGet() + "-"
        + Long.toString(System.nanoTime() % 1_679_616, 36).toUpperCase(Locale.ROOT);
    ResponseEntity<JsonNode> created = organizationBoard.postForEntity("/api/units", json("""
        {"code": "%s", "name": "%s", "kind": "CHI_BO", "parentCode": "CHAU-O"}
        """.formatted(code, name)), JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return new Created(created.getBody().path("id").asLong(), code, name);
  }

  /** A new member without an account in the unit. */
  public static Created member(TestRestTemplate organizationBoard, String unitCode, String fullName) {
    ResponseEntity<JsonNode> created = organizationBoard.postForEntity("/api/members", json("""
        {"fullName": "%s", "position": "Đảng viên", "unitCode": "%s", "partyMember": true, "roles": []}
        """.formatted(fullName, unitCode)), JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return new Created(created.getBody().path("id").asLong(), unitCode, fullName);
  }

  public static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  /** A CSV file as a browser uploads it (multipart field {@code file}), saved with a BOM as spreadsheets do. */
  public static HttpEntity<MultiValueMap<String, Object>> csvUpload(String csv) {
    byte[] bytes = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", new ByteArrayResource(bytes) {
      @Override
      public String getFilename() {
        return "du-lieu.csv";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(parts, headers);
  }

  /** The CSV as the request body ({@code text/csv}). */
  public static HttpEntity<byte[]> csvBody(byte[] csv) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
    return new HttpEntity<>(csv, headers);
  }
}
