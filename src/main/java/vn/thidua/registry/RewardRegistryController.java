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
 * theirs when issued. Decision numbers ({@code 15-QĐ/HU}) are values of the body or the file, never of the URL.
 */
@RestController
@RequestMapping("/api/rewards")
class RewardRegistryController {

  private final RewardRegistry registry;
  private final AwardCsvImport csvImport;

  RewardRegistryController(RewardRegistry registry, AwardCsvImport csvImport) {
    this.registry = registry;
    this.csvImport = csvImport;
  }

  /**
   * Awards newest first, optionally of one nominee ({@code nomineeKind} and {@code nomineeId}), one unit
   * ({@code unitCode}: the unit and its members), one {@code year}, one {@code form} code or one {@code track}.
   */
  @GetMapping
  List<AwardView> list(@RequestParam(required = false) NomineeKind nomineeKind,
      @RequestParam(required = false) Long nomineeId, @RequestParam(required = false) String unitCode,
      @RequestParam(required = false) Integer year, @RequestParam(required = false) String form,
      @RequestParam(required = false) Track track) {
    return registry.browse(new AwardFilter(nomineeKind, nomineeId, unitCode, year, form, track));
  }

  @GetMapping("/{id}")
  AwardView get(@PathVariable long id) {
    return registry.view(id);
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
