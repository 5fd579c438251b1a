package vn.thidua.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser does on the login page (or an API client with HTTP Basic), from a client address of the test's own (the test server trusts
 * X-Forwarded-For as a proxy's, see application-test.yml): keeps its cookies, never follows a redirect.
 */
final class BrowserClient {

  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final String baseUrl;
  private final String clientAddress;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  BrowserClient(String baseUrl, String clientAddress) {
    this.baseUrl = baseUrl;
    this.clientAddress = clientAddress;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  /** What an API client at the same address sends with HTTP Basic (it would honour a Retry-After, a test must not). */
  HttpResponse<String> getWithBasic(String path, String username, String password) {
    String credentials = java.util.Base64.getEncoder()
        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return send(request(path).header("Authorization", "Basic " + credentials).GET());
  }

  HttpResponse<String> postForm(String path, Map<String, String> fields) {
    String form = fields.entrySet().stream()
        .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** Opens the login page for its CSRF token, then posts the form as a person does. */
  HttpResponse<String> signIn(String username, String password) {
    return postForm("/login", Map.of("username", username, "password", password, "_csrf", csrfTokenOf("/login")));
  }

  /** The CSRF token of the form a page of this session carries. */
  String csrfTokenOf(String page) {
    Matcher token = CSRF_FIELD.matcher(get(page).body());
    if (!token.find()) {
      throw new IllegalStateException(page + " carries no CSRF token");
    }
    return token.group(1);
  }

  boolean holdsCookie(String name) {
    return cookies.getCookieStore().getCookies().stream().map(HttpCookie::getName).anyMatch(name::equals);
  }

  private HttpRequest.Builder request(String path) {
    // a browser asks for HTML first; Spring Security answers non-browser clients differently (logout: 204)
    return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("X-Forwarded-For", clientAddress)
        .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
