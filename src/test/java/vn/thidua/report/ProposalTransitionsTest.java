package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.report.ProposalStatus.AGREED;
import static vn.thidua.report.ProposalStatus.APPROVED;
import static vn.thidua.report.ProposalStatus.DECIDED;
import static vn.thidua.report.ProposalStatus.DECIDED_BY_ORGANISATION;
import static vn.thidua.report.ProposalStatus.DRAFT;
import static vn.thidua.report.ProposalStatus.FORWARDED;
import static vn.thidua.report.ProposalStatus.IN_APPRAISAL;
import static vn.thidua.report.ProposalStatus.NOT_AGREED;
import static vn.thidua.report.ProposalStatus.NOT_APPROVED;
import static vn.thidua.report.ProposalStatus.NOT_DECIDED_BY_SUPERIOR;
import static vn.thidua.report.ProposalStatus.NOT_SUBMITTED;
import static vn.thidua.report.ProposalStatus.SENT_BACK;
import static vn.thidua.report.ProposalStatus.SUBMITTED;
import static vn.thidua.report.ProposalStatus.SUPPLEMENT_REQUESTED;
import static vn.thidua.report.ProposalStatus.WITHDRAWN;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * A proposal's status has one owner: each named move is allowed from the states the processes move it from
 * (submission, appraisal rounds, supplements, posting, the vote, decisions, the superior level's answer),
 * repeating a move is harmless, and every other move is refused.
 */
class ProposalTransitionsTest {

  /** The transition table as the processes use it: the move, where it leads, where it may start. */
  enum Move {
    SUBMIT(Proposal::submitted, SUBMITTED, DRAFT),
    RECORD_NOT_SUBMITTED(Proposal::notSubmitted, NOT_SUBMITTED, DRAFT),
    APPRAISE(Proposal::inAppraisal, IN_APPRAISAL, SUBMITTED, SUPPLEMENT_REQUESTED, SENT_BACK),
    REQUEST_SUPPLEMENT(Proposal::supplementRequested, SUPPLEMENT_REQUESTED, IN_APPRAISAL),
    AGREE_AT_APPRAISAL(Proposal::agreedAtAppraisal, AGREED, IN_APPRAISAL),
    DISAGREE_AT_APPRAISAL(Proposal::notAgreedAtAppraisal, NOT_AGREED, IN_APPRAISAL),
    WITHDRAW_AFTER_OBJECTION(Proposal::withdrawn, WITHDRAWN, AGREED),
    LEAVE_TO_ORGANISATION(Proposal::decidedByOrganisation, DECIDED_BY_ORGANISATION, SUBMITTED),
    APPROVE(Proposal::approved, APPROVED, AGREED),
    NOT_APPROVE(Proposal::notApproved, NOT_APPROVED, AGREED),
    SEND_BACK(Proposal::sentBack, SENT_BACK, AGREED),
    DROP_FROM_DECISION(Proposal::droppedFromDecision, NOT_APPROVED, APPROVED),
    FORWARD(Proposal::forwarded, FORWARDED, APPROVED),
    DECIDE(Proposal::decided, DECIDED, APPROVED, FORWARDED, DECIDED_BY_ORGANISATION),
    SUPERIOR_DOES_NOT_AWARD(Proposal::notAwardedBySuperior, NOT_DECIDED_BY_SUPERIOR, FORWARDED),
    ORGANISATION_DOES_NOT_AWARD(Proposal::notAwardedByOrganisation, NOT_APPROVED, DECIDED_BY_ORGANISATION);

    final Consumer<Proposal> action;
    final ProposalStatus target;
    final Set<ProposalStatus> from;

    Move(Consumer<Proposal> action, ProposalStatus target, ProposalStatus first, ProposalStatus... more) {
      this.action = action;
      this.target = target;
      this.from = EnumSet.of(first, more);
    }
  }

  static Stream<Arguments> legalMoves() {
    return Arrays.stream(Move.values())
        .flatMap(move -> move.from.stream().map(from -> Arguments.of(move, from)));
  }

  static Stream<Arguments> illegalMoves() {
    return Arrays.stream(Move.values())
        .flatMap(move -> EnumSet.complementOf(EnumSet.copyOf(move.from)).stream()
            .filter(from -> from != move.target)
            .map(from -> Arguments.of(move, from)));
  }

  @ParameterizedTest(name = "{0} from {1}")
  @MethodSource("legalMoves")
  void aMoveFromAStateTheProcessesLeaveItInIsMade(Move move, ProposalStatus from) {
    Proposal proposal = proposalIn(from);

    move.action.accept(proposal);

    assertThat(proposal.getStatus()).isEqualTo(move.target);
  }

  @ParameterizedTest
  @EnumSource(Move.class)
  void aRetriedStepRepeatingItsMoveChangesNothing(Move move) {
    Proposal proposal = proposalIn(move.target);

    move.action.accept(proposal);

    assertThat(proposal.getStatus()).isEqualTo(move.target);
  }

  @ParameterizedTest(name = "{0} from {1}")
  @MethodSource("illegalMoves")
  void anyOtherMoveIsRefusedAndTheProposalStaysWhereItWas(Move move, ProposalStatus from) {
    Proposal proposal = proposalIn(from);

    assertThatThrownBy(() -> move.action.accept(proposal))
        .isInstanceOfSatisfying(IllegalProposalTransition.class, refused -> {
          assertThat(refused.current()).isEqualTo(from);
          assertThat(refused.requested()).isEqualTo(move.target);
        });
    assertThat(proposal.getStatus()).isEqualTo(from);
  }

  @Test
  void theRefusalNamesTheProposalAndBothStatesInWordsPeopleRead() {
    Proposal draft = proposalIn(DRAFT);
    ReflectionTestUtils.setField(draft, "id", 42L);
    ReflectionTestUtils.setField(draft, "nomineeName", "Chi bộ Khu phố 3");

    assertThatThrownBy(draft::approved).hasMessage("Đề nghị khen thưởng số 42 (Chi bộ Khu phố 3) đang ở trạng thái "
        + "\"Nháp\", không thể chuyển sang \"Ban Thường vụ đồng ý\".");
  }

  @Test
  void aProposalSentBackByTheVoteGoesThroughAnotherRoundAndCanThenBeApproved() {
    Proposal proposal = proposalIn(DRAFT);

    proposal.submitted();
    proposal.inAppraisal();
    proposal.supplementRequested();
    proposal.inAppraisal();
    proposal.agreedAtAppraisal();
    proposal.sentBack();
    proposal.inAppraisal();
    proposal.agreedAtAppraisal();
    proposal.approved();
    proposal.forwarded();
    proposal.decided();

    assertThat(proposal.getStatus()).isEqualTo(DECIDED);
  }

  private static Proposal proposalIn(ProposalStatus status) {
    Proposal proposal = new Proposal(1L, 2L, "chauo.canbo", Instant.parse("2027-06-01T02:00:00Z"));
    ReflectionTestUtils.setField(proposal, "status", status);
    return proposal;
  }
}
