package vn.thidua.pledge;

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
 * Registrations (bản đăng ký thi đua). A unit reads and saves only its own; Ban Tổ chức, Thường trực
 * and Ủy ban Kiểm tra read all. Submitting and reviewing happen in Tasklist.
 */
@RestController
class PledgeController {

  private final PledgeService pledges;

  PledgeController(PledgeService pledges) {
    this.pledges = pledges;
  }

  @GetMapping("/api/pledges")
  List<PledgeView> list(@RequestParam String campaignId) {
    return pledges.list(campaignId);
  }

  @GetMapping("/api/pledges/{id}")
  PledgeView get(@PathVariable long id) {
    return pledges.view(id);
  }

  /** Saves the whole registration; {@code version} must be the one read (409 otherwise). */
  @PutMapping("/api/pledges/{id}")
  PledgeView update(@PathVariable long id, @Valid @RequestBody PledgeRequest request, Principal principal) {
    return pledges.update(id, request, principal.getName());
  }

  /** Ban Tổ chức closes registration: units not accepted are recorded "Không đăng ký" and the campaign goes on. */
  @PostMapping("/api/campaigns/{campaignId}/pledge-registration/close")
  @PreAuthorize(Groups.ORGANIZATION_BOARD_OR_ADMIN)
  ResponseEntity<Void> close(@PathVariable String campaignId) {
    pledges.closeRegistration(campaignId);
    return ResponseEntity.noContent().build();
  }
}
