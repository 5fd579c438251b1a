package vn.thidua.posting;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An objection (phản ánh) someone sent about one posted proposal, or about the list when
 * {@code proposalId} is null, and how Ban Tổ chức handled it. The sender's address is kept only as a
 * keyed hash, for the hourly limit.
 */
@Entity
@Table(name = "posting_objection")
class Objection {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "posting_id", nullable = false)
  private Long postingId;

  @Column(name = "proposal_id")
  private Long proposalId;

  @Column(nullable = false)
  private String content;

  @Column(name = "sender_name")
  private String senderName;

  @Column(name = "sender_contact")
  private String senderContact;

  @Column(name = "address_hash", nullable = false)
  private String addressHash;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  private ObjectionOutcome outcome;

  private String answer;

  @Column(name = "handled_by")
  private String handledBy;

  @Column(name = "handled_at")
  private Instant handledAt;

  @Version
  private int version;

  protected Objection() {
  }

  Objection(Long postingId, Long proposalId, String content, String senderName, String senderContact,
      String addressHash, Instant receivedAt) {
    this.postingId = postingId;
    this.proposalId = proposalId;
    this.content = content;
    this.senderName = senderName;
    this.senderContact = senderContact;
    this.addressHash = addressHash;
    this.receivedAt = receivedAt;
  }

  boolean aboutEntry() {
    return proposalId != null;
  }

  boolean pending() {
    return outcome == null;
  }

  void handle(ObjectionOutcome outcome, String answer, String by, Instant at) {
    this.outcome = outcome;
    this.answer = answer;
    this.handledBy = by;
    this.handledAt = at;
  }

  void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public Long getId() {
    return id;
  }

  public Long getPostingId() {
    return postingId;
  }

  public Long getProposalId() {
    return proposalId;
  }

  public String getContent() {
    return content;
  }

  public String getSenderName() {
    return senderName;
  }

  public String getSenderContact() {
    return senderContact;
  }

  public String getAddressHash() {
    return addressHash;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public ObjectionOutcome getOutcome() {
    return outcome;
  }

  public String getAnswer() {
    return answer;
  }

  public String getHandledBy() {
    return handledBy;
  }

  public Instant getHandledAt() {
    return handledAt;
  }
}
