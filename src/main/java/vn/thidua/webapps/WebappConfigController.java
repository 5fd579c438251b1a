package vn.thidua.webapps;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves {@code /camunda/app/{app}/scripts/config.js} in place of the webjar's file (a handler mapping wins over
 * Spring's static resources), so that the language setting reaches Tasklist, Cockpit, Admin and Welcome.
 * Open before login like the rest of {@code scripts/}: the login page needs it.
 */
@RestController
class WebappConfigController {

  private static final MediaType JAVASCRIPT = new MediaType("text", "javascript", java.nio.charset.StandardCharsets.UTF_8);

  private final WebappConfigScripts scripts;

  WebappConfigController(WebappConfigScripts scripts) {
    this.scripts = scripts;
  }

  @GetMapping("/camunda/app/{app}/scripts/config.js")
  ResponseEntity<String> configScript(@PathVariable String app) {
    return scripts.forApp(app)
        .map(script -> ResponseEntity.ok()
            .contentType(JAVASCRIPT)
            .cacheControl(CacheControl.noCache())
            .body(script))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }
}
