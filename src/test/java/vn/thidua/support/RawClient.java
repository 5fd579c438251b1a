package vn.thidua.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;


/**
 * Sends exactly the bytes and headers given, as a broken client or a fuzzer does, signed in with HTTP Basic.
 * For Tasklist's engine API it first fetches the webapps' CSRF token, as Tasklist does, so that a request is
 * refused for what it carries rather than for a missing token.
 */
public final class RawClient {

  public static final String TASKLIST_ENGINE = "/camunda/api/engine/engine/default";

  private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final String baseUrl;
  private final String authorization;
  private String csrfToken;

  public RawClient(String baseUrl, String username) {
    this.baseUrl = baseUrl;
    this.authorization = "Basic " + Base64.getEncoder()
        .encodeToString((username + ":" + IntegrationTest.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  public HttpResponse<String> send(String method, String path, String contentType, String body) {
    return send(method, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8), null);
  }

  /** A request; a null content type or accept is left out, a null body sends none. */
  public HttpResponse<String> send(String method, String path, String contentType, byte[] body, String accept) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", authorization)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (accept != null) {
      request.header("Accept", accept);
    }
    if (path.startsWith("/camunda/")) {
      request.header("X-XSRF-TOKEN", csrfToken());
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " got no answer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String csrfToken() {
    if (csrfToken == null) {
      HttpRequest fetch = HttpRequest.newBuilder(URI.create(baseUrl + TASKLIST_ENGINE + "/task/count"))
          .header("Authorization", authorization).header("X-XSRF-TOKEN", "Fetch").GET().build();
      try {
        csrfToken = http.send(fetch, HttpResponse.BodyHandlers.discarding()).headers().firstValue("X-XSRF-TOKEN")
            .orElseThrow(() -> new IllegalStateException("Tasklist's engine API gave no CSRF token"));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return csrfToken;
  }
}
