package vn.thidua.pledge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** What a unit saves on its registration page: the whole registration, with the version it read. */
public record PledgeRequest(
    @NotBlank(message = "Cần nhập tóm tắt kế hoạch hưởng ứng")
    @Size(max = 4000, message = "Tóm tắt kế hoạch hưởng ứng tối đa 4.000 ký tự")
    String responsePlanSummary,
    @NotBlank(message = "Cần nêu các biện pháp thực hiện")
    @Size(max = 20000, message = "Biện pháp thực hiện tối đa 20.000 ký tự")
    String responseMeasures,
    @NotEmpty(message = "Cần ít nhất một chỉ tiêu thi đua")
    @Size(max = 200, message = "Tối đa 200 chỉ tiêu")
    List<@Valid @NotNull(message = "Chỉ tiêu trống") TargetRequest> targets,
    @NotEmpty(message = "Chọn ít nhất một danh hiệu đăng ký")
    List<@NotBlank(message = "Danh hiệu trống") String> titleCodes,
    @NotBlank(message = "Cần nhập người ký bản đăng ký")
    @Size(max = 200, message = "Tên người ký tối đa 200 ký tự")
    String signerName,
    @NotNull(message = "Cần nhập ngày ký")
    LocalDate signedOn,
    @NotNull(message = "Thiếu phiên bản dữ liệu (version) đã đọc")
    Integer version) {

  /** One target: under which content area, what, how much, in which unit of measure. */
  public record TargetRequest(
      @NotBlank(message = "Chọn nội dung thi đua") String contentAreaCode,
      @NotBlank(message = "Nhập chỉ tiêu") @Size(max = 2000, message = "Chỉ tiêu tối đa 2.000 ký tự") String target,
      @NotNull(message = "Nhập số lượng")
      @PositiveOrZero(message = "Số lượng không được âm")
      @Digits(integer = 16, fraction = 2, message = "Số lượng tối đa 16 chữ số và 2 chữ số thập phân")
      BigDecimal quantity,
      @NotBlank(message = "Nhập đơn vị tính") @Size(max = 100, message = "Đơn vị tính tối đa 100 ký tự")
      String unitOfMeasure) {

    public TargetRequest {
      contentAreaCode = strip(contentAreaCode);
      target = strip(target);
      unitOfMeasure = strip(unitOfMeasure);
    }
  }

  public PledgeRequest {
    responsePlanSummary = strip(responsePlanSummary);
    responseMeasures = strip(responseMeasures);
    signerName = strip(signerName);
  }

  private static String strip(String text) {
    return text == null ? null : text.strip();
  }
}
