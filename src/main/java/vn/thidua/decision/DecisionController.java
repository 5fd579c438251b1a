package vn.thidua.decision;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.thidua.document.DocumentResponses;

/** Reward decisions: read by the deciding bodies and the units concerned; issued ones on the posting page. */
@RestController
class DecisionController {

  private final RewardDecisionService decisions;

  DecisionController(RewardDecisionService decisions) {
    this.decisions = decisions;
  }

  @GetMapping("/api/decisions")
  List<DecisionView> list(@RequestParam String campaignId, @RequestParam(required = false) Integer phase) {
    return decisions.list(campaignId, phase);
  }

  @GetMapping("/api/decisions/{id}")
  DecisionView view(@PathVariable long id) {
    return decisions.view(id);
  }

  @GetMapping("/api/decisions/{id}/documents")
  List<DecisionView.Document> documents(@PathVariable long id) {
    return decisions.documents(id);
  }

  @GetMapping("/api/decisions/{id}/documents/{documentId}")
  ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
    return DocumentResponses.download(decisions.download(id, documentId));
  }

  /** The signed scan (PDF or image) becomes the decision's document of record. */
  @PostMapping(path = "/api/decisions/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<DecisionView.Document> uploadSignedScan(@PathVariable long id, @RequestPart MultipartFile file)
      throws IOException {
    DecisionView.Document stored = decisions.uploadSignedScan(id, file.getOriginalFilename(), file.getBytes());
    return ResponseEntity.created(URI.create(stored.downloadUrl())).body(stored);
  }

  /** Issued decisions and their awardees, shown on the posting page to the same audience as the lists. */
  @GetMapping("/api/public/decisions")
  List<PublicDecision> issued() {
    return decisions.issued().stream().map(PublicDecision::of).toList();
  }
}
