package vn.thidua.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The vote's thresholds are fractions read exactly; one that makes no sense stops start-up saying why. */
class VotePropertiesTest {

  @Configuration
  @EnableConfigurationProperties(VoteProperties.class)
  static class VoteSettings {
  }

  private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(VoteSettings.class);

  @Test
  void withoutSettings_fiveWorkingDays_moreThanHalfToApprove_twoThirdsToVote() {
    context.run(started -> {
      VoteProperties vote = started.getBean(VoteProperties.class);
      assertThat(vote.deadlineWorkingDays()).isEqualTo(5);
      assertThat(vote.approvalShare()).isEqualTo(new Share(1, 2));
      assertThat(vote.quorumShare()).isEqualTo(new Share(2, 3));
    });
  }

  @Test
  void sharesAreConfigurableAsFractions() {
    context.withPropertyValues("thidua.vote.approval-share= 2 / 3 ", "thidua.vote.quorum-share=3/4",
        "thidua.vote.deadline-working-days=3").run(started -> {
          VoteProperties vote = started.getBean(VoteProperties.class);
          assertThat(vote.approvalShare()).isEqualTo(new Share(2, 3));
          assertThat(vote.quorumShare()).isEqualTo(new Share(3, 4));
          assertThat(vote.deadlineWorkingDays()).isEqualTo(3);
        });
  }

  @Test
  void aShareThatIsNoFractionStopsStartUp() {
    context.withPropertyValues("thidua.vote.quorum-share=0.66").run(started -> assertThat(started).hasFailed()
        .getFailure().rootCause().hasMessageContaining("không đúng dạng phân số"));
  }

  @Test
  void aShareAboveOneStopsStartUp() {
    context.withPropertyValues("thidua.vote.quorum-share=3/2").run(started -> assertThat(started).hasFailed()
        .getFailure().rootCause().hasMessageContaining("từ 0 đến 1"));
  }

  @Test
  void approvingByMoreThanEveryoneOrAQuorumOfNobodyStopsStartUp() {
    context.withPropertyValues("thidua.vote.approval-share=1/1").run(started -> assertThat(started).hasFailed()
        .getFailure().rootCause().hasMessageContaining("approval-share phải nhỏ hơn 1"));
    context.withPropertyValues("thidua.vote.quorum-share=0/3").run(started -> assertThat(started).hasFailed()
        .getFailure().rootCause().hasMessageContaining("quorum-share phải lớn hơn 0"));
    context.withPropertyValues("thidua.vote.deadline-working-days=0").run(started -> assertThat(started).hasFailed()
        .getFailure().rootCause().hasMessageContaining("deadline-working-days"));
  }

  @Test
  void comparisonsAreExactIntegerArithmetic() {
    Share half = Share.valueOf("1/2");
    assertThat(half.exceededBy(7, 13)).isTrue();
    assertThat(half.exceededBy(6, 13)).isFalse();
    assertThat(Share.valueOf("2/3").reachedBy(9, 13)).isTrue();
    assertThat(Share.valueOf("2/3").reachedBy(8, 13)).isFalse();
    assertThatThrownBy(() -> Share.valueOf("1/0")).hasMessageContaining("từ 0 đến 1");
  }
}
