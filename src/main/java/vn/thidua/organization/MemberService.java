package vn.thidua.organization;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.web.ApiException;

/** Registers and changes members; accounts and memberships reach Camunda in the same transaction. */
@Service
@Transactional
class MemberService {

  private final MemberRepository members;
  private final UnitRepository units;
  private final MemberMapper mapper;
  private final IdentitySync identitySync;

  MemberService(MemberRepository members, UnitRepository units, MemberMapper mapper, IdentitySync identitySync) {
    this.members = members;
    this.units = units;
    this.mapper = mapper;
    this.identitySync = identitySync;
  }

  @Transactional(readOnly = true)
  public List<MemberResponse> list(String unitCode, Role role) {
    Stream<Member> found = unitCode == null || unitCode.isBlank()
        ? members.findAllByOrderByIdAsc().stream()
        : members.findByUnitOrderByIdAsc(unit("unitCode", unitCode.strip())).stream();
    return found.filter(member -> role == null || member.getRoles().contains(role)).map(mapper::toResponse).toList();
  }

  @Transactional(readOnly = true)
  public MemberResponse get(Long id) {
    return mapper.toResponse(find(id));
  }

  public MemberResponse create(MemberRequest request) {
    Unit unit = unit("unitCode", request.unitCode());
    if (request.username() != null && members.existsByUsernameIgnoreCase(request.username())) {
      throw usernameTaken(request.username());
    }
    Member member = new Member();
    mapper.update(request, member);
    member.setUnit(unit);
    members.saveAndFlush(member);
    identitySync.syncMember(member);
    return mapper.toResponse(member);
  }

  public MemberResponse update(Long id, MemberRequest request) {
    Member member = find(id);
    if (request.version() != null && request.version() != member.getVersion()) {
      throw new ObjectOptimisticLockingFailureException(Member.class, id);
    }
    Unit unit = unit("unitCode", request.unitCode());
    String oldUsername = member.getUsername();
    boolean usernameChanges = !Objects.equals(oldUsername, request.username());
    if (usernameChanges && request.username() != null
        && members.existsByUsernameIgnoreCaseAndIdNot(request.username(), id)) {
      throw usernameTaken(request.username());
    }
    mapper.update(request, member);
    member.setUnit(unit);
    members.saveAndFlush(member);
    if (usernameChanges) {
      identitySync.revokeManagedMemberships(oldUsername);
    }
    identitySync.syncMember(member);
    return mapper.toResponse(member);
  }

  Member find(Long id) {
    return members.findById(id)
        .orElseThrow(() -> ApiException.notFound("Không tìm thấy cán bộ, đảng viên có mã số " + id));
  }

  private Unit unit(String field, String code) {
    return units.findByCodeIgnoreCase(code)
        .orElseThrow(() -> ApiException.badRequest(field, "Không tìm thấy đơn vị có mã \"" + code + "\""));
  }

  private static ApiException usernameTaken(String username) {
    return ApiException.conflict("Tên đăng nhập \"" + username + "\" đã được dùng cho một người khác");
  }
}
