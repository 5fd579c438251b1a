package vn.thidua.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.web.ApiException;

/**
 * The reward catalogue as every other feature reads it: the one place that says which forms exist,
 * who may be nominated for each, who decides it, which dossier it needs and what money it carries.
 */
@Service
@Transactional(readOnly = true)
public class RewardCatalogue {

  private final RewardFormRepository forms;
  private final RewardFormMapper mapper;
  private final RewardMoneyProperties money;

  RewardCatalogue(RewardFormRepository forms, RewardFormMapper mapper, RewardMoneyProperties money) {
    this.forms = forms;
    this.mapper = mapper;
    this.money = money;
  }

  /** Every form, retired ones included, in the order people see them. */
  public List<RewardFormView> all() {
    return forms.findAllByOrderBySortOrderAscCodeAsc().stream().map(form -> mapper.toView(form, money)).toList();
  }

  /** The forms that may still be proposed. */
  public List<RewardFormView> active() {
    return all().stream().filter(RewardFormView::active).toList();
  }

  /**
   * The forms matching every filter given; a null filter matches everything. {@code nomineeKind}
   * keeps the forms whose scope allows that kind of nominee.
   */
  public List<RewardFormView> search(Track track, NomineeKind nomineeKind, Boolean active) {
    return all().stream()
        .filter(form -> track == null || form.track() == track)
        .filter(form -> nomineeKind == null || form.nomineeScope().allows(nomineeKind))
        .filter(form -> active == null || form.active() == active)
        .toList();
  }

  public Optional<RewardFormView> find(String code) {
    if (code == null) {
      return Optional.empty();
    }
    return forms.findWithDocumentsByCode(code).map(form -> mapper.toView(form, money));
  }

  /** The form with this code; 404 with a Vietnamese message when there is none. */
  public RewardFormView get(String code) {
    return find(code).orElseThrow(() -> notFound(code));
  }

  /** The active forms of that track a nominee of that kind may be proposed for. */
  public List<RewardFormView> allowed(Track track, NomineeKind nomineeKind) {
    return all().stream().filter(form -> form.allows(track, nomineeKind)).toList();
  }

  /** Whether a nominee of that kind may be proposed for the form on that track; false for unknown or retired forms. */
  public boolean allows(String code, Track track, NomineeKind nomineeKind) {
    return find(code).map(form -> form.allows(track, nomineeKind)).orElse(false);
  }

  /**
   * VND a nominee of that kind receives with the form: multiple × base salary, rounded up to the
   * configured step; 0 when the form carries no money for that kind. 404 for an unknown code.
   */
  public long rewardMoney(String code, NomineeKind nomineeKind) {
    return get(code).moneyFor(nomineeKind);
  }

  static ApiException notFound(String code) {
    return ApiException.notFound("Không tìm thấy hình thức khen thưởng có mã \"" + code + "\"");
  }
}
