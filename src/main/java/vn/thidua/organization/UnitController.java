package vn.thidua.organization;

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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.validation.Valid;
import vn.thidua.security.Groups;

/**
 * The unit registry. Any signed-in user reads it; only Ban Tổ chức and administrators change it.
 * Errors come back as {@code {"message": "...", "errors": [{"field", "message"}]}} in Vietnamese.
 */
@RestController
@RequestMapping("/api/units")
class UnitController {

  private final UnitService units;

  UnitController(UnitService units) {
    this.units = units;
  }

  /** Lists every unit in the order registered, with its kind, parent, body and Camunda group. */
  @GetMapping
  public List<UnitResponse> list() {
    return units.list();
  }

  /** One unit; 404 if there is none with this id. */
  @GetMapping("/{id}")
  public UnitResponse get(@PathVariable Long id) {
    return units.get(id);
  }

  /**
   * Registers a unit and creates its Camunda group {@code don-vi-<code>}. 201 with Location; 400 for
   * invalid data or an unknown parent code; 409 if the code (or the body) is already taken.
   */
  @PostMapping
  @PreAuthorize(Groups.ORGANIZATION_BOARD_OR_ADMIN)
  public ResponseEntity<UnitResponse> create(@Valid @RequestBody UnitRequest request) {
    UnitResponse created = units.create(request);
    URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id()).toUri();
    return ResponseEntity.created(location).body(created);
  }

  /**
   * Changes a unit's name, kind, parent or body (its code stays: the Camunda group is named after it);
   * the group is renamed with the unit. Send the {@code version} read: 409 if someone changed it since.
   */
  @PutMapping("/{id}")
  @PreAuthorize(Groups.ORGANIZATION_BOARD_OR_ADMIN)
  public UnitResponse update(@PathVariable Long id, @Valid @RequestBody UnitRequest request) {
    return units.update(id, request);
  }
}
