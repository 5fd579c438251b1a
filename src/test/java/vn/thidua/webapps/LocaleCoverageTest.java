package vn.thidua.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Tasklist and Welcome speak Vietnamese everywhere: every text of Camunda's English locale (read from the webjar
 * of the version in use, so an upgrade that adds texts fails here) has a Vietnamese counterpart that keeps its
 * placeholders and markup.
 */
class LocaleCoverageTest {

  private static final String LOCALE = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|%[sd]");
  private static final Pattern HTML_TAG = Pattern.compile("</?(?:a|br|b|i|em|strong|span|p|code)\\b[^>]*>");
  /** The Camunda 8 banner is replaced on purpose, link and all; see the user-styles.css of each app. */
  private static final String BANNER = "labels.BANNER_CE_EOL_TEXT";

  private final ObjectMapper json = new ObjectMapper();
  private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void everyEnglishTextHasAVietnameseOne(String app) throws IOException {
    Map<String, JsonNode> english = texts(locale(app, "en", true));
    Map<String, JsonNode> vietnamese = texts(locale(app, "vi", false));

    List<String> missing = english.entrySet().stream()
        .filter(text -> !text.getValue().asText().isBlank())
        .map(Map.Entry::getKey)
        .filter(key -> !vietnamese.containsKey(key) || vietnamese.get(key).asText().isBlank())
        .toList();
    assertThat(missing).as("texts of %s without Vietnamese", app).isEmpty();
    assertThat(new TreeSet<>(vietnamese.keySet())).as("keys of %s's vi.json that Camunda does not have", app)
        .isSubsetOf(english.keySet());
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void noEnglishSentenceIsLeftAsItWas(String app) throws IOException {
    Set<String> sameAsEnglish = allowedSameAsEnglish();
    Map<String, JsonNode> english = texts(locale(app, "en", true));
    Map<String, JsonNode> vietnamese = texts(locale(app, "vi", false));

    List<String> untranslated = english.entrySet().stream()
        .filter(text -> text.getValue().isTextual() && !text.getValue().asText().isBlank())
        .filter(text -> text.getValue().equals(vietnamese.get(text.getKey())))
        .filter(text -> !sameAsEnglish.contains(text.getValue().asText()))
        .map(text -> text.getKey() + " = " + text.getValue().asText())
        .toList();
    assertThat(untranslated).as("texts of %s still in English", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void placeholdersAndMarkupAreKept(String app) throws IOException {
    Map<String, JsonNode> english = texts(locale(app, "en", true));
    Map<String, JsonNode> vietnamese = texts(locale(app, "vi", false));

    List<String> broken = new ArrayList<>();
    english.forEach((key, text) -> {
      String vi = vietnamese.getOrDefault(key, json.nullNode()).asText();
      List<String> lost = new ArrayList<>(matches(PLACEHOLDER, text.asText()));
      if (!key.equals(BANNER)) {
        lost.addAll(matches(HTML_TAG, text.asText()));
      }
      lost.removeIf(vi::contains);
      if (!lost.isEmpty()) {
        broken.add(key + " lost " + lost);
      }
    });
    assertThat(broken).as("placeholders or markup of %s lost in Vietnamese", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void theBannerNoLongerTellsOfficersToMigrate(String app) throws IOException {
    String banner = texts(locale(app, "vi", false)).get(BANNER).asText();

    assertThat(banner).isEqualTo("Thi đua – Khen thưởng · Hỗ trợ: liên hệ quản trị hệ thống")
        .doesNotContainIgnoringCase("migrat").doesNotContain("Camunda 8");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "cockpit", "admin"})
  void everyAppHidesTheCamunda8Banner(String app) throws IOException {
    String styles = read(resolver.getResource("classpath:META-INF/resources/webjars/camunda/app/" + app
        + "/styles/user-styles.css"));

    assertThat(styles.replaceAll("\\s+", " ")).contains(".ce-eol-banner { display: none !important; }");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist"})
  void datesReadDayMonthYearWithA24HourClock(String app) throws IOException {
    JsonNode formats = json.readTree(strip(read(locale(app, "vi", false)))).path("dateLocales").path("longDateFormat");

    assertThat(formats.path("L").asText()).isEqualTo("DD/MM/YYYY");
    assertThat(formats.path("LT").asText()).isEqualTo("HH:mm");
    assertThat(formats.path("LLL").asText()).isEqualTo("DD/MM/YYYY LT");
  }

  /** Our vi.json lives next to the webjar's locales at the same path: the webjar is told apart by its jar name. */
  private Resource locale(String app, String language, boolean fromWebjar) throws IOException {
    String path = LOCALE.formatted(app, language);
    return Arrays.stream(resolver.getResources("classpath*:" + path))
        .filter(copy -> urlOf(copy).contains("camunda-webapp-webjar") == fromWebjar)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + (fromWebjar ? "webjar " : "own ") + path + " on the classpath"));
  }

  /** Every leaf of the locale file by its path ("labels.CLAIM_TASK", "dateLocales.months[0]"). */
  private Map<String, JsonNode> texts(Resource locale) throws IOException {
    Map<String, JsonNode> leaves = new LinkedHashMap<>();
    collect("", json.readTree(strip(read(locale))), leaves);
    return leaves;
  }

  private static void collect(String path, JsonNode node, Map<String, JsonNode> leaves) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field ->
          collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), leaves));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(path + "[" + i + "]", node.get(i), leaves);
      }
    } else {
      leaves.put(path, node);
    }
  }

  private Set<String> allowedSameAsEnglish() throws IOException {
    return read(resolver.getResource("classpath:webapp-locales/tasklist-welcome-same-as-english.txt")).lines()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .collect(Collectors.toSet());
  }

  private static List<String> matches(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }

  /** Camunda's locale files start with a UTF-8 byte order mark, which Jackson refuses. */
  private static String strip(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String read(Resource resource) throws IOException {
    try (InputStream in = resource.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String urlOf(Resource resource) {
    try {
      return resource.getURL().toString();
    } catch (IOException e) {
      return resource.getDescription();
    }
  }
}
