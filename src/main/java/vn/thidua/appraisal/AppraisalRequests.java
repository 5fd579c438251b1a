package vn.thidua.appraisal;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What each body saves on the appraisal page: one row per proposal, every row at once. */
public final class AppraisalRequests {

  private AppraisalRequests() {
  }

  /** Ủy ban Kiểm tra: for each nominee, whether discipline, an investigation or a complaint is pending. */
  public record Inspection(@NotEmpty(message = "Cần kết quả xác minh của từng người, tập thể được đề nghị")
      List<@Valid @NotNull InspectionRow> items) {
  }

  public record InspectionRow(
      @NotNull(message = "Thiếu mã đề nghị") Long itemId,
      @NotNull(message = "Chọn có hay không đang xem xét kỷ luật") Boolean disciplinePending,
      @NotNull(message = "Chọn có hay không đang bị thanh tra, kiểm tra, điều tra") Boolean investigationPending,
      @NotNull(message = "Chọn có hay không có đơn thư khiếu nại, tố cáo đang xác minh") Boolean complaintPending,
      @Size(max = 4000, message = "Ghi chú tối đa 4.000 ký tự") String note) {
  }

  /** The appraising body: a conclusion per proposal. */
  public record Conclusions(@NotEmpty(message = "Cần kết luận cho từng đề nghị") List<@Valid @NotNull ConclusionRow> items) {
  }

  public record ConclusionRow(
      @NotNull(message = "Thiếu mã đề nghị") Long itemId,
      @NotNull(message = "Chọn kết luận") Conclusion conclusion,
      String adjustedFormCode,
      @Size(max = 4000, message = "Nội dung tối đa 4.000 ký tự") String note) {
  }

  /** The council: its meeting and its result for each proposal the appraising body agreed. */
  public record Council(
      @NotNull(message = "Nhập ngày họp Hội đồng") LocalDate meetingDate,
      @NotBlank(message = "Nhập thành phần dự họp") @Size(max = 4000, message = "Thành phần dự họp tối đa 4.000 ký tự")
      String membersPresent,
      @NotEmpty(message = "Cần kết quả xét của Hội đồng cho từng đề nghị") List<@Valid @NotNull CouncilRow> items) {
  }

  public record CouncilRow(
      @NotNull(message = "Thiếu mã đề nghị") Long itemId,
      @NotNull(message = "Chọn kết quả xét") AppraisalItem.CouncilResult result,
      @Size(max = 4000, message = "Ghi chú tối đa 4.000 ký tự") String note) {
  }
}
