package vn.thidua.rating;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.springframework.http.MediaType;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.thidua.catalogue.NomineeKind;
import vn.thidua.csv.CsvImportAnswers;
import vn.thidua.security.Groups;

/**
 * Yearly quality ratings (xếp loại chất lượng) of units and members, recorded by Ban Tổ chức. Ban Tổ
 * chức, Thường trực, Ban Thường vụ (who vote on the nominees), Ủy ban Kiểm tra, Phòng Nội vụ, Hội đồng TĐKT
 * and administrators read them all ({@code UnitAccess}); a unit's officers read those of their unit and its members. Only Ban Tổ chức and administrators write.
 * Errors come back as {@code {"message", "errors": [{"field", "message"}]}} in Vietnamese.
 */
@RestController
@RequestMapping("/api/ratings")
class RatingController {

  private final RatingService ratings;
  private final RatingCsvImport csvImport;

  RatingController(RatingService ratings, RatingCsvImport csvImport) {
    this.ratings = ratings;
    this.csvImport = csvImport;
  }

  /** Ratings newest year first, optionally of one {@code year}, {@code nomineeKind}, unit ({@code unitCode}) or member. */
  @GetMapping
  List<RatingView> list(@RequestParam(required = false) Integer year,
      @RequestParam(required = false) NomineeKind nomineeKind, @RequestParam(required = false) String unitCode,
      @RequestParam(required = false) Long memberId) {
    return ratings.list(year, nomineeKind, unitCode, memberId);
  }

  @GetMapping("/{id}")
  RatingView get(@PathVariable long id) {
    return ratings.get(id);
  }

  /** Records a rating: 201 with Location; 400 per invalid field; 409 if the nominee is already rated that year. */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize(Groups.ORGANIZATION_BOARD_OR_ADMIN)
  ResponseEntity<RatingView> create(@RequestBody RatingRequest request, Principal principal) {
    RatingView created = ratings.create(request, principal.getName());
    URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id()).toUri();
    return ResponseEntity.created(location).body(created);
  }

  /** Corrects a rating; send the {@code version} read: 409 if someone changed it since. */
  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize(Groups.ORGANIZATION_BOARD_OR_ADMIN)
  RatingView update(@PathVariable long id, @RequestBody RatingRequest request, Principal principal) {
    return ratings.update(id, request, principal.getName());
  }

  /**
   * Imports ratings from a CSV file (multipart field {@code file}), UTF-8, header
   * {@code year,nomineeKind,unitCode,memberId,memberName,rating,score,note}. All or nothing: 200 with
   * the count, or 400 with {@code [{line, field, message}]} and nothing imported.
   */
  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize(Groups.ORGANIZATION_BOARD_OR_ADMIN)
  ResponseEntity<Object> importFile(@RequestParam("file") MultipartFile file, Principal principal) throws IOException {
    return CsvImportAnswers.answer(csvImport.importCsv(file.getBytes(), principal.getName()), "xếp loại chất lượng");
  }

  /** The same import with the CSV as the request body ({@code Content-Type: text/csv}). */
  @PostMapping(path = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
  @PreAuthorize(Groups.ORGANIZATION_BOARD_OR_ADMIN)
  ResponseEntity<Object> importBody(@RequestBody(required = false) byte[] body, Principal principal) {
    return CsvImportAnswers.answer(csvImport.importCsv(body, principal.getName()), "xếp loại chất lượng");
  }
}
