package vn.thidua.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.decision.DecisionStatus.ANSWERED;
import static vn.thidua.decision.DecisionStatus.AWAITING_ORGANISATION;
import static vn.thidua.decision.DecisionStatus.AWAITING_SIGNATURE;
import static vn.thidua.decision.DecisionStatus.FORWARDED;
import static vn.thidua.decision.DecisionStatus.FORWARDING;
import static vn.thidua.decision.DecisionStatus.ISSUED;
import static vn.thidua.decision.DecisionStatus.PREPARED;
import static vn.thidua.decision.DecisionStatus.RECORDED;
import static vn.thidua.decision.DecisionStatus.REFUSED;
import static vn.thidua.decision.DecisionStatus.SIGNED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.util.ReflectionTestUtils;

import vn.thidua.catalogue.DecidingAuthority;

/**
 * A reward decision is signed only while its draft awaits signature, refused only then, revised only once
 * refused, issued only once signed; a submission upward is sent once and answered once sent; a mass
 * organisation's decision is recorded once. Every other move is refused and changes nothing.
 */
class RewardDecisionTransitionsTest {

  private static final Instant NOW = Instant.parse("2028-02-01T02:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2028, 2, 1);

  /** The moves of a decision: who decides it, the move, where it leads and where it may start. */
  enum Move {
    DRAFT(DecidingAuthority.PARTY_COMMITTEE, decision -> decision.drafted(7L), AWAITING_SIGNATURE, PREPARED,
        AWAITING_SIGNATURE),
    SIGN(DecidingAuthority.PARTY_COMMITTEE, decision -> decision.signed("bithu", "Nguyễn Văn Bình", "BÍ THƯ", NOW),
        SIGNED, AWAITING_SIGNATURE),
    REFUSE(DecidingAuthority.PARTY_COMMITTEE, decision -> decision.refused("Sửa trích yếu"), REFUSED,
        AWAITING_SIGNATURE),
    REVISE(DecidingAuthority.PARTY_COMMITTEE, decision -> decision.revised("Về việc khen thưởng"), PREPARED, REFUSED),
    ISSUE(DecidingAuthority.PEOPLES_COMMITTEE_CHAIR,
        decision -> decision.issued("128/QĐ-UBND", 128, TODAY, "vpubnd.canbo", NOW), ISSUED, SIGNED),
    FORWARD(DecidingAuthority.PROVINCE, decision -> decision.forwarded("45-TTr/HU", TODAY), FORWARDED, FORWARDING),
    RECORD_SUPERIOR_ANSWER(DecidingAuthority.PROVINCE,
        decision -> decision.answered("2010-QĐ/TU", TODAY, null, "btc.canbo", NOW), ANSWERED, FORWARDED),
    RECORD_ORGANISATION_DECISION(DecidingAuthority.MASS_ORGANIZATION,
        decision -> decision.answered("12/QĐ-HPN", TODAY, null, "binhchanh.canbo", NOW), RECORDED,
        AWAITING_ORGANISATION);

    final DecidingAuthority authority;
    final Consumer<RewardDecision> action;
    final DecisionStatus target;
    final Set<DecisionStatus> from;

    Move(DecidingAuthority authority, Consumer<RewardDecision> action, DecisionStatus target, DecisionStatus first,
        DecisionStatus... more) {
      this.authority = authority;
      this.action = action;
      this.target = target;
      this.from = EnumSet.of(first, more);
    }
  }

  static Stream<Arguments> legalMoves() {
    return Arrays.stream(Move.values()).flatMap(move -> move.from.stream().map(from -> Arguments.of(move, from)));
  }

  static Stream<Arguments> illegalMoves() {
    return Arrays.stream(Move.values())
        .flatMap(move -> EnumSet.complementOf(EnumSet.copyOf(move.from)).stream().map(from -> Arguments.of(move, from)));
  }

  @ParameterizedTest(name = "{0} from {1}")
  @MethodSource("legalMoves")
  void aMoveFromTheStateThatAllowsItIsMade(Move move, DecisionStatus from) {
    RewardDecision decision = decisionIn(move.authority, from);

    move.action.accept(decision);

    assertThat(decision.getStatus()).isEqualTo(move.target);
  }

  @ParameterizedTest(name = "{0} from {1}")
  @MethodSource("illegalMoves")
  void anyOtherMoveIsRefusedAndTheDecisionStaysAsItWas(Move move, DecisionStatus from) {
    RewardDecision decision = decisionIn(move.authority, from);
    String subject = decision.getSubject();

    assertThatThrownBy(() -> move.action.accept(decision))
        .isInstanceOfSatisfying(IllegalDecisionTransition.class, refused -> {
          assertThat(refused.current()).isEqualTo(from);
          assertThat(refused.requested()).isEqualTo(move.target);
        });
    assertThat(decision.getStatus()).isEqualTo(from);
    assertThat(decision.getSubject()).isEqualTo(subject);
    assertThat(decision.getDecisionNumber()).isNull();
    assertThat(decision.getRefusalCount()).isZero();
  }

  @Test
  void aDecisionAlreadyIssuedCannotBeIssuedAgain_theRefusalSaysWhyInVietnamese() {
    RewardDecision decision = decisionIn(DecidingAuthority.PARTY_COMMITTEE, SIGNED);
    decision.issued("15-QĐ/HU", 15, TODAY, "vp.canbo", NOW);

    assertThatThrownBy(() -> decision.issued("16-QĐ/HU", 16, TODAY, "vp.canbo", NOW))
        .hasMessage("Quyết định khen thưởng đợt 1 của Ban Thường vụ Huyện ủy đang ở trạng thái \"Đã ban hành\", "
            + "không thể chuyển sang \"Đã ban hành\".");
    assertThat(decision.getDecisionNumber()).isEqualTo("15-QĐ/HU");
  }

  @Test
  void aRefusedDraftIsRevisedDraftedAgainAndThenSigned() {
    RewardDecision decision = decisionIn(DecidingAuthority.PARTY_COMMITTEE, PREPARED);

    decision.drafted(1L);
    decision.refused("Bỏ một người chưa đủ tiêu chuẩn");
    decision.revised("Về việc khen thưởng (đã chỉnh sửa)");
    decision.drafted(2L);
    decision.signed("bithu", "Nguyễn Văn Bình", "BÍ THƯ", NOW);

    assertThat(decision.getStatus()).isEqualTo(SIGNED);
    assertThat(decision.getRefusalCount()).isEqualTo(1);
    assertThat(decision.getDraftDocumentId()).isEqualTo(2L);
  }

  private static RewardDecision decisionIn(DecidingAuthority authority, DecisionStatus status) {
    RewardDecision decision = new RewardDecision("campaign-1", 1, authority,
        authority == DecidingAuthority.MASS_ORGANIZATION ? 9L : null, authority.name(), "Về việc khen thưởng",
        "Ban Thường vụ Huyện ủy", "process-1");
    ReflectionTestUtils.setField(decision, "status", status);
    return decision;
  }
}
