package vn.thidua.vote;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.appraisal.AppraisalService;
import vn.thidua.calendar.WorkingDays;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignSummary;
import vn.thidua.config.VoteProperties;
import vn.thidua.form.FormValidationException;
import vn.thidua.notification.Notification;
import vn.thidua.notification.NotificationKind;
import vn.thidua.notification.NotificationService;
import vn.thidua.organization.MemberSummary;
import vn.thidua.organization.OrganizationService;
import vn.thidua.organization.Role;
import vn.thidua.process.ProcessTasks;
import vn.thidua.report.ProposalService;
import vn.thidua.report.ProposalStatus;
import vn.thidua.report.ProposalView;
import vn.thidua.report.ReportService;
import vn.thidua.report.ReportService.SubmittedReport;
import vn.thidua.security.CurrentUser;
import vn.thidua.web.ApiException;
import vn.thidua.web.ApiException.FieldError;

/**
 * The Standing Committee's vote on a phase's agreed proposals: who may vote, each member's own ballots,
 * the closing tally, re-openings, and Thường trực's conclusion. Ballots stay in this feature's tables: the
 * engine only learns whether the quorum was reached and whether anything was sent back.
 */
@Service
@Transactional
public class VoteService {

  static final String CAST_TASK = "Task_CastBallots";
  static final String CONCLUDE_TASK = "Task_ConcludeVote";
  static final String CHAIR_GROUP = "thuong-truc";
  static final String BOARD_GROUP = "ban-to-chuc";
  /** Besides the members themselves, who may read a closed vote's counts. */
  private static final String[] TALLY_READERS = {CHAIR_GROUP, BOARD_GROUP, "camunda-admin"};

  private final VoteRepository votes;
  private final VoterRepository voters;
  private final VoteItemRepository items;
  private final BallotRepository ballots;
  private final AppraisalService appraisals;
  private final ProposalService proposals;
  private final ReportService reports;
  private final OrganizationService organization;
  private final CampaignService campaigns;
  private final WorkingDays workingDays;
  private final CurrentUser currentUser;
  private final NotificationService notifications;
  private final TaskService taskService;
  private final EntityManager entityManager;
  private final Clock clock;
  private final Tally tally;
  private final VoteProperties properties;

  VoteService(VoteRepository votes, VoterRepository voters, VoteItemRepository items, BallotRepository ballots,
      AppraisalService appraisals, ProposalService proposals, ReportService reports, OrganizationService organization,
      CampaignService campaigns, WorkingDays workingDays, CurrentUser currentUser, NotificationService notifications,
      TaskService taskService, EntityManager entityManager, Clock clock, VoteProperties properties) {
    this.votes = votes;
    this.voters = voters;
    this.items = items;
    this.ballots = ballots;
    this.appraisals = appraisals;
    this.proposals = proposals;
    this.reports = reports;
    this.organization = organization;
    this.campaigns = campaigns;
    this.workingDays = workingDays;
    this.currentUser = currentUser;
    this.notifications = notifications;
    this.taskService = taskService;
    this.entityManager = entityManager;
    this.clock = clock;
    this.tally = new Tally(properties.approvalShare(), properties.quorumShare());
    this.properties = properties;
  }

  // --- the process's steps

  /**
   * Opens the vote of a review round on the proposals agreed after appraisal and still standing, for every
   * Standing Committee member with a user account; a retried job finds the vote it opened.
   */
  Vote open(String campaignId, int phaseNumber, int reviewRound, String processInstanceId) {
    Optional<Vote> existing = votes.findByCampaignIdAndPhaseNumberAndReviewRound(campaignId, phaseNumber, reviewRound);
    if (existing.isPresent()) {
      if (!processInstanceId.equals(existing.get().getProcessInstanceId())) {
        throw new IllegalStateException("Round " + reviewRound + " of phase " + phaseNumber + " is voted on by process"
            + " instance " + existing.get().getProcessInstanceId() + ", not " + processInstanceId);
      }
      return existing.get();
    }
    List<MemberSummary> committee = organization.membersWithRole(Role.UY_VIEN_BTV).stream()
        .filter(member -> member.username() != null && !member.username().isBlank()).toList();
    if (committee.isEmpty()) {
      // an incident in Cockpit: the registry must name the members before anyone can vote
      throw new IllegalStateException("Không có Ủy viên Ban Thường vụ nào có tài khoản người dùng để biểu quyết");
    }
    Vote vote = votes.save(new Vote(campaignId, phaseNumber, reviewRound, newDeadline(), processInstanceId,
        clock.instant()));
    committee.forEach(member -> voters.save(new Voter(vote.getId(), member.username(), member.id(), member.fullName())));
    appraisals.agreed(campaignId, phaseNumber).forEach(agreed -> items.save(new VoteItem(vote.getId(),
        agreed.proposal().id(), agreed.unitName(), agreed.formCode(), agreed.formName())));
    return vote;
  }

  /** The members who have not completed their task: all of them at first, the missing ones at a re-opening. */
  /** The vote a process instance opened: what its steps act on, whatever its variables say. */
  long voteOf(String processInstanceId) {
    return votes.findByProcessInstanceId(processInstanceId).orElseThrow(() -> new IllegalStateException(
        "Process instance " + processInstanceId + " has opened no vote")).getId();
  }

  List<String> pendingVoters(long voteId) {
    return voters.findByVoteIdOrderByIdAsc(voteId).stream().filter(voter -> voter.getCompletedAt() == null)
        .map(Voter::getUsername).toList();
  }

  /** A member completes the task: refused until the member has a ballot on every proposal. */
  void completeBallots(long voteId, String username) {
    Voter voter = voters.findByVoteIdAndUsername(voteId, username).orElseThrow(() -> new FormValidationException(
        "Đồng chí không có tên trong danh sách biểu quyết này."));
    Set<Long> cast = ballots.findByVoteIdAndVoter(voteId, username).stream().map(Ballot::getItemId)
        .collect(Collectors.toSet());
    long missing = items(voteId).stream().filter(item -> !cast.contains(item.getId())).count();
    if (missing > 0) {
      throw new FormValidationException("Đồng chí còn " + missing + " đề nghị chưa biểu quyết. Hãy bấm \"Mở trang "
          + "biểu quyết\", chọn Đồng ý, Không đồng ý hoặc Không biểu quyết cho từng đề nghị, Lưu, rồi quay lại "
          + "việc này và bấm Complete (Hoàn thành).");
    }
    voter.completed(clock.instant());
  }

  /** Every member voted, or the deadline passed: counts every proposal; true when each has its quorum. */
  boolean close(long voteId) {
    Vote vote = vote(voteId);
    int voterCount = voters.findByVoteIdOrderByIdAsc(voteId).size();
    Map<Long, List<Ballot>> byItem = ballots.findByVoteId(voteId).stream()
        .collect(Collectors.groupingBy(Ballot::getItemId));
    boolean quorum = true;
    for (VoteItem item : items(voteId)) {
      List<Ballot> cast = byItem.getOrDefault(item.getId(), List.of());
      Tally.Count count = new Tally.Count(voterCount, count(cast, Choice.AGREE), count(cast, Choice.DISAGREE),
          count(cast, Choice.ABSTAIN));
      boolean reached = tally.quorumReached(count);
      item.counted(count, reached, tally.outcome(count));
      quorum &= reached;
    }
    vote.close(clock.instant());
    return quorum;
  }

  /** How often the vote has been opened: 1, then one more for each re-opening. */
  int openings(long voteId) {
    return vote(voteId).getOpenings();
  }

  /** Opens the vote again with a new deadline, for the members who have not completed their task. */
  LocalDate reopen(long voteId) {
    Vote vote = vote(voteId);
    LocalDate deadline = newDeadline();
    vote.reopen(deadline);
    items(voteId).forEach(VoteItem::uncount);
    return deadline;
  }

  /** Thường trực decided not to wait longer: what lacks its quorum is not approved. */
  void recordWithoutQuorum(long voteId) {
    items(voteId).forEach(VoteItem::notApprovedForWantOfQuorum);
  }

  LocalDate deadline(long voteId) {
    return vote(voteId).getDeadline();
  }

  /** The counts and result of every proposal as text, for Thường trực's tasks (counts only). */
  String tallySummary(long voteId) {
    Map<Long, ProposalView> byId = proposalsOf(vote(voteId));
    int voterCount = voters.findByVoteIdOrderByIdAsc(voteId).size();
    List<VoteItem> all = items(voteId);
    if (all.isEmpty()) {
      return "Không có đề nghị nào trong lần biểu quyết này.";
    }
    return all.stream().map(item -> "- " + byId.get(item.getProposalId()).nomineeName() + " (" + item.getUnitName()
        + ") – " + item.getFormName() + ": " + item.getAgreeCount() + " đồng ý, " + item.getDisagreeCount()
        + " không đồng ý, " + item.getAbstainCount() + " không biểu quyết / " + voterCount + " thành viên → "
        + item.getOutcome().label()).collect(Collectors.joining("\n"));
  }

  /**
   * Thường trực completes "Kết luận xét duyệt": each proposal becomes approved, not approved or sent back
   * with its reason; the units and Ban Tổ chức are told of every proposal not approved or sent back.
   * True when any proposal was sent back for re-appraisal.
   */
  boolean conclude(long voteId, String by) {
    Vote vote = vote(voteId);
    if (vote.getStatus() != VoteStatus.CLOSED) {
      throw new FormValidationException("Biểu quyết chưa kết thúc, chưa kết luận được.");
    }
    Map<Long, ProposalView> byId = proposalsOf(vote);
    Map<Long, List<String>> toldByReport = new LinkedHashMap<>();
    boolean anySentBack = false;
    for (VoteItem item : items(voteId)) {
      item.notApprovedForWantOfQuorum();
      ProposalView proposal = byId.get(item.getProposalId());
      // a proposal withdrawn while the vote ran (an objection upheld) keeps its status
      if (proposal.status() != ProposalStatus.AGREED) {
        continue;
      }
      String line = proposal.nomineeName() + " – " + item.getFormName() + ": ";
      if (item.isSentBack()) {
        anySentBack = true;
        proposals.sentBack(proposal.id());
        toldByReport.computeIfAbsent(proposal.reportId(), id -> new ArrayList<>())
            .add(line + "trả lại để thẩm định lại – " + item.getSendBackReason());
      } else if (item.getOutcome().approved()) {
        proposals.approved(proposal.id());
      } else {
        proposals.notApproved(proposal.id());
        toldByReport.computeIfAbsent(proposal.reportId(), id -> new ArrayList<>())
            .add(line + item.getOutcome().label().toLowerCase() + " (" + item.getAgreeCount() + " đồng ý, "
                + item.getDisagreeCount() + " không đồng ý, " + item.getAbstainCount() + " không biểu quyết)");
      }
    }
    vote.conclude(by, clock.instant());
    toldByReport.forEach((reportId, lines) -> {
      SubmittedReport report = reports.submittedReport(reportId);
      notifications.send(new Notification(NotificationKind.RETURNED, Set.of(), Set.of(report.unitGroup(), BOARD_GROUP),
          null, "Kết quả xét duyệt của Ban Thường vụ", "Xét duyệt đề nghị khen thưởng – " + report.unitName()
              + " – Đợt " + vote.getPhaseNumber(), String.join("\n", lines), null));
    });
    return anySentBack;
  }

  // --- what people do on the vote page

  @Transactional(readOnly = true)
  public VoteView view(long voteId) {
    Vote vote = vote(voteId);
    checkRead(vote);
    return view(vote);
  }

  /** The caller's ballots while the vote is open: a member of this vote only, for the proposals of this vote. */
  public VoteView saveBallots(long voteId, VoteRequests.Ballots request) {
    Vote vote = vote(voteId);
    Voter voter = voters.findByVoteIdAndUsername(voteId, currentUser.username())
        .orElseThrow(() -> ApiException.forbidden("Chỉ Ủy viên Ban Thường vụ có tên trong danh sách mới biểu quyết"));
    if (!vote.isOpen()) {
      throw ApiException.conflict("Biểu quyết đã kết thúc, không thay đổi được phiếu");
    }
    if (request.version() != voter.getVersion()) {
      throw ApiException.conflict("Phiếu của đồng chí đã được lưu từ một trang khác. Vui lòng tải lại trang rồi "
          + "biểu quyết lại.");
    }
    Map<Long, VoteItem> byProposal = items(voteId).stream()
        .collect(Collectors.toMap(VoteItem::getProposalId, Function.identity()));
    List<FieldError> errors = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < request.ballots().size(); i++) {
      Long proposalId = request.ballots().get(i).proposalId();
      if (!byProposal.containsKey(proposalId)) {
        errors.add(new FieldError("ballots[" + i + "].proposalId", "Đề nghị " + proposalId
            + " không có trong danh sách biểu quyết này"));
      } else if (!seen.add(proposalId)) {
        errors.add(new FieldError("ballots[" + i + "].proposalId", "Đề nghị " + proposalId + " được chọn hai lần"));
      }
    }
    if (!errors.isEmpty()) {
      throw ApiException.badRequest("Dữ liệu không hợp lệ", errors);
    }
    Map<Long, Ballot> mine = ballots.findByVoteIdAndVoter(voteId, voter.getUsername()).stream()
        .collect(Collectors.toMap(Ballot::getItemId, Function.identity()));
    var now = clock.instant();
    for (VoteRequests.BallotRow row : request.ballots()) {
      VoteItem item = byProposal.get(row.proposalId());
      Ballot ballot = mine.get(item.getId());
      if (ballot == null) {
        ballots.save(new Ballot(voteId, item.getId(), voter.getUsername(), row.choice(), now));
      } else {
        ballot.change(row.choice(), now);
      }
    }
    voter.ballotsSaved(now);
    entityManager.lock(voter, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    entityManager.flush();
    return view(vote);
  }

  /** The counts of a closed vote: for Thường trực, Ban Tổ chức, administrators and the members. */
  @Transactional(readOnly = true)
  public List<VoteView.Item> tally(long voteId) {
    Vote vote = vote(voteId);
    checkRead(vote);
    if (vote.isOpen()) {
      throw ApiException.conflict("Biểu quyết chưa kết thúc: kết quả kiểm phiếu chỉ được xem sau khi kết thúc");
    }
    return view(vote).items();
  }

  /** Thường trực names the proposals sent back for re-appraisal, each with its reason, before concluding. */
  public VoteView saveSendBacks(long voteId, VoteRequests.SendBacks request) {
    Vote vote = vote(voteId);
    if (!currentUser.inGroup(CHAIR_GROUP)) {
      throw ApiException.forbidden("Kết luận xét duyệt do Thường trực thực hiện");
    }
    if (vote.getStatus() != VoteStatus.CLOSED || openTask(vote, CONCLUDE_TASK, null) == null) {
      throw ApiException.conflict("Chỉ trả lại đề nghị khi đang kết luận xét duyệt (trạng thái hiện tại: "
          + vote.getStatus().label() + ")");
    }
    Map<Long, VoteItem> byProposal = items(voteId).stream()
        .collect(Collectors.toMap(VoteItem::getProposalId, Function.identity()));
    List<FieldError> errors = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < request.items().size(); i++) {
      VoteRequests.SendBackRow row = request.items().get(i);
      if (!byProposal.containsKey(row.proposalId())) {
        errors.add(new FieldError("items[" + i + "].proposalId", "Đề nghị " + row.proposalId()
            + " không có trong danh sách biểu quyết này"));
      } else if (!seen.add(row.proposalId())) {
        errors.add(new FieldError("items[" + i + "].proposalId", "Đề nghị " + row.proposalId() + " được chọn hai lần"));
      }
      if (row.sendBack() && blank(row.reason())) {
        errors.add(new FieldError("items[" + i + "].reason", "Nêu lý do trả lại: Ban Tổ chức và đơn vị sẽ nhận "
            + "được lý do này"));
      }
    }
    if (!errors.isEmpty()) {
      throw ApiException.badRequest("Dữ liệu không hợp lệ", errors);
    }
    request.items().forEach(row -> byProposal.get(row.proposalId()).sendBack(row.sendBack() ? row.reason().strip()
        : null));
    return view(vote);
  }

  /**
   * Per proposal of the phase ever put to the vote, its latest round's result: approved or not, the counts,
   * whether it was sent back and why. Counts appear once that round's vote closed.
   */
  @Transactional(readOnly = true)
  public List<VoteOutcome> outcomes(String campaignId, int phaseNumber) {
    Map<Long, VoteOutcome> latest = new LinkedHashMap<>();
    for (Vote vote : votes.findByCampaignIdAndPhaseNumberOrderByReviewRoundAsc(campaignId, phaseNumber)) {
      int voterCount = voters.findByVoteIdOrderByIdAsc(vote.getId()).size();
      boolean concluded = vote.getStatus() == VoteStatus.CONCLUDED;
      for (VoteItem item : items(vote.getId())) {
        Outcome outcome = item.getOutcome();
        latest.remove(item.getProposalId());
        latest.put(item.getProposalId(), new VoteOutcome(item.getProposalId(), vote.getId(), vote.getReviewRound(),
            item.getUnitName(), item.getFormCode(), item.getFormName(), concluded,
            outcome == null ? null : outcome.approved(), outcome, outcome == null ? null : outcome.label(),
            item.getAgreeCount(), item.getDisagreeCount(), item.getAbstainCount(), voterCount, item.isSentBack(),
            item.getSendBackReason()));
      }
    }
    return List.copyOf(latest.values());
  }

  // --- helpers

  private VoteView view(Vote vote) {
    String me = currentUser.username();
    Optional<Voter> voter = me == null ? Optional.empty() : voters.findByVoteIdAndUsername(vote.getId(), me);
    Map<Long, Choice> myChoices = voter.isEmpty() ? Map.of()
        : ballots.findByVoteIdAndVoter(vote.getId(), me).stream()
            .collect(Collectors.toMap(Ballot::getItemId, Ballot::getChoice));
    int voterCount = voters.findByVoteIdOrderByIdAsc(vote.getId()).size();
    boolean tallyVisible = !vote.isOpen();
    Map<Long, ProposalView> byId = proposalsOf(vote);
    List<VoteView.Item> rows = items(vote.getId()).stream().map(item -> new VoteView.Item(item.getProposalId(),
        byId.get(item.getProposalId()), item.getUnitName(), item.getFormCode(), item.getFormName(),
        myChoices.get(item.getId()),
        tallyVisible && item.getOutcome() != null ? new VoteView.Tally(item.getAgreeCount(), item.getDisagreeCount(),
            item.getAbstainCount(), voterCount, Boolean.TRUE.equals(item.getQuorumReached()), item.getOutcome(),
            item.getOutcome().label()) : null,
        item.isSentBack(), item.getSendBackReason())).toList();
    Task myTask = voter.isPresent() ? openTask(vote, CAST_TASK, me) : null;
    Task conclusion = openTask(vote, CONCLUDE_TASK, null);
    boolean chair = currentUser.inGroup(CHAIR_GROUP);
    CampaignSummary campaign = campaigns.summary(vote.getCampaignId());
    return new VoteView(vote.getId(), vote.getCampaignId(), campaign.title(), campaign.planNumber(),
        vote.getPhaseNumber(), vote.getReviewRound(), vote.getStatus(), vote.getStatus().label(), vote.getDeadline(),
        vote.getOpenings(), voterCount, approvalRule(), rows, voter.isPresent(),
        voter.map(Voter::getVersion).orElse(null), voter.map(Voter::getCompletedAt).orElse(null),
        voter.isPresent() && vote.isOpen(), myTask == null ? null : myTask.getId(), tallyVisible,
        chair && vote.getStatus() == VoteStatus.CLOSED && conclusion != null,
        chair && conclusion != null ? conclusion.getId() : null, vote.getConcludedBy(), vote.getConcludedAt());
  }

  private String approvalRule() {
    return "Thông qua khi số đồng ý nhiều hơn " + properties.approvalShare() + " tổng số thành viên và số thành viên "
        + "biểu quyết (kể cả không biểu quyết) đạt ít nhất " + properties.quorumShare() + " tổng số thành viên";
  }

  private Task openTask(Vote vote, String taskKey, String assignee) {
    if (vote.getProcessInstanceId() == null) {
      return null;
    }
    var query = taskService.createTaskQuery().processInstanceId(vote.getProcessInstanceId()).taskDefinitionKey(taskKey);
    if (assignee != null) {
      query.taskAssignee(assignee);
    }
    return query.list().stream().findFirst().orElse(null);
  }

  private void checkRead(Vote vote) {
    String me = currentUser.username();
    boolean member = me != null && voters.findByVoteIdAndUsername(vote.getId(), me).isPresent();
    if (!member && !currentUser.inAnyGroup(TALLY_READERS)) {
      throw ApiException.forbidden("Chỉ Ủy viên Ban Thường vụ, Thường trực và Ban Tổ chức được xem biểu quyết này");
    }
  }

  private Map<Long, ProposalView> proposalsOf(Vote vote) {
    return proposals.ofPhase(vote.getCampaignId(), vote.getPhaseNumber()).stream()
        .collect(Collectors.toMap(ProposalView::id, Function.identity()));
  }

  private LocalDate newDeadline() {
    return workingDays.plus(ProcessTasks.today(), properties.deadlineWorkingDays());
  }

  private List<VoteItem> items(long voteId) {
    return items.findByVoteIdOrderByIdAsc(voteId);
  }

  private Vote vote(long voteId) {
    return votes.findById(voteId).orElseThrow(() -> ApiException.notFound("Không tìm thấy cuộc biểu quyết " + voteId));
  }

  private static int count(List<Ballot> cast, Choice choice) {
    return (int) cast.stream().filter(ballot -> ballot.getChoice() == choice).count();
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
