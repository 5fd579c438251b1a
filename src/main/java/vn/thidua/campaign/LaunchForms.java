package vn.thidua.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** What each launch form submits, as MapStruct reads it from the task's variables, with its rules. */
final class LaunchForms {

  private LaunchForms() {
  }

  record CeremonyDocuments(
      @NotBlank(message = "Chưa nhập kịch bản Lễ phát động") String ceremonyScript,
      @NotBlank(message = "Chưa nhập Bản cam kết thi đua") String commitmentText,
      @NotBlank(message = "Chưa nhập bài diễn văn phát động") String speechText) {
  }

  record SpeechReview(
      @NotNull(message = "Chưa chọn kết quả thẩm định bài diễn văn")
      @Pattern(regexp = "ACCEPT|RETURN", message = "Kết quả thẩm định bài diễn văn không hợp lệ") String speechDecision,
      String speechRemarks) {

    boolean returned() {
      return "RETURN".equals(speechDecision);
    }

    @AssertTrue(message = "Khi trả lại bài diễn văn, cần ghi ý kiến chỉnh sửa")
    boolean isRemarksGivenWhenReturned() {
      return !returned() || speechRemarks != null;
    }
  }

  record Invitations(
      @NotNull(message = "Chưa nhập ngày phát hành giấy mời") LocalDate invitationDate,
      @NotBlank(message = "Chưa nhập danh sách đại biểu được mời") String guestList,
      String invitationNote) {
  }

  record BudgetLine(
      @NotBlank(message = "Dòng dự trù có số tiền nhưng chưa có nội dung chi") String description,
      @NotNull(message = "Dòng dự trù có nội dung chi nhưng chưa có số tiền")
      @PositiveOrZero(message = "Số tiền dự trù không được âm") BigDecimal amount) {
  }

  record BudgetEstimate(
      @NotEmpty(message = "Dự trù kinh phí cần ít nhất một nội dung chi") List<@Valid BudgetLine> lines,
      String budgetNote) {
  }

  record Presenter(
      @NotBlank(message = "Chưa nhập họ tên lãnh đạo trình bày") String presenterName,
      @NotBlank(message = "Chưa nhập chức vụ lãnh đạo trình bày") String presenterPosition,
      String presenterNote) {
  }

  record ResponseSpeech(
      @NotBlank(message = "Chưa nhập họ tên người phát biểu hưởng ứng") String responseSpeakerName,
      @NotBlank(message = "Chưa nhập chức vụ người phát biểu hưởng ứng") String responseSpeakerPosition,
      @NotBlank(message = "Chưa nhập bài phát biểu hưởng ứng") String responseSpeechText) {
  }

  record CommunicationPlan(
      @NotBlank(message = "Chưa nhập nội dung kế hoạch tuyên truyền") String communicationPlanSummary,
      List<String> communicationChannels,
      @NotNull(message = "Chưa nhập ngày bắt đầu tuyên truyền") LocalDate communicationStartDate,
      @NotNull(message = "Chưa nhập ngày kết thúc tuyên truyền") LocalDate communicationEndDate) {

    @AssertTrue(message = "Ngày kết thúc tuyên truyền phải sau ngày bắt đầu")
    boolean isEndAfterStart() {
      return communicationStartDate == null || communicationEndDate == null
          || !communicationEndDate.isBefore(communicationStartDate);
    }
  }

  record MobilizationPlan(
      @NotBlank(message = "Chưa nhập nội dung kế hoạch vận động") String mobilizationPlanSummary,
      String mobilizationTargetGroups) {
  }

  record Approval(
      @NotNull(message = "Chưa chọn Duyệt hay Trả lại")
      @Pattern(regexp = "APPROVE|RETURN", message = "Ý kiến duyệt không hợp lệ") String decision,
      @Pattern(regexp = "BUDGET|PROGRAMME", message = "Phần trả lại không hợp lệ") String returnTarget,
      @Size(max = 4000, message = "Lý do trả lại quá dài") String reason) {

    boolean returned() {
      return "RETURN".equals(decision);
    }

    @AssertTrue(message = "Khi trả lại, cần chọn phần trả lại (kinh phí hay chương trình) và ghi lý do")
    boolean isTargetAndReasonGivenWhenReturned() {
      return !returned() || (returnTarget != null && reason != null);
    }
  }

  record Ceremony(
      @NotNull(message = "Chưa nhập ngày tổ chức Lễ") LocalDate ceremonyDate,
      @NotBlank(message = "Chưa nhập địa điểm tổ chức Lễ") String ceremonyPlace,
      @NotNull(message = "Chưa nhập số đại biểu dự") @Min(value = 1, message = "Số đại biểu dự phải lớn hơn 0")
      Integer attendeeCount,
      String attendeesNote,
      List<String> signedUnitCodes,
      String ceremonyNote) {
  }

  record Settlement(
      List<@NotNull(message = "Chưa nhập số tiền thực chi của một nội dung")
      @PositiveOrZero(message = "Số tiền thực chi không được âm") BigDecimal> actualAmounts,
      String settlementNote) {
  }
}
