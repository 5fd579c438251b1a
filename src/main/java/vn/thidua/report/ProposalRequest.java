package vn.thidua.report;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import vn.thidua.catalogue.NomineeKind;
import vn.thidua.catalogue.Track;
import vn.thidua.rating.QualityRating;

/**
 * A reward proposal as a unit enters it. The nominee is the unit itself or a collective under it
 * ({@code nomineeUnitId}), or one of its members ({@code nomineeMemberId}).
 */
public record ProposalRequest(
    @NotNull(message = "Chọn đối tượng đề nghị: tập thể hay cá nhân") NomineeKind nomineeKind,
    Long nomineeUnitId,
    Long nomineeMemberId,
    @NotNull(message = "Chọn khối khen thưởng (Đảng, Nhà nước, đoàn thể)") Track track,
    @NotBlank(message = "Chọn hình thức khen thưởng") String rewardFormCode,
    @NotNull(message = "Chọn mức xếp loại chất lượng của năm") QualityRating declaredRating,
    @NotNull(message = "Nhập số năm liên tục hoàn thành xuất sắc nhiệm vụ (0 nếu không có)")
    @Min(value = 0, message = "Số năm liên tục không được âm")
    @Max(value = 60, message = "Số năm liên tục tối đa 60")
    Integer consecutiveExcellentYears,
    @NotBlank(message = "Nhập tóm tắt thành tích")
    @Size(max = 20000, message = "Tóm tắt thành tích tối đa 20.000 ký tự")
    String achievements,
    @PositiveOrZero(message = "Số thành viên không được âm") Integer memberCount,
    @PositiveOrZero(message = "Số thành viên hoàn thành nhiệm vụ không được âm") Integer membersCompletingTasks,
    @PositiveOrZero(message = "Số thành viên đạt \"Lao động tiên tiến\" không được âm") Integer membersAdvancedWorkers,
    @PositiveOrZero(message = "Số thành viên đạt \"Chiến sĩ thi đua cơ sở\" không được âm") Integer membersEmulationFighters,
    Integer version) {

  public ProposalRequest {
    rewardFormCode = rewardFormCode == null ? null : rewardFormCode.strip();
    achievements = achievements == null ? null : achievements.strip();
  }
}
