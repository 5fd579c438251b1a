package vn.thidua.config;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Standing Committee's vote: how many working days members have to vote (each opening of the vote
 * counts anew), and the two thresholds over ALL members entitled to vote. A proposal is approved when the
 * members agreeing are more than {@code approvalShare} of them and the members with a ballot on it
 * (abstentions included) are at least {@code quorumShare} of them.
 */
@Validated
@ConfigurationProperties("thidua.vote")
public record VoteProperties(
    @Min(value = 1, message = "thidua.vote.deadline-working-days phải từ 1 ngày làm việc trở lên")
    @Max(value = 60, message = "thidua.vote.deadline-working-days tối đa 60 ngày làm việc")
    @DefaultValue("5")
    int deadlineWorkingDays,
    @NotNull(message = "Cần cấu hình thidua.vote.approval-share, ví dụ 1/2")
    @DefaultValue("1/2")
    Share approvalShare,
    @NotNull(message = "Cần cấu hình thidua.vote.quorum-share, ví dụ 2/3")
    @DefaultValue("2/3")
    Share quorumShare) {

  /** "More than all of them" could never be met. */
  @AssertTrue(message = "thidua.vote.approval-share phải nhỏ hơn 1, ví dụ 1/2")
  public boolean isApprovalShareBelowOne() {
    return approvalShare == null || approvalShare.numerator() < approvalShare.denominator();
  }

  /** A vote without any participation requirement would pass with nobody voting. */
  @AssertTrue(message = "thidua.vote.quorum-share phải lớn hơn 0, ví dụ 2/3")
  public boolean isQuorumShareAboveZero() {
    return quorumShare == null || quorumShare.numerator() > 0;
  }
}
