package vn.thidua.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignSummary;
import vn.thidua.catalogue.RewardCatalogue;
import vn.thidua.catalogue.RewardFormView;
import vn.thidua.web.ApiException;
import vn.thidua.web.ApiException.FieldError;

/**
 * The rules an award meets before it enters the registry, the same for a decision's award and a line
 * of an imported file: every broken rule against its field (the CSV column of the same name). The
 * nominee is checked by whoever resolved it.
 */
@Component
class AwardChecks {

  /** The Party's founding year: the oldest records an office may still transcribe (Huy hiệu Đảng...). */
  static final int FIRST_YEAR = 1930;
  static final int MAX_DECISION_NUMBER = 50;
  static final int MAX_DECIDED_BY = 200;

  /** The award's form when it is in the catalogue, and what is wrong with the award. */
  record Checked(RewardFormView form, List<FieldError> errors) {
  }

  private final RewardCatalogue catalogue;
  private final CampaignService campaigns;
  private final Clock clock;

  AwardChecks(RewardCatalogue catalogue, CampaignService campaigns, Clock clock) {
    this.catalogue = catalogue;
    this.campaigns = campaigns;
    this.clock = clock;
  }

  Checked check(NewAward award) {
    List<FieldError> errors = new ArrayList<>();
    LocalDate today = LocalDate.now(clock);
    // a retired form still names what was awarded before it was retired
    Optional<RewardFormView> form = catalogue.find(award.rewardFormCode());
    if (award.rewardFormCode() == null) {
      errors.add(new FieldError("rewardFormCode", "Chưa nhập mã hình thức khen thưởng"));
    } else if (form.isEmpty()) {
      errors.add(new FieldError("rewardFormCode", "Hình thức \"" + award.rewardFormCode()
          + "\" không có trong danh mục khen thưởng"));
    } else if (award.nomineeKind() != null && !form.get().nomineeScope().allows(award.nomineeKind())) {
      errors.add(new FieldError("rewardFormCode", "Hình thức \"" + form.get().name() + "\" không dành cho "
          + award.nomineeKind().label().toLowerCase(Locale.ROOT)));
    }
    boolean yearValid = false;
    if (award.year() == null) {
      errors.add(new FieldError("year", "Chưa nhập năm khen thưởng"));
    } else if (award.year() < FIRST_YEAR || award.year() > today.getYear()) {
      errors.add(new FieldError("year", "Năm khen thưởng phải từ " + FIRST_YEAR + " đến " + today.getYear()));
    } else {
      yearValid = true;
    }
    if (award.decisionNumber() == null) {
      errors.add(new FieldError("decisionNumber", "Chưa nhập số quyết định (ví dụ 15-QĐ/HU)"));
    } else if (award.decisionNumber().length() > MAX_DECISION_NUMBER) {
      errors.add(new FieldError("decisionNumber", "Số quyết định dài tối đa " + MAX_DECISION_NUMBER + " ký tự"));
    }
    if (award.decisionDate() == null) {
      errors.add(new FieldError("decisionDate", "Chưa nhập ngày quyết định"));
    } else if (award.decisionDate().isAfter(today)) {
      errors.add(new FieldError("decisionDate", "Ngày quyết định không được sau hôm nay"));
    } else if (yearValid && award.decisionDate().getYear() < award.year()) {
      errors.add(new FieldError("decisionDate", "Khen thưởng năm " + award.year()
          + " không thể có quyết định ký trước năm đó"));
    }
    if (award.decidedBy() == null) {
      errors.add(new FieldError("decidedBy", "Chưa nhập cấp quyết định (ví dụ Ban Thường vụ Huyện ủy)"));
    } else if (award.decidedBy().length() > MAX_DECIDED_BY) {
      errors.add(new FieldError("decidedBy", "Cấp quyết định dài tối đa " + MAX_DECIDED_BY + " ký tự"));
    }
    if (award.money() != null && award.money() < 0) {
      errors.add(new FieldError("money", "Tiền thưởng không được âm"));
    }
    if (award.source() == null) {
      errors.add(new FieldError("source", "Chưa ghi nguồn của khen thưởng"));
    }
    checkCampaign(award, errors);
    return new Checked(form.orElse(null), errors);
  }

  private void checkCampaign(NewAward award, List<FieldError> errors) {
    if (award.campaignId() == null) {
      if (award.phaseNumber() != null) {
        errors.add(new FieldError("phaseNumber", "Đợt thi đua chỉ ghi kèm phong trào (campaignId)"));
      }
      return;
    }
    CampaignSummary campaign;
    // an unknown campaign always ends in 400, so the caller's transaction is rolled back either way
    try {
      campaign = campaigns.summary(award.campaignId());
    } catch (ApiException notFound) {
      errors.add(new FieldError("campaignId", "Không tìm thấy phong trào " + award.campaignId()));
      return;
    }
    if (award.phaseNumber() != null && campaign.phase(award.phaseNumber()).isEmpty()) {
      errors.add(new FieldError("phaseNumber", "Phong trào " + campaign.planNumber() + " không có đợt "
          + award.phaseNumber()));
    }
  }
}
