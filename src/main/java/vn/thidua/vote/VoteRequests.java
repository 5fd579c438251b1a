package vn.thidua.vote;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the vote page saves. */
public final class VoteRequests {

  private VoteRequests() {
  }

  /** A member's ballots, one row per proposal (rows left out keep their ballot); {@code version} as read. */
  public record Ballots(
      @NotNull(message = "Thiếu phiên bản dữ liệu (version) đã đọc") Integer version,
      @NotEmpty(message = "Chọn biểu quyết cho ít nhất một đề nghị") List<@Valid @NotNull BallotRow> ballots) {
  }

  public record BallotRow(
      @NotNull(message = "Thiếu mã đề nghị") Long proposalId,
      @NotNull(message = "Chọn Đồng ý, Không đồng ý hoặc Không biểu quyết") Choice choice) {
  }

  /** Thường trực's conclusion: which proposals go back to appraisal, each with its reason. */
  public record SendBacks(@NotNull(message = "Cần danh sách đề nghị") List<@Valid @NotNull SendBackRow> items) {
  }

  public record SendBackRow(
      @NotNull(message = "Thiếu mã đề nghị") Long proposalId,
      @NotNull(message = "Chọn có trả lại để thẩm định lại hay không") Boolean sendBack,
      @Size(max = 4000, message = "Lý do tối đa 4.000 ký tự") String reason) {
  }
}
