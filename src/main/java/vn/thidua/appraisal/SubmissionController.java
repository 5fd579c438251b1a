package vn.thidua.appraisal;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The phase's submission to the Standing Committee as a PDF, for the bodies that prepare and decide it. */
@RestController
class SubmissionController {

  private final SubmissionService submissions;

  SubmissionController(SubmissionService submissions) {
    this.submissions = submissions;
  }

  @GetMapping("/api/campaigns/{campaignId}/phases/{phaseNumber}/submission.pdf")
  @PreAuthorize("hasAnyAuthority('GROUP_ban-to-chuc', 'GROUP_thuong-truc', 'GROUP_ban-thuong-vu', 'GROUP_camunda-admin')")
  ResponseEntity<byte[]> pdf(@PathVariable String campaignId, @PathVariable int phaseNumber) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename("to-trinh-dot-" + phaseNumber + ".pdf", StandardCharsets.UTF_8).build().toString())
        .body(submissions.pdf(campaignId, phaseNumber));
  }
}
