package vn.thidua.webapps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Each webapp's {@code scripts/config.js}: Camunda's own text, taken from the webjar once at start-up, with the
 * {@code locales} entry the language setting asks for. Built from the original so that a Camunda upgrade
 * brings its new defaults along instead of a stale copy of ours.
 */
@Component
public class WebappConfigScripts {

  public static final List<String> APPS = List.of("tasklist", "cockpit", "admin", "welcome");

  static final String EXPORT = "export default {";
  private static final String WEBJAR_PATH = "META-INF/resources/webjars/camunda/app/%s/scripts/config.js";
  private static final String VIETNAMESE = "classpath:META-INF/resources/webjars/camunda/app/%s/locales/vi.json";
  private static final Logger log = LoggerFactory.getLogger(WebappConfigScripts.class);

  private final Map<String, String> scripts = new LinkedHashMap<>();

  public WebappConfigScripts(WebappsProperties properties) {
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    for (String app : APPS) {
      boolean vietnameseExists = resolver.getResource(VIETNAMESE.formatted(app)).exists();
      if (!vietnameseExists) {
        log.warn("Camunda {} has no Vietnamese locale file: it is shown in English", app);
      }
      scripts.put(app, withLocales(original(resolver, app), properties.language(), vietnameseExists));
    }
  }

  /** The config.js to serve for the app, or empty for a name that is no webapp. */
  public Optional<String> forApp(String app) {
    return Optional.ofNullable(scripts.get(app));
  }

  static String withLocales(String original, WebappLanguage language, boolean vietnameseExists) {
    int export = original.indexOf(EXPORT);
    if (export < 0) {
      throw new IllegalStateException("Camunda's config.js no longer starts with '" + EXPORT + "'; "
          + "check how the webapps are configured in this Camunda version");
    }
    int insertAt = export + EXPORT.length();
    return original.substring(0, insertAt) + "\n  " + language.localesEntry(vietnameseExists) + "," + original.substring(insertAt);
  }

  // Our own resources have a file at the same path only if someone adds one; the webjar's copy is the original.
  private static String original(PathMatchingResourcePatternResolver resolver, String app) {
    String path = WEBJAR_PATH.formatted(app);
    try {
      Resource[] copies = resolver.getResources("classpath*:" + path);
      Resource webjar = Arrays.stream(copies)
          .filter(copy -> describe(copy).contains("camunda-webapp-webjar"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("Camunda webjar has no " + path));
      return webjar.getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path + " from Camunda's webjar", e);
    }
  }

  private static String describe(Resource resource) {
    try {
      return resource.getURL().toString();
    } catch (IOException e) {
      return resource.getDescription();
    }
  }
}
