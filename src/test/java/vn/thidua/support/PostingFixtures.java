package vn.thidua.support;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignView;
import vn.thidua.posting.PostedEntry;
import vn.thidua.posting.PostingService;

/**
 * A phase's agreed list posted as the appraisal process would post it, and objections sent to it from
 * a client address of the test's own (the test server trusts X-Forwarded-For as a proxy's, see application-test.yml).
 */
public final class PostingFixtures {

  public static final String TITLE = "Danh sách đề nghị khen thưởng sơ kết Đợt 1";

  private static final AtomicLong PROPOSALS = new AtomicLong(900_000);
  private static final AtomicInteger ADDRESSES = new AtomicInteger();

  private PostingFixtures() {
  }

  /** A posting of a new campaign (its plan number is the business key of the objections), open for ten days. */
  public static Posted open(CampaignService campaigns, PostingService postings, PostedEntry... entries) {
    CampaignView campaign = campaigns.create(LaunchFixtures.plan(LaunchFixtures.uniquePlanNumber()), "btc.truong");
    List<PostedEntry> listed = entries.length > 0 ? List.of(entries) : List.of(
        entry("Đảng bộ thị trấn Châu Ổ", "Tập thể", "Hoàn thành xuất sắc nhiệm vụ 5 năm liền, dẫn đầu khối thị trấn"),
        entry("Nguyễn Văn An", "Cá nhân", "5 năm liền hoàn thành xuất sắc nhiệm vụ"),
        entry("Chi bộ thôn Phước Hòa", "Tập thể", "Chi bộ bốn tốt tiêu biểu"));
    long id = postings.open(campaign.id(), 1, 1, TITLE, listed, Instant.now().plus(Duration.ofDays(10)));
    return new Posted(id, campaign, listed);
  }

  public static PostedEntry entry(String nominee, String kind, String achievements) {
    return new PostedEntry(PROPOSALS.incrementAndGet(), nominee, kind, "Đảng bộ thị trấn Châu Ổ",
        "Khen thưởng của Đảng", "Giấy khen của Ban Thường vụ Huyện ủy", achievements);
  }

  /** A client address (TEST-NET-2) no other test uses. */
  public static String uniqueAddress() {
    int n = ADDRESSES.incrementAndGet();
    return "198.51." + (n / 250) + "." + (n % 250 + 1);
  }

  public static Map<String, Object> objection(Long proposalId, String content) {
    Map<String, Object> body = new HashMap<>();
    body.put("proposalId", proposalId);
    body.put("content", content);
    body.put("name", "Trần Văn Bình");
    body.put("contact", "0905 123 456");
    return body;
  }

  /** Sends an objection as the posting page does, from the given client address. */
  public static ResponseEntity<String> send(TestRestTemplate client, long postingId, Map<String, Object> body,
      String clientAddress) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set("X-Forwarded-For", clientAddress);
    return client.postForEntity("/api/public/postings/{id}/objections", new HttpEntity<>(body, headers), String.class,
        postingId);
  }

  /** An open posting of a test: its id, its campaign and what it lists. */
  public record Posted(long id, CampaignView campaign, List<PostedEntry> entries) {

    public PostedEntry entry(int index) {
      return entries.get(index);
    }
  }
}
