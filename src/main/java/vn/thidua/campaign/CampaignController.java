package vn.thidua.campaign;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.security.Groups;

/** Campaigns: created by the Standing Office or the Organization Board, readable by every signed-in user. */
@RestController
@RequestMapping("/api/campaigns")
class CampaignController {

  private final CampaignService campaigns;

  CampaignController(CampaignService campaigns) {
    this.campaigns = campaigns;
  }

  /** Creates a campaign and starts its launch; answers 201 with the campaign and its URL-safe id. */
  @PostMapping
  @PreAuthorize(Groups.CAMPAIGN_OWNERS)
  ResponseEntity<CampaignView> create(@RequestBody CampaignRequest request, Principal principal) {
    CampaignView created = campaigns.create(request, principal.getName());
    return ResponseEntity.created(URI.create("/api/campaigns/" + created.id())).body(created);
  }

  /** All campaigns, newest first; {@code planNumber} (e.g. 123-KH/HU) finds one by its plan. */
  @GetMapping
  List<CampaignView> list(@RequestParam(required = false) String planNumber) {
    return campaigns.list(planNumber);
  }

  /** One campaign with its status, open steps and what the bodies prepared for its launch. */
  @GetMapping("/{id}")
  CampaignView get(@PathVariable String id) {
    return campaigns.get(id);
  }

  /** Ban Tổ chức starts the review of the running phase before its end date (202: the process moves on). */
  @PostMapping("/{id}/phases/{phaseNumber}/start-review")
  @PreAuthorize(Groups.ORGANIZATION_BOARD_OR_ADMIN)
  ResponseEntity<CampaignView> startReview(@PathVariable String id, @PathVariable int phaseNumber) {
    campaigns.startReviewEarly(id, phaseNumber);
    return ResponseEntity.accepted().body(campaigns.get(id));
  }
}
