package vn.thidua.posting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The public posting (công khai) of a phase's agreed list, from its opening until its end or closing. */
@Entity
@Table(name = "posting")
class Posting {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "campaign_id", nullable = false)
  private String campaignId;

  @Column(name = "phase_number", nullable = false)
  private int phaseNumber;

  @Column(name = "round_number", nullable = false)
  private int roundNumber;

  @Column(nullable = false)
  private String title;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @ElementCollection
  @CollectionTable(name = "posting_entry", joinColumns = @JoinColumn(name = "posting_id"))
  @OrderColumn(name = "sort_order")
  private List<PostingEntry> entries = new ArrayList<>();

  @Version
  private int version;

  protected Posting() {
  }

  Posting(String campaignId, int phaseNumber, int roundNumber, String title, List<PostingEntry> entries,
      Instant openedAt, Instant endsAt) {
    this.campaignId = campaignId;
    this.phaseNumber = phaseNumber;
    this.roundNumber = roundNumber;
    this.title = title;
    this.entries = new ArrayList<>(entries);
    this.openedAt = openedAt;
    this.endsAt = endsAt;
  }

  /** Objections are taken from the opening until the announced end, unless the posting was closed earlier. */
  boolean acceptsObjections(Instant now) {
    return closedAt == null && now.isBefore(endsAt);
  }

  void close(Instant at) {
    if (closedAt == null) {
      closedAt = at;
    }
  }

  Optional<PostingEntry> entry(Long proposalId) {
    return entries.stream().filter(entry -> entry.proposalId().equals(proposalId)).findFirst();
  }

  Long getId() {
    return id;
  }

  String getCampaignId() {
    return campaignId;
  }

  int getPhaseNumber() {
    return phaseNumber;
  }

  int getRoundNumber() {
    return roundNumber;
  }

  String getTitle() {
    return title;
  }

  Instant getOpenedAt() {
    return openedAt;
  }

  Instant getEndsAt() {
    return endsAt;
  }

  Instant getClosedAt() {
    return closedAt;
  }

  List<PostingEntry> getEntries() {
    return entries;
  }
}
