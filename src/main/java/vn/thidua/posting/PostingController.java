package vn.thidua.posting;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.security.CurrentUser;
import vn.thidua.security.Groups;

/**
 * The posted lists and their objections. {@code /api/public/**} is what the posting page uses: open to
 * anyone when {@code thidua.posting.public=true}, otherwise to signed-in users (see SecurityConfig).
 */
@RestController
class PostingController {

  /** Response headers that hand a signed-in page its CSRF token without a second request. */
  static final String CSRF_HEADER_NAME = "X-CSRF-HEADER";
  static final String CSRF_TOKEN = "X-CSRF-TOKEN";

  private final PostingService postings;
  private final CurrentUser currentUser;

  PostingController(PostingService postings, CurrentUser currentUser) {
    this.postings = postings;
    this.currentUser = currentUser;
  }

  /**
   * The postings taking objections now, with their entries. A signed-in visitor also gets the session's
   * CSRF token in the headers; an anonymous one gets none, so reading the list creates no session.
   */
  @GetMapping("/api/public/postings")
  ResponseEntity<List<PostingView>> openPostings(CsrfToken csrf) {
    ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
    if (currentUser.signedIn() && csrf != null) {
      answer.header(CSRF_HEADER_NAME, csrf.getHeaderName()).header(CSRF_TOKEN, csrf.getToken());
    }
    return answer.body(postings.openPostings());
  }

  /**
   * An objection about one listed proposal ({@code proposalId}) or the whole list: 201 with a receipt.
   * JSON only, which a page of another site cannot send without the browser asking this server first.
   * The client address is the servlet container's: behind a reverse proxy, set
   * {@code server.forward-headers-strategy=native} rather than trusting X-Forwarded-For here.
   */
  @PostMapping(path = "/api/public/postings/{id}/objections", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ObjectionReceipt> sendObjection(@PathVariable long id, @RequestBody ObjectionRequest request,
      HttpServletRequest http) {
    return ResponseEntity.status(HttpStatus.CREATED).body(postings.receiveObjection(id, request, http.getRemoteAddr()));
  }

  @GetMapping("/api/postings")
  @PreAuthorize(Groups.ORGANIZATION_BOARD_OR_ADMIN)
  List<PostingSummary> postings(@RequestParam(required = false) String campaignId) {
    return postings.postings(campaignId);
  }

  @GetMapping("/api/postings/{id}/objections")
  @PreAuthorize(Groups.ORGANIZATION_BOARD_OR_ADMIN)
  List<ObjectionView> objections(@PathVariable long id) {
    return postings.objections(id);
  }
}
