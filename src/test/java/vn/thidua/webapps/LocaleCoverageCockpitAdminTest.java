package vn.thidua.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cockpit and Admin speak Vietnamese: every English text of the webjar in use either has a Vietnamese translation or is
 * knowingly left English in a list, so a Camunda upgrade that adds texts makes this test fail instead of silently
 * showing English.
 */
class LocaleCoverageCockpitAdminTest {

  private static final String WEBAPP = "META-INF/resources/webjars/camunda/app/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}");
  // Markup inside a text (links, emphasis) and printf-style slots must survive translation unchanged.
  private static final Pattern MARKUP = Pattern.compile("</?(a|strong|b|i|em|br|span|code|p)\\b[^>]*>|%[sd]|\\{}");

  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"cockpit", "admin"})
  void everyEnglishTextIsTranslatedOrKnowinglyLeftEnglish(String app) throws IOException {
    Map<String, String> english = texts(app, "en.json");
    Map<String, String> vietnamese = texts(app, "vi.json");
    Set<String> leftEnglish = leftEnglish(app);

    List<String> missing = new ArrayList<>();
    for (String key : english.keySet()) {
      String translation = vietnamese.get(key);
      boolean translated = translation != null && !translation.isBlank();
      if (!translated && !leftEnglish.contains(key)) {
        missing.add(key);
      }
    }
    assertThat(missing).as("%s keys neither translated nor listed as left English", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"cockpit", "admin"})
  void noKeyIsBothTranslatedAndListedAsLeftEnglish(String app) throws IOException {
    Map<String, String> vietnamese = texts(app, "vi.json");
    Set<String> both = new LinkedHashSet<>(leftEnglish(app));
    both.retainAll(vietnamese.keySet());
    assertThat(both).as("%s keys both translated and listed as left English", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"cockpit", "admin"})
  void theLeftEnglishListNamesOnlyKeysCamundaStillHas(String app) throws IOException {
    Set<String> stale = new LinkedHashSet<>(leftEnglish(app));
    stale.removeAll(texts(app, "en.json").keySet());
    assertThat(stale).as("%s left-English keys that en.json no longer has", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"cockpit", "admin"})
  void theTranslationHasNoKeyCamundaDoesNotKnow(String app) throws IOException {
    Set<String> unknown = new LinkedHashSet<>(texts(app, "vi.json").keySet());
    unknown.removeAll(texts(app, "en.json").keySet());
    assertThat(unknown).as("%s vi.json keys that en.json does not have (typo or removed text)", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"cockpit", "admin"})
  void everyPlaceholderOfTheEnglishTextSurvivesInTheTranslation(String app) throws IOException {
    Map<String, String> english = texts(app, "en.json");
    Map<String, String> vietnamese = texts(app, "vi.json");
    List<String> broken = new ArrayList<>();
    vietnamese.forEach((key, translation) -> {
      String original = english.get(key);
      if (original == null) {
        return;
      }
      for (String placeholder : matches(PLACEHOLDER, original)) {
        if (!translation.contains(placeholder)) {
          broken.add(key + " lacks " + placeholder);
        }
      }
    });
    assertThat(broken).as("%s translations that lost a placeholder", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"cockpit", "admin"})
  void everyLinkTagAndFormatSlotOfTheEnglishTextSurvivesInTheTranslation(String app) throws IOException {
    Map<String, String> english = texts(app, "en.json");
    Map<String, String> vietnamese = texts(app, "vi.json");
    List<String> broken = new ArrayList<>();
    vietnamese.forEach((key, translation) -> {
      String original = english.get(key);
      if (original != null && !sorted(matches(MARKUP, original)).equals(sorted(matches(MARKUP, translation)))) {
        broken.add(key + ": " + matches(MARKUP, original) + " became " + matches(MARKUP, translation));
      }
    });
    assertThat(broken).as("%s translations that changed markup or format slots", app).isEmpty();
  }

  private static List<String> sorted(List<String> items) {
    List<String> copy = new ArrayList<>(items);
    copy.sort(null);
    return copy;
  }

  private static List<String> matches(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }

  /** Leaf texts by key path ("labels.CANCEL", "dateLocales.months[0]"). */
  private Map<String, String> texts(String app, String file) throws IOException {
    String resource = WEBAPP + app + "/locales/" + file;
    Map<String, String> texts = new LinkedHashMap<>();
    collect("", json.readTree(withoutByteOrderMark(read(resource))), texts);
    assertThat(texts).as(resource).isNotEmpty();
    return texts;
  }

  private static void collect(String path, JsonNode node, Map<String, String> texts) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        collect(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), texts);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(path + "[" + i + "]", node.get(i), texts);
      }
    } else {
      texts.put(path, node.asText());
    }
  }

  private Set<String> leftEnglish(String app) throws IOException {
    Set<String> keys = new LinkedHashSet<>();
    for (String line : read("webapp-locales/" + app + "-left-english.txt").split("\\R")) {
      String key = line.strip();
      if (!key.isEmpty() && !key.startsWith("#")) {
        keys.add(key);
      }
    }
    return keys;
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = LocaleCoverageCockpitAdminTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as("classpath resource " + resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  // Camunda's en.json files start with a UTF-8 byte order mark, which Jackson refuses.
  private static String withoutByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
