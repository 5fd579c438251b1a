package vn.thidua.catalogue;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.security.Groups;

/**
 * The reward catalogue. Any signed-in user reads it; only Ban Tổ chức and administrators change it.
 * There is no DELETE: proposals keep the codes, so a form is retired with {@code "active": false}.
 * Errors come back as {@code {"message": "...", "errors": [{"field", "message"}]}} in Vietnamese.
 */
@RestController
@RequestMapping("/api/reward-forms")
class RewardFormController {

  private final RewardCatalogue catalogue;
  private final RewardCatalogueEditor editor;

  RewardFormController(RewardCatalogue catalogue, RewardCatalogueEditor editor) {
    this.catalogue = catalogue;
    this.editor = editor;
  }

  /**
   * The forms in display order, optionally only those of a {@code track} (PARTY, STATE, MASS_ORG), open to a
   * {@code nomineeKind} (COLLECTIVE, INDIVIDUAL), or {@code active} (true) / retired (false).
   */
  @GetMapping
  List<RewardFormView> list(@RequestParam(required = false) Track track,
      @RequestParam(required = false) NomineeKind nomineeKind, @RequestParam(required = false) Boolean active) {
    return catalogue.search(track, nomineeKind, active);
  }

  /** One form by its code; 404 if there is none. */
  @GetMapping("/{code}")
  RewardFormView get(@PathVariable String code) {
    return catalogue.get(code);
  }

  /** Adds a form: 201 with Location; 400 for invalid data; 409 if the code is taken. */
  @PostMapping
  @PreAuthorize(Groups.ORGANIZATION_BOARD_OR_ADMIN)
  ResponseEntity<RewardFormView> create(@RequestBody RewardFormRequest request) {
    RewardFormView created = editor.create(request);
    return ResponseEntity.created(URI.create("/api/reward-forms/" + created.code())).body(created);
  }

  /** Changes a form (the code stays); send the {@code version} read: 409 if someone changed it since. */
  @PutMapping("/{code}")
  @PreAuthorize(Groups.ORGANIZATION_BOARD_OR_ADMIN)
  RewardFormView update(@PathVariable String code, @RequestBody RewardFormRequest request) {
    return editor.update(code, request);
  }
}
