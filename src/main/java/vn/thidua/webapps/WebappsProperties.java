package vn.thidua.webapps;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How Camunda's webapps are shown. {@code thidua.webapps.language}: {@code browser} (default) or {@code vi};
 * a value that is neither stops start-up with Spring's binding error.
 */
@ConfigurationProperties("thidua.webapps")
public record WebappsProperties(WebappLanguage language) {

  public WebappsProperties {
    language = language == null ? WebappLanguage.BROWSER : language;
  }
}
