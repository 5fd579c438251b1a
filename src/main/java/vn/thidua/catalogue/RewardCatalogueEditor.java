package vn.thidua.catalogue;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.web.ApiException;

/** Ban Tổ chức's changes to the catalogue: new forms, corrections, retirement (active = false). */
@Service
@Transactional
class RewardCatalogueEditor {

  private static final int SORT_ORDER_STEP = 10;

  private final RewardFormRepository forms;
  private final RewardFormMapper mapper;
  private final RewardFormValidator validator;
  private final RewardMoneyProperties money;

  RewardCatalogueEditor(RewardFormRepository forms, RewardFormMapper mapper, RewardFormValidator validator,
      RewardMoneyProperties money) {
    this.forms = forms;
    this.mapper = mapper;
    this.validator = validator;
    this.money = money;
  }

  /** Adds a form; 400 for invalid data, 409 if the code is taken (retired forms keep theirs). */
  public RewardFormView create(RewardFormRequest request) {
    validator.checkNew(request);
    if (forms.existsById(request.code())) {
      throw ApiException.conflict("Mã hình thức khen thưởng \"" + request.code() + "\" đã được dùng");
    }
    RewardForm form = new RewardForm(request.code());
    form.setSortOrder(forms.maxSortOrder() + SORT_ORDER_STEP);
    mapper.update(request, form);
    return mapper.toView(forms.saveAndFlush(form), money);
  }

  /** Changes a form as read at {@code request.version()}; 409 if someone saved it since. */
  public RewardFormView update(String code, RewardFormRequest request) {
    RewardForm form = forms.findWithDocumentsByCode(code).orElseThrow(() -> RewardCatalogue.notFound(code));
    validator.checkChange(code, request);
    if (!request.version().equals(form.getVersion())) {
      throw new ObjectOptimisticLockingFailureException(RewardForm.class, code);
    }
    mapper.update(request, form);
    return mapper.toView(forms.saveAndFlush(form), money);
  }
}
