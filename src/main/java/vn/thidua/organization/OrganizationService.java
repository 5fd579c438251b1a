package vn.thidua.organization;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other features may read of the registry: units, members and the Camunda groups they map to. */
@Service
@Transactional(readOnly = true)
public class OrganizationService {

  private final UnitRepository units;
  private final MemberRepository members;
  private final UnitMapper unitMapper;
  private final MemberMapper memberMapper;

  OrganizationService(UnitRepository units, MemberRepository members, UnitMapper unitMapper,
      MemberMapper memberMapper) {
    this.units = units;
    this.members = members;
    this.unitMapper = unitMapper;
    this.memberMapper = memberMapper;
  }

  /** The unit with this code (case ignored). */
  public Optional<UnitSummary> findUnit(String code) {
    return code == null ? Optional.empty() : units.findByCodeIgnoreCase(code.strip()).map(unitMapper::toSummary);
  }

  /** The units with these codes, in the order given; codes not in the registry are left out. */
  public List<UnitSummary> findUnits(Collection<String> codes) {
    Map<String, UnitSummary> byCode = units.findAll().stream()
        .collect(Collectors.toMap(unit -> key(unit.getCode()), unitMapper::toSummary));
    return codes.stream().filter(Objects::nonNull).map(code -> byCode.get(key(code.strip())))
        .filter(Objects::nonNull).distinct().toList();
  }

  /** The unit with this id. */
  public Optional<UnitSummary> findUnit(long id) {
    return units.findById(id).map(unitMapper::toSummary);
  }

  /** The units directly under this one (e.g. the cells of a grassroots Party committee). */
  public List<UnitSummary> childUnits(long unitId) {
    return units.findByParentIdOrderByIdAsc(unitId).stream().map(unitMapper::toSummary).toList();
  }

  /** The member with this id. */
  public Optional<MemberSummary> findMember(long id) {
    return members.findById(id).map(memberMapper::toSummary);
  }

  /** The head of the unit ({@link Role#TRUONG_DON_VI}) who has a user account, if there is one. */
  public Optional<MemberSummary> unitHead(String unitCode) {
    return membersOfUnit(unitCode).stream()
        .filter(member -> member.roles().contains(Role.TRUONG_DON_VI) && member.username() != null)
        .findFirst();
  }

  /** Every unit, in the order they were registered. */
  public List<UnitSummary> allUnits() {
    return units.findAllByOrderByIdAsc().stream().map(unitMapper::toSummary).toList();
  }

  /** The unit that IS the given body (e.g. Ban Tổ chức), if registered. */
  public Optional<UnitSummary> findBodyUnit(Body body) {
    return units.findByBodyGroup(body).map(unitMapper::toSummary);
  }

  /** The member whose user account this is. */
  public Optional<MemberSummary> findMemberByUsername(String username) {
    return username == null ? Optional.empty() : members.findByUsername(username).map(memberMapper::toSummary);
  }

  /** Everyone with the role, e.g. the Standing Committee ({@link Role#UY_VIEN_BTV}) for a vote. */
  public List<MemberSummary> membersWithRole(Role role) {
    return members.findAllByOrderByIdAsc().stream().filter(member -> member.getRoles().contains(role))
        .map(memberMapper::toSummary).toList();
  }

  /** The members of a unit, e.g. to find its head ({@link Role#TRUONG_DON_VI}). */
  public List<MemberSummary> membersOfUnit(String unitCode) {
    return units.findByCodeIgnoreCase(unitCode).map(unit -> members.findByUnitOrderByIdAsc(unit).stream()
        .map(memberMapper::toSummary).toList()).orElse(List.of());
  }

  private static String key(String code) {
    return code.toUpperCase(Locale.ROOT);
  }
}
