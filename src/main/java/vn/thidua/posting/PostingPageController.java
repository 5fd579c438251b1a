package vn.thidua.posting;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The posting page at {@code /congkhai}. Its script writes every entry and message as text; the
 * Content-Security-Policy adds that no script but the page's own files can run, should markup slip in.
 */
@RestController
class PostingPageController {

  static final String PAGE = "/congkhai";
  private static final Resource HTML = new ClassPathResource("static/congkhai/index.html");
  private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
      + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  @GetMapping(PAGE)
  ResponseEntity<Resource> page() {
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .header("Content-Security-Policy", POLICY)
        .body(HTML);
  }
}
