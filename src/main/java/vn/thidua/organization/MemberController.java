package vn.thidua.organization;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
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

import jakarta.validation.Valid;
import vn.thidua.security.Groups;

/**
 * Members (cán bộ, đảng viên) of the units. Any signed-in user reads them; only Ban Tổ chức and
 * administrators change them. A member with a username is a Camunda user whose groups follow from
 * the unit and the roles.
 */
@RestController
@RequestMapping("/api/members")
class MemberController {

  /** The answer to a successful import. */
  record ImportAccepted(String message, int imported) {
  }

  /** The answer to a rejected import: nothing was imported. */
  record ImportRejected(String message, List<MemberCsvImport.LineError> errors) {
  }

  private final MemberService members;
  private final MemberCsvImport csvImport;

  MemberController(MemberService members, MemberCsvImport csvImport) {
    this.members = members;
    this.csvImport = csvImport;
  }

  /** Lists members, optionally of one unit ({@code unitCode}) and/or with one role ({@code role}). */
  @GetMapping
  public List<MemberResponse> list(@RequestParam(required = false) String unitCode,
      @RequestParam(required = false) Role role) {
    return members.list(unitCode, role);
  }

  /** One member; 404 if there is none with this id. */
  @GetMapping("/{id}")
  public MemberResponse get(@PathVariable Long id) {
    return members.get(id);
  }

  /**
   * Registers a member; with a username, also the Camunda user (random password, set by the
   * administrator in Camunda Admin) and its group memberships. 201 with Location; 400 for invalid
   * data or an unknown unit code; 409 if the username is taken.
   */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize(Groups.ORGANIZATION_BOARD_OR_ADMIN)
  public ResponseEntity<MemberResponse> create(@Valid @RequestBody MemberRequest request) {
    MemberResponse created = members.create(request);
    URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(created.id()).toUri();
    return ResponseEntity.created(location).body(created);
  }

  /**
   * Changes a member: moving to another unit or changing roles moves the Camunda memberships. Send
   * the {@code version} read: 409 if someone changed it since.
   */
  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @PreAuthorize(Groups.ORGANIZATION_BOARD_OR_ADMIN)
  public MemberResponse update(@PathVariable Long id, @Valid @RequestBody MemberRequest request) {
    return members.update(id, request);
  }

  /**
   * Imports members from a CSV file uploaded as multipart field {@code file}. UTF-8, header
   * {@code fullName,position,unitCode,partyMember,username,email,roles}, roles separated by {@code ;}.
   * All or nothing: 200 with the count, or 400 with {@code [{line, message}]} and nothing imported.
   */
  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize(Groups.ORGANIZATION_BOARD_OR_ADMIN)
  public ResponseEntity<Object> importFile(@RequestParam("file") MultipartFile file) throws IOException {
    return answer(csvImport.importCsv(file.getBytes()));
  }

  /** The same import with the CSV as the request body ({@code Content-Type: text/csv}). */
  @PostMapping(path = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
  @PreAuthorize(Groups.ORGANIZATION_BOARD_OR_ADMIN)
  public ResponseEntity<Object> importBody(@RequestBody(required = false) byte[] body) {
    return answer(csvImport.importCsv(body == null ? new byte[0] : body));
  }

  private static ResponseEntity<Object> answer(MemberCsvImport.Outcome outcome) {
    if (outcome.accepted()) {
      return ResponseEntity.ok(new ImportAccepted("Đã nhập " + outcome.imported() + " cán bộ, đảng viên",
          outcome.imported()));
    }
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(new ImportRejected(
        "Tệp có dòng không hợp lệ; chưa nhập dòng nào", outcome.errors()));
  }
}
