package vn.thidua.organization;

import java.util.List;
import java.util.Objects;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.web.ApiException;

/** Registers and changes units; every change reaches Camunda's groups in the same transaction. */
@Service
@Transactional
class UnitService {

  private final UnitRepository units;
  private final UnitMapper mapper;
  private final IdentitySync identitySync;

  UnitService(UnitRepository units, UnitMapper mapper, IdentitySync identitySync) {
    this.units = units;
    this.mapper = mapper;
    this.identitySync = identitySync;
  }

  @Transactional(readOnly = true)
  public List<UnitResponse> list() {
    return units.findAllByOrderByIdAsc().stream().map(mapper::toResponse).toList();
  }

  @Transactional(readOnly = true)
  public UnitResponse get(Long id) {
    return mapper.toResponse(find(id));
  }

  public UnitResponse create(UnitRequest request) {
    if (units.existsByCodeIgnoreCase(request.code())) {
      throw ApiException.conflict("Mã đơn vị \"" + request.code() + "\" đã được dùng cho một đơn vị khác");
    }
    Unit unit = new Unit();
    mapper.update(request, unit);
    unit.setParent(resolveParent(request.parentCode(), null));
    checkBodyFree(unit.getBodyGroup(), null);
    units.saveAndFlush(unit);
    identitySync.syncUnit(unit);
    return mapper.toResponse(unit);
  }

  public UnitResponse update(Long id, UnitRequest request) {
    Unit unit = find(id);
    if (request.version() != null && request.version() != unit.getVersion()) {
      throw new ObjectOptimisticLockingFailureException(Unit.class, id);
    }
    if (!unit.getCode().equalsIgnoreCase(request.code())) {
      throw ApiException.badRequest("code",
          "Không được đổi mã đơn vị (" + unit.getCode() + ") vì mã gắn với nhóm người dùng của đơn vị");
    }
    String code = unit.getCode();
    mapper.update(request, unit);
    unit.setCode(code);
    unit.setParent(resolveParent(request.parentCode(), unit));
    checkBodyFree(unit.getBodyGroup(), unit.getId());
    units.saveAndFlush(unit);
    identitySync.syncUnit(unit);
    return mapper.toResponse(unit);
  }

  Unit find(Long id) {
    return units.findById(id)
        .orElseThrow(() -> ApiException.notFound("Không tìm thấy đơn vị có mã số " + id));
  }

  private Unit resolveParent(String parentCode, Unit unit) {
    if (parentCode == null) {
      return null;
    }
    Unit parent = units.findByCodeIgnoreCase(parentCode).orElseThrow(() -> ApiException.badRequest("parentCode",
        "Không tìm thấy đơn vị cấp trên có mã \"" + parentCode + "\""));
    for (Unit above = parent; unit != null && above != null; above = above.getParent()) {
      if (Objects.equals(above.getId(), unit.getId())) {
        throw ApiException.badRequest("parentCode",
            "Đơn vị cấp trên không được là chính đơn vị này hoặc một đơn vị cấp dưới của nó");
      }
    }
    return parent;
  }

  private void checkBodyFree(Body body, Long unitId) {
    if (body == null) {
      return;
    }
    units.findByBodyGroup(body).filter(other -> !Objects.equals(other.getId(), unitId)).ifPresent(other -> {
      throw ApiException.conflict("Cơ quan \"" + body.displayName() + "\" đã gắn với đơn vị " + other.getCode());
    });
  }
}
