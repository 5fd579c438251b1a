package vn.thidua.appraisal;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.organization.OrganizationService;
import vn.thidua.security.UnitAccess;
import vn.thidua.web.ApiException;

/**
 * Appraisals of a phase's dossiers: the reviewing bodies read them; Ủy ban Kiểm tra, the appraising
 * body and the council each save their part while it is their step. Units read their notices.
 */
@RestController
class AppraisalController {

  private final AppraisalService appraisals;
  private final OrganizationService organization;
  private final UnitAccess access;

  AppraisalController(AppraisalService appraisals, OrganizationService organization, UnitAccess access) {
    this.appraisals = appraisals;
    this.organization = organization;
    this.access = access;
  }

  @GetMapping("/api/appraisals")
  List<AppraisalView> list(@RequestParam String campaignId, @RequestParam int phase) {
    return appraisals.list(campaignId, phase);
  }

  @GetMapping("/api/appraisals/{id}")
  AppraisalView get(@PathVariable long id) {
    return appraisals.view(id);
  }

  @PutMapping("/api/appraisals/{id}/inspection")
  AppraisalView inspection(@PathVariable long id, @Valid @RequestBody AppraisalRequests.Inspection request) {
    return appraisals.saveInspection(id, request);
  }

  @PutMapping("/api/appraisals/{id}/conclusions")
  AppraisalView conclusions(@PathVariable long id, @Valid @RequestBody AppraisalRequests.Conclusions request) {
    return appraisals.saveConclusions(id, request);
  }

  @PutMapping("/api/appraisals/{id}/council")
  AppraisalView council(@PathVariable long id, @Valid @RequestBody AppraisalRequests.Council request) {
    return appraisals.saveCouncil(id, request);
  }

  /** The written notices of proposals not agreed, for the unit with this code. */
  @GetMapping("/api/appraisal-notices")
  List<AppraisalView.Notice> notices(@RequestParam String unitCode) {
    var unit = organization.findUnit(unitCode).orElseThrow(() -> ApiException.notFound("Không có đơn vị " + unitCode));
    access.checkRead(unit);
    return appraisals.notices(unit.id());
  }
}
