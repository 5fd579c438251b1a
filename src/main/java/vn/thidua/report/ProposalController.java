package vn.thidua.report;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.thidua.document.DocumentResponses;

/** Reward proposals and their dossier files (PDF, DOCX, JPEG, PNG), for the unit that owns them. */
@RestController
class ProposalController {

  private final ProposalService proposals;

  ProposalController(ProposalService proposals) {
    this.proposals = proposals;
  }

  @GetMapping("/api/proposals/{id}")
  ProposalView get(@PathVariable long id) {
    return proposals.view(id);
  }

  @PutMapping("/api/proposals/{id}")
  ProposalView update(@PathVariable long id, @Valid @RequestBody ProposalRequest request, Principal principal) {
    return proposals.update(id, request, principal.getName());
  }

  @DeleteMapping("/api/proposals/{id}")
  ResponseEntity<Void> delete(@PathVariable long id, Principal principal) {
    proposals.delete(id, principal.getName());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/proposals/{id}/documents")
  List<ProposalView.DocumentView> documents(@PathVariable long id) {
    return proposals.documents(id);
  }

  /** Multipart upload: {@code file} and its {@code kind} (e.g. TO_TRINH, BAO_CAO_THANH_TICH, BIEN_BAN_HOP_XET). */
  @PostMapping(path = "/api/proposals/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<ProposalView.DocumentView> upload(@PathVariable long id, @RequestParam String kind,
      @RequestPart MultipartFile file, Principal principal) throws IOException {
    ProposalView.DocumentView stored = proposals.attach(id, kind, file.getOriginalFilename(), file.getBytes(),
        principal.getName());
    return ResponseEntity.created(URI.create(stored.downloadUrl())).body(stored);
  }

  @GetMapping("/api/proposals/{id}/documents/{documentId}")
  ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long documentId) {
    return DocumentResponses.download(proposals.download(id, documentId));
  }

  @DeleteMapping("/api/proposals/{id}/documents/{documentId}")
  ResponseEntity<Void> detach(@PathVariable long id, @PathVariable long documentId, Principal principal) {
    proposals.detach(id, documentId, principal.getName());
    return ResponseEntity.noContent().build();
  }
}
