package vn.thidua.summary;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.document.DocumentResponses;

/**
 * A phase's summary report (sơ kết / tổng kết). The committee's bodies (thuong-truc, ban-thuong-vu, ban-to-chuc,
 * van-phong, ubnd, van-phong-ubnd, phong-noi-vu, hoi-dong-tdkt, uy-ban-kiem-tra, camunda-admin) read all of it;
 * a participating unit reads the totals, the conference and its own row; the PDF, which names every unit, is
 * for the committee's bodies only.
 */
@RestController
@RequestMapping("/api/campaigns/{id}/phases/{phaseNumber}")
class PhaseSummaryController {

  private final PhaseSummaryService summaries;

  PhaseSummaryController(PhaseSummaryService summaries) {
    this.summaries = summaries;
  }

  /** 404 before the phase's summary began; {@code pdfUrl} once the report is generated. */
  @GetMapping("/summary")
  PhaseReport summary(@PathVariable String id, @PathVariable int phaseNumber) {
    return summaries.view(id, phaseNumber);
  }

  @GetMapping("/summary.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable String id, @PathVariable int phaseNumber) {
    return DocumentResponses.download(summaries.pdf(id, phaseNumber));
  }
}
