package vn.thidua.posting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.ThiDuaApplication;
import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignSummary;
import vn.thidua.campaign.Phase;
import vn.thidua.form.FormValidationException;
import vn.thidua.web.ApiException;

/**
 * The public posting (công khai) of a phase's agreed list before the Standing Committee decides:
 * opened by the appraisal process, read by anyone allowed to, objected to within its period; each
 * objection is handled by Ban Tổ chức in Tasklist, and a handled objection may withdraw a proposal.
 *
 * <p>Every change of a posting and its objections takes the posting's row lock first, and so does
 * {@link #objectionsPending}: a process that finds objections pending and then waits for
 * {@code PostingObjectionsHandled} is either waiting before the last one is handled, or sees none pending.
 */
@Service
@Transactional
public class PostingService {

  private static final ZoneId ZONE = ZoneId.of(ThiDuaApplication.TIME_ZONE);
  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");
  private static final Duration LIMIT_WINDOW = Duration.ofHours(1);

  private final PostingRepository postings;
  private final ObjectionRepository objections;
  private final PostingMapper mapper;
  private final ObjectionProcess process;
  private final ClientAddressHasher addresses;
  private final PostingProperties properties;
  private final CampaignService campaigns;
  private final Clock clock;

  PostingService(PostingRepository postings, ObjectionRepository objections, PostingMapper mapper,
      ObjectionProcess process, ClientAddressHasher addresses, PostingProperties properties, CampaignService campaigns,
      Clock clock) {
    this.postings = postings;
    this.objections = objections;
    this.mapper = mapper;
    this.process = process;
    this.addresses = addresses;
    this.properties = properties;
    this.campaigns = campaigns;
    this.clock = clock;
  }

  /**
   * Opens the posting of a phase's agreed list: from now until {@code endsAt}; returns its id.
   * Idempotent per (campaignId, phaseNumber, round) – a re-run returns the existing posting.
   *
   * @throws IllegalArgumentException when the phase, the title, the entries or the end cannot be posted
   */
  public long open(String campaignId, int phaseNumber, int round, String title, List<PostedEntry> entries,
      Instant endsAt) {
    var existing = postings.findByCampaignIdAndPhaseNumberAndRoundNumber(campaignId, phaseNumber, round);
    if (existing.isPresent()) {
      return existing.get().getId();
    }
    CampaignSummary campaign = campaigns.summary(campaignId);
    Instant now = clock.instant();
    checkOpening(campaign, phaseNumber, round, title, entries, endsAt, now);
    Posting posting = new Posting(campaignId, phaseNumber, round, title.strip(),
        entries.stream().map(mapper::toStored).toList(), now, endsAt);
    return postings.saveAndFlush(posting).getId();
  }

  /**
   * Whether any objection to the posting is not yet handled. Holds the posting's row lock until the
   * caller's transaction ends, so that the last objection's handling cannot slip between this answer and
   * the caller's wait for {@code PostingObjectionsHandled}.
   */
  public boolean objectionsPending(long postingId) {
    locked(postingId);
    return objections.existsByPostingIdAndOutcomeIsNull(postingId);
  }

  /** The posted entries withdrawn from the list after an objection, in the list's order. */
  @Transactional(readOnly = true)
  public List<PostedEntry> withdrawn(long postingId) {
    Posting posting = posting(postingId);
    Set<Long> withdrawn = new HashSet<>(objections.findWithdrawnProposalIds(postingId));
    return posting.getEntries().stream().filter(entry -> withdrawn.contains(entry.proposalId()))
        .map(mapper::toPosted).toList();
  }

  /** The posting of a phase's round, which the phase review opened: found by its round, not by a variable. */
  @Transactional(readOnly = true)
  public long postingOf(String campaignId, int phaseNumber, int round) {
    return postings.findByCampaignIdAndPhaseNumberAndRoundNumber(campaignId, phaseNumber, round)
        .orElseThrow(() -> new IllegalStateException("Round " + round + " of phase " + phaseNumber + " of campaign "
            + campaignId + " has no posting"))
        .getId();
  }

  /** The posting period is over: no more objections are accepted (those received are still handled). */
  public void close(long postingId) {
    locked(postingId).close(clock.instant());
  }

  /** The postings taking objections now, with the entries still listed. */
  @Transactional(readOnly = true)
  public List<PostingView> openPostings() {
    List<Posting> open = postings.findOpen(clock.instant());
    Map<String, CampaignSummary> campaignsById = open.stream().map(Posting::getCampaignId).distinct()
        .map(campaigns::summary).collect(Collectors.toMap(CampaignSummary::id, Function.identity()));
    return open.stream().map(posting -> view(posting, campaignsById.get(posting.getCampaignId()))).toList();
  }

  /**
   * Accepts an objection from the posting page and starts its handling. Refused: an unknown posting
   * (404), a posting no longer taking objections (409), invalid input or a proposal not listed (400), and
   * a client address that reached its hourly number of objections (429); a refused objection is not stored.
   */
  public ObjectionReceipt receiveObjection(long postingId, ObjectionRequest request, String clientAddress) {
    Posting posting = postings.lockById(postingId)
        .orElseThrow(() -> ApiException.notFound("Không tìm thấy danh sách công khai số " + postingId));
    Instant now = clock.instant();
    if (!posting.acceptsObjections(now)) {
      throw ApiException.conflict("Thời gian công khai danh sách \"" + posting.getTitle()
          + "\" đã kết thúc; không nhận thêm phản ánh.");
    }
    ObjectionInput input = ObjectionInput.check(request);
    PostingEntry entry = null;
    if (input.aboutEntry()) {
      entry = posting.entry(input.proposalId()).orElseThrow(() -> ApiException.badRequest("proposalId",
          "Đề nghị " + input.proposalId() + " không có trong danh sách công khai này"));
      if (objections.findWithdrawnProposalIds(postingId).contains(input.proposalId())) {
        throw ApiException.badRequest("proposalId", "Đề nghị khen thưởng " + entry.nomineeName()
            + " đã được rút khỏi danh sách; không nhận thêm phản ánh về đề nghị này.");
      }
    }
    String addressHash = addresses.hash(clientAddress);
    int limit = properties.objectionsPerHour();
    if (objections.countByAddressHashAndReceivedAtAfter(addressHash, now.minus(LIMIT_WINDOW)) >= limit) {
      throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "Mỗi nơi gửi chỉ được gửi tối đa " + limit
          + " phản ánh trong một giờ. Phản ánh này chưa được nhận; vui lòng gửi lại sau.", List.of());
    }
    Objection objection = objections.saveAndFlush(new Objection(postingId, input.proposalId(), input.content(),
        input.name(), input.contact(), addressHash, now));
    CampaignSummary campaign = campaigns.summary(posting.getCampaignId());
    objection.startedAs(process.start(posting, objection, entry, numberOf(posting, entry), campaign));
    return new ObjectionReceipt(objection.getId(), now,
        "Đã nhận phản ánh của bạn. Ban Tổ chức sẽ xem xét, xử lý trước khi Ban Thường vụ xét khen thưởng.");
  }

  /** Every posting (of one campaign when given), newest first, with how its objections stand. */
  @Transactional(readOnly = true)
  public List<PostingSummary> postings(String campaignId) {
    List<Posting> found = campaignId == null || campaignId.isBlank()
        ? postings.findAllByOrderByOpenedAtDescIdDesc()
        : postings.findByCampaignIdOrderByOpenedAtDescIdDesc(campaignId.strip());
    Instant now = clock.instant();
    Map<String, String> planNumbers = found.stream().map(Posting::getCampaignId).distinct()
        .map(campaigns::summary).collect(Collectors.toMap(CampaignSummary::id, CampaignSummary::planNumber));
    return found.stream().map(posting -> new PostingSummary(posting.getId(), posting.getCampaignId(),
        planNumbers.get(posting.getCampaignId()), posting.getPhaseNumber(), posting.getRoundNumber(),
        posting.getTitle(), posting.getOpenedAt(), posting.getEndsAt(), posting.getClosedAt(),
        posting.acceptsObjections(now), posting.getEntries().size(),
        objections.findWithdrawnProposalIds(posting.getId()).size(), objections.countByPostingId(posting.getId()),
        objections.countByPostingIdAndOutcomeIsNull(posting.getId()))).toList();
  }

  /** The objections to a posting in the order received, with their outcome. */
  @Transactional(readOnly = true)
  public List<ObjectionView> objections(long postingId) {
    Posting posting = posting(postingId);
    return objections.findByPostingIdOrderByReceivedAtAscIdAsc(postingId).stream()
        .map(objection -> mapper.toView(objection, about(posting, objection))).toList();
  }

  /**
   * Records how Ban Tổ chức handled an objection (its Tasklist form); when no objection of the posting is
   * left pending, the process waiting for the posting is told. A choice that does not fit the objection
   * is refused as the form's error.
   */
  void handle(String processInstanceId, ObjectionOutcome outcome, String text, String by) {
    Objection objection = objections.findByProcessInstanceId(processInstanceId).orElseThrow(
        () -> new IllegalStateException("Process instance " + processInstanceId + " handles no objection"));
    Posting posting = locked(objection.getPostingId());
    if (!objection.pending()) {
      throw new FormValidationException("Phản ánh này đã được xử lý (" + objection.getOutcome().label() + ").");
    }
    checkOutcome(objection, outcome, text);
    if (outcome == ObjectionOutcome.KEEP
        && objections.findWithdrawnProposalIds(posting.getId()).contains(objection.getProposalId())) {
      throw new FormValidationException("Đề nghị này đã được rút khỏi danh sách khi xử lý một phản ánh khác, "
          + "nên không thể giữ: chọn \"" + ObjectionOutcome.WITHDRAW.label() + "\" và ghi lý do.");
    }
    objection.handle(outcome, text, by, clock.instant());
    objections.flush();
    if (!objections.existsByPostingIdAndOutcomeIsNull(posting.getId())) {
      process.allObjectionsHandled(posting.getId());
    }
  }

  private static void checkOutcome(Objection objection, ObjectionOutcome outcome, String text) {
    if (outcome == null) {
      throw new FormValidationException("Chọn hướng xử lý phản ánh.");
    }
    if (!outcome.fits(objection.aboutEntry())) {
      throw new FormValidationException(objection.aboutEntry()
          ? "Phản ánh về một đề nghị: chọn \"" + ObjectionOutcome.KEEP.label() + "\" (kèm trả lời) hoặc \""
              + ObjectionOutcome.WITHDRAW.label() + "\" (kèm lý do)."
          : "Phản ánh chung về cả danh sách chỉ có thể trả lời: chọn \"" + ObjectionOutcome.ANSWER.label() + "\".");
    }
    if (text == null) {
      throw new FormValidationException(outcome == ObjectionOutcome.WITHDRAW
          ? "Khi rút đề nghị khỏi danh sách, cần ghi rõ lý do."
          : "Nhập nội dung trả lời phản ánh.");
    }
    if (PostingTexts.length(text) > PostingTexts.ANSWER_MAX) {
      throw new FormValidationException((outcome == ObjectionOutcome.WITHDRAW ? "Lý do rút đề nghị" : "Nội dung trả lời")
          + " tối đa " + PostingTexts.number(PostingTexts.ANSWER_MAX) + " ký tự.");
    }
  }

  private static void checkOpening(CampaignSummary campaign, int phaseNumber, int round, String title,
      List<PostedEntry> entries, Instant endsAt, Instant now) {
    if (campaign.phase(phaseNumber).isEmpty()) {
      throw new IllegalArgumentException("Campaign " + campaign.id() + " has no phase " + phaseNumber);
    }
    if (round < 1) {
      throw new IllegalArgumentException("A posting round starts at 1, not " + round);
    }
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("A posting needs a title");
    }
    if (endsAt == null || !endsAt.isAfter(now)) {
      throw new IllegalArgumentException("A posting must end after it opens (" + now + "), not at " + endsAt);
    }
    if (entries == null || entries.isEmpty()) {
      throw new IllegalArgumentException("A posting lists at least one proposal");
    }
    Set<Long> proposals = new HashSet<>();
    for (PostedEntry entry : entries) {
      if (entry.proposalId() == null || !proposals.add(entry.proposalId())) {
        throw new IllegalArgumentException("Every posted entry needs its own proposal id: " + entry);
      }
      if (entry.nomineeName() == null || entry.nomineeName().isBlank()
          || entry.rewardFormName() == null || entry.rewardFormName().isBlank()) {
        throw new IllegalArgumentException("A posted entry names its nominee and reward form: " + entry);
      }
    }
  }

  private PostingView view(Posting posting, CampaignSummary campaign) {
    Set<Long> withdrawn = new HashSet<>(objections.findWithdrawnProposalIds(posting.getId()));
    List<PostingEntry> listed = posting.getEntries().stream()
        .filter(entry -> !withdrawn.contains(entry.proposalId())).toList();
    ZonedDateTime end = posting.getEndsAt().atZone(ZONE);
    boolean endsAtMidnight = end.toLocalTime().equals(LocalTime.MIDNIGHT);
    LocalDate endsOn = endsAtMidnight ? end.toLocalDate().minusDays(1) : end.toLocalDate();
    return new PostingView(posting.getId(), posting.getTitle(), campaign.title(), campaign.planNumber(),
        campaign.phase(posting.getPhaseNumber()).map(Phase::name).orElse(null), posting.getOpenedAt(),
        posting.getEndsAt(), LocalDate.ofInstant(posting.getOpenedAt(), ZONE), endsOn,
        endsAtMidnight ? null : HOUR.format(end),
        IntStream.range(0, listed.size()).mapToObj(i -> mapper.toView(listed.get(i), i + 1)).toList());
  }

  private static String about(Posting posting, Objection objection) {
    if (!objection.aboutEntry()) {
      return "Cả danh sách (phản ánh chung)";
    }
    return posting.entry(objection.getProposalId())
        .map(entry -> ObjectionProcess.describe(entry, numberOf(posting, entry)))
        .orElse("Đề nghị " + objection.getProposalId());
  }

  /** The entry's place in the list as posted (1-based); 0 for no entry. */
  private static int numberOf(Posting posting, PostingEntry entry) {
    return entry == null ? 0 : posting.getEntries().indexOf(entry) + 1;
  }

  private Posting posting(long id) {
    return postings.findById(id).orElseThrow(() -> ApiException.notFound("Không tìm thấy danh sách công khai số " + id));
  }

  private Posting locked(long id) {
    return postings.lockById(id).orElseThrow(() -> ApiException.notFound("Không tìm thấy danh sách công khai số " + id));
  }
}
