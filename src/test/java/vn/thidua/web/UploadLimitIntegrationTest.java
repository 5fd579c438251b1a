package vn.thidua.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.support.IntegrationTest;

/**
 * An upload beyond the servlet container's multipart limits (100 MB a file, 110 MB a request) is answered
 * 413 with a Vietnamese message, and the client receives that answer rather than a reset connection.
 */
class UploadLimitIntegrationTest extends IntegrationTest {

  private static final long MEGABYTE = 1024 * 1024;

  /** Streams a multipart request with one file of zeros, never holding it in memory. */
  private HttpResponse<String> uploadFileOf(long fileSize) throws Exception {
    String boundary = "----thidua" + System.nanoTime();
    byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"Tờ trình.pdf\"\r\n"
        + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/units"))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString(("btc.truong:" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
            () -> new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(head),
                zeros(fileSize), new ByteArrayInputStream(tail))))), head.length + fileSize + tail.length))
        .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static InputStream zeros(long size) {
    return new InputStream() {
      private long left = size;

      @Override
      public int read() {
        return read(new byte[1], 0, 1) < 0 ? -1 : 0;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        if (left <= 0) {
          return -1;
        }
        int count = (int) Math.min(length, left);
        Arrays.fill(buffer, offset, offset + count, (byte) 0);
        left -= count;
        return count;
      }
    };
  }

  private static void assertTooLarge(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).isEqualTo(413);
    JsonNode body = new ObjectMapper().readTree(response.body());
    assertThat(body.path("message").asText()).isEqualTo(ApiExceptionHandler.UPLOAD_TOO_LARGE)
        .startsWith("Dữ liệu gửi lên quá lớn");
  }

  @Test
  void aFileLargerThanTheServerAcceptsIsAnswered413InVietnamese() throws Exception {
    assertTooLarge(uploadFileOf(101 * MEGABYTE));
  }

  @Test
  void aRequestLargerThanTheServerAcceptsIsAnswered413Too() throws Exception {
    assertTooLarge(uploadFileOf(120 * MEGABYTE));
  }
}
