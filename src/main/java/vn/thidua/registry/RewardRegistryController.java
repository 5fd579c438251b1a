package vn.thidua.registry;

import java.io.IOException;
import java.security.Principal;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.thidua.catalogue.NomineeKind;
import vn.thidua.catalogue.Track;
import vn.thidua.csv.CsvImportAnswers;
import vn.thidua.security.Groups;

/**
 * The reward registry (sổ khen thưởng). The overseeing bodies read every entry; a unit's officers read
 * those of their unit and its members. Ban Tổ chức and administrators import past awards; decisions add
 * theirs when issued; the body that decided an award revokes it. Decision numbers ({@code 15-QĐ/HU}) are values of the body or the file, never of the URL.
 */
@RestController
@RequestMapping("/api/rewards")
class RewardRegistryController {

  private final RewardRegistry registry;
  private final AwardCsvImport csvImport;
  private final AwardRevocations revocations;

  RewardRegistryController(RewardRegistry registry, AwardCsvImport csvImport, AwardRevocations revocations) {
    this.registry = registry;
    this.csvImport = csvImport;
    this.revocations = revocations;
  }

  /**
   * Awards newest first, optionally of one nominee ({@code nomineeKind} and {@code nomineeId}), one unit
   * ({@code unitCode}: the unit and its members), one {@code year}, one {@code form} code or one {@code track};
   * {@code revoked=true} lists the revoked awards only, {@code revoked=false} those that stand.
   */
  @GetMapping
  List<AwardView> list(@RequestParam(required = false) NomineeKind nomineeKind,
      @RequestParam(required = false) Long nomineeId, @RequestParam(required = false) String unitCode,
      @RequestParam(required = false) Integer year, @RequestParam(required = false) String form,
      @RequestParam(required = false) Track track, @RequestParam(required = false) Boolean revoked) {
    return registry.browse(new AwardFilter(nomineeKind, nomineeId, unitCode, year, form, track, revoked));
  }

  @GetMapping("/{id}")
  AwardView get(@PathVariable long id) {
    return registry.view(id);
  }

  /**
   * Revokes (thu hồi) an award: {@code {"reason", "legalGround", "decisionNumber"?, "revokedOn"?}}. Only the
   * body that decided it (or an administrator): 403 for anyone else, 400 for a missing or too long reason or
   * legal ground, 409 if it is already revoked, 404 if there is no such award. Answers the revoked award.
   */
  @PostMapping("/{id}/revocation")
  AwardView revoke(@PathVariable long id, @RequestBody(required = false) Revocation revocation) {
    return revocations.revoke(id, revocation == null ? Revocation.EMPTY : revocation);
  }

  /**
   * Imports past awards from a CSV file (multipart field {@code file}), UTF-8, header
   * {@code year,nomineeKind,unitCode,memberId,memberName,rewardFormCode,decisionNumber,decisionDate,decidedBy,money}.
   * All or nothing: 200 with the count, or 400 with {@code [{line, field, message}]} and nothing imported.
   */
  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize(Groups.ORGANIZATION_BOARD_OR_ADMIN)
  ResponseEntity<Object> importFile(@RequestParam("file") MultipartFile file, Principal principal) throws IOException {
    return CsvImportAnswers.answer(csvImport.importCsv(file.getBytes(), principal.getName()),
        "khen thưởng vào sổ khen thưởng");
  }

  /** The same import with the CSV as the request body ({@code Content-Type: text/csv}). */
  @PostMapping(path = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
  @PreAuthorize(Groups.ORGANIZATION_BOARD_OR_ADMIN)
  ResponseEntity<Object> importBody(@RequestBody(required = false) byte[] body, Principal principal) {
    return CsvImportAnswers.answer(csvImport.importCsv(body, principal.getName()), "khen thưởng vào sổ khen thưởng");
  }
}
