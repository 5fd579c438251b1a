package vn.thidua.organization;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import vn.thidua.catalogue.NomineeKind;
import vn.thidua.web.ApiException.FieldError;

/**
 * Resolves a nominee as an officer names it: a collective by its unit code; an individual by member id
 * (checked against the unit code and name when given too), or by unit code and full name when exactly
 * one member of the unit bears it. Names compare letter for letter with their diacritics, ignoring case
 * and extra spaces. Remembers what it read, so use one finder per request or file.
 */
public final class NomineeFinder {

  /** The nominee found, or what is wrong with each field (nomineeKind, unitCode, memberId, memberName). */
  public record Result(Nominee nominee, List<FieldError> errors) {

    public Result {
      errors = List.copyOf(errors);
    }

    public boolean found() {
      return nominee != null;
    }
  }

  private final OrganizationService organization;
  private final Map<String, Optional<UnitSummary>> unitsByCode = new HashMap<>();
  private final Map<String, List<MemberSummary>> membersByUnitCode = new HashMap<>();

  NomineeFinder(OrganizationService organization) {
    this.organization = organization;
  }

  public Result resolve(NomineeKind kind, String unitCode, Long memberId, String memberName) {
    unitCode = blankToNull(unitCode);
    memberName = blankToNull(memberName);
    List<FieldError> errors = new ArrayList<>();
    if (kind == null) {
      errors.add(new FieldError("nomineeKind", "Chưa chọn đối tượng: COLLECTIVE (tập thể) hoặc INDIVIDUAL (cá nhân)"));
      return new Result(null, errors);
    }
    Nominee nominee = kind == NomineeKind.COLLECTIVE
        ? collective(unitCode, memberId, memberName, errors)
        : individual(unitCode, memberId, memberName, errors);
    return new Result(errors.isEmpty() ? nominee : null, errors);
  }

  private Nominee collective(String unitCode, Long memberId, String memberName, List<FieldError> errors) {
    if (memberId != null) {
      errors.add(new FieldError("memberId", "Đối tượng là tập thể: để trống mã cán bộ, đảng viên"));
    }
    if (memberName != null) {
      errors.add(new FieldError("memberName", "Đối tượng là tập thể: để trống họ tên cán bộ, đảng viên"));
    }
    if (unitCode == null) {
      errors.add(new FieldError("unitCode", "Chưa nhập mã đơn vị của tập thể"));
      return null;
    }
    Optional<UnitSummary> unit = unit(unitCode);
    if (unit.isEmpty()) {
      errors.add(unknownUnit(unitCode));
      return null;
    }
    return new Nominee(NomineeKind.COLLECTIVE, unit.get().id(), unit.get().name(), unit.get());
  }

  private Nominee individual(String unitCode, Long memberId, String memberName, List<FieldError> errors) {
    Optional<UnitSummary> namedUnit = unitCode == null ? Optional.empty() : unit(unitCode);
    if (unitCode != null && namedUnit.isEmpty()) {
      errors.add(unknownUnit(unitCode));
    }
    if (memberId != null) {
      return memberById(memberId, unitCode, namedUnit, memberName, errors);
    }
    if (unitCode == null || memberName == null) {
      errors.add(new FieldError("memberId",
          "Cần mã cán bộ, đảng viên (memberId), hoặc mã đơn vị và họ tên đầy đủ để xác định cá nhân"));
      return null;
    }
    if (namedUnit.isEmpty()) {
      return null;
    }
    UnitSummary unit = namedUnit.get();
    List<MemberSummary> sameName = members(unit.code()).stream()
        .filter(member -> sameName(member.fullName(), memberName)).toList();
    if (sameName.isEmpty()) {
      errors.add(new FieldError("memberName", "Không có cán bộ, đảng viên tên \"" + memberName + "\" trong " + unit.name()));
      return null;
    }
    if (sameName.size() > 1) {
      errors.add(new FieldError("memberName", unit.name() + " có " + sameName.size() + " người tên \"" + memberName
          + "\" (mã số " + sameName.stream().map(member -> String.valueOf(member.id())).collect(Collectors.joining(", "))
          + "); hãy ghi mã cán bộ, đảng viên (memberId)"));
      return null;
    }
    return new Nominee(NomineeKind.INDIVIDUAL, sameName.get(0).id(), sameName.get(0).fullName(), unit);
  }

  private Nominee memberById(long memberId, String unitCode, Optional<UnitSummary> namedUnit, String memberName,
      List<FieldError> errors) {
    Optional<MemberSummary> member = organization.findMember(memberId);
    if (member.isEmpty()) {
      errors.add(new FieldError("memberId", "Không tìm thấy cán bộ, đảng viên có mã số " + memberId));
      return null;
    }
    MemberSummary found = member.get();
    Optional<UnitSummary> unit = unit(found.unitCode());
    if (namedUnit.isPresent() && unit.isPresent() && !namedUnit.get().id().equals(unit.get().id())) {
      errors.add(new FieldError("unitCode", "Cán bộ, đảng viên mã số " + memberId + " (" + found.fullName()
          + ") thuộc " + unit.get().name() + " (" + unit.get().code() + "), không thuộc " + namedUnit.get().name()));
    }
    if (memberName != null && !sameName(found.fullName(), memberName)) {
      errors.add(new FieldError("memberName", "Mã số " + memberId + " là của \"" + found.fullName()
          + "\", không phải \"" + memberName + "\""));
    }
    return unit.map(home -> new Nominee(NomineeKind.INDIVIDUAL, found.id(), found.fullName(), home)).orElse(null);
  }

  private Optional<UnitSummary> unit(String code) {
    return unitsByCode.computeIfAbsent(code.toUpperCase(Locale.ROOT), key -> organization.findUnit(code));
  }

  private List<MemberSummary> members(String unitCode) {
    return membersByUnitCode.computeIfAbsent(unitCode.toUpperCase(Locale.ROOT), key -> organization.membersOfUnit(unitCode));
  }

  private static FieldError unknownUnit(String code) {
    return new FieldError("unitCode", "Không tìm thấy đơn vị có mã \"" + code + "\"");
  }

  static boolean sameName(String registered, String given) {
    return comparable(registered).equals(comparable(given));
  }

  private static String comparable(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
