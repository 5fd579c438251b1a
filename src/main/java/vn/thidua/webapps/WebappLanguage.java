package vn.thidua.webapps;

import java.util.List;

/** Which language Camunda's Tasklist, Cockpit, Admin and Welcome speak. */
public enum WebappLanguage {
  /** Vietnamese for browsers whose first language is Vietnamese, English for the others. */
  BROWSER(List.of("vi", "en"), "en"),
  /** Vietnamese for everyone, whatever the browser says. */
  VI(List.of("vi"), "vi");

  private final List<String> availableLocales;
  private final String fallbackLocale;

  WebappLanguage(List<String> availableLocales, String fallbackLocale) {
    this.availableLocales = availableLocales;
    this.fallbackLocale = fallbackLocale;
  }

  public List<String> availableLocales() {
    return availableLocales;
  }

  public String fallbackLocale() {
    return fallbackLocale;
  }

  /** The {@code locales} entry of a webapp's config.js. */
  String localesEntry() {
    String locales = String.join(", ", availableLocales.stream().map(locale -> "'" + locale + "'").toList());
    return "locales: { availableLocales: [" + locales + "], fallbackLocale: '" + fallbackLocale + "' }";
  }
}
