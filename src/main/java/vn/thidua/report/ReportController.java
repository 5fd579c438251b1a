package vn.thidua.report;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.security.Groups;

/**
 * Results reports of a phase. A unit reads and writes only its own; the reviewing bodies read all.
 * Handing over to the head and submitting happen in Tasklist.
 */
@RestController
class ReportController {

  private final ReportService reports;
  private final ProposalService proposals;

  ReportController(ReportService reports, ProposalService proposals) {
    this.reports = reports;
    this.proposals = proposals;
  }

  @GetMapping("/api/reports")
  List<ReportView> list(@RequestParam String campaignId, @RequestParam(required = false) Integer phase) {
    return reports.list(campaignId, phase);
  }

  @GetMapping("/api/reports/{id}")
  ReportView get(@PathVariable long id) {
    return reports.view(id);
  }

  /** Saves the narrative and the results in the order of the pledged targets; {@code version} as read. */
  @PutMapping("/api/reports/{id}")
  ReportView update(@PathVariable long id, @Valid @RequestBody ReportRequest request, Principal principal) {
    return reports.update(id, request, principal.getName());
  }

  /** Adds a draft reward proposal to the report. */
  @PostMapping("/api/reports/{id}/proposals")
  ResponseEntity<ProposalView> propose(@PathVariable long id, @Valid @RequestBody ProposalRequest request,
      Principal principal) {
    ProposalView created = proposals.create(id, request, principal.getName());
    return ResponseEntity.created(URI.create("/api/proposals/" + created.id())).body(created);
  }

  /** Ban Tổ chức closes the phase's submission: units not submitted are recorded "Không nộp báo cáo". */
  @PostMapping("/api/campaigns/{campaignId}/phases/{phaseNumber}/results-submission/close")
  @PreAuthorize(Groups.ORGANIZATION_BOARD_OR_ADMIN)
  ResponseEntity<Void> close(@PathVariable String campaignId, @PathVariable int phaseNumber) {
    reports.closeSubmission(campaignId, phaseNumber);
    return ResponseEntity.noContent().build();
  }
}
