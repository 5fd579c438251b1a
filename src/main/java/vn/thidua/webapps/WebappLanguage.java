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

  /**
   * The {@code locales} entry of a webapp's config.js. An app without a Vietnamese locale file stays English:
   * declaring "vi" there would show Camunda's "no such locale file" error instead of the texts.
   */
  String localesEntry(boolean vietnameseExists) {
    List<String> offered = vietnameseExists ? availableLocales : List.of("en");
    String fallback = vietnameseExists ? fallbackLocale : "en";
    String locales = String.join(", ", offered.stream().map(locale -> "'" + locale + "'").toList());
    return "locales: { availableLocales: [" + locales + "], fallbackLocale: '" + fallback + "' }";
  }
}
