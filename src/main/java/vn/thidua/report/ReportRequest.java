package vn.thidua.report;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What a unit saves of its results report: the narrative and, in the order of its pledged
 * targets, what it achieved. A draft may be incomplete; submitting checks it is complete.
 */
public record ReportRequest(
    @Size(max = 20000, message = "Báo cáo tóm tắt tối đa 20.000 ký tự") String narrative,
    @NotNull(message = "Thiếu kết quả các chỉ tiêu")
    List<@Valid @NotNull(message = "Kết quả trống") ResultRequest> results,
    @NotNull(message = "Thiếu phiên bản dữ liệu (version) đã đọc") Integer version) {

  public record ResultRequest(
      @PositiveOrZero(message = "Kết quả đạt được không được âm")
      @Digits(integer = 16, fraction = 2, message = "Kết quả tối đa 16 chữ số và 2 chữ số thập phân")
      BigDecimal achievedQuantity,
      SelfAssessment selfAssessment,
      @Size(max = 2000, message = "Ghi chú tối đa 2.000 ký tự") String note) {
  }
}
