package vn.thidua.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One entry of the reward catalogue: a reward form or an emulation title, who may be nominated for
 * it, who decides it, the dossier it needs and its money as multiples of the base salary.
 */
@Entity
@Table(name = "reward_form")
class RewardForm {

  /** Proposals and decisions keep this code, so it never changes and forms are retired, not deleted. */
  @Id
  @Column(length = 60)
  private String code;

  @Column(nullable = false, length = 500)
  private String name;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private RewardFormKind kind;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 20)
  private Track track;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "nominee_scope", nullable = false, length = 20)
  private NomineeScope nomineeScope;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "decided_by", nullable = false, length = 40)
  private DecidingAuthority decidedBy;

  @ElementCollection
  @CollectionTable(name = "reward_form_document", joinColumns = @JoinColumn(name = "reward_form_code"))
  @OrderColumn(name = "sort_order")
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "document_kind", nullable = false, length = 40)
  private List<DocumentKind> requiredDocuments = new ArrayList<>();

  @Column(name = "money_multiple_individual", precision = 5, scale = 2)
  private BigDecimal moneyMultipleIndividual;

  @Column(name = "money_multiple_collective", precision = 5, scale = 2)
  private BigDecimal moneyMultipleCollective;

  @Column(nullable = false)
  private boolean active = true;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  /** A wrapper, so that a new form (null) is inserted, never merged over a form saved meanwhile. */
  @Version
  @Column(nullable = false)
  private Integer version;

  RewardForm() {
  }

  RewardForm(String code) {
    this.code = code;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public RewardFormKind getKind() {
    return kind;
  }

  public void setKind(RewardFormKind kind) {
    this.kind = kind;
  }

  public Track getTrack() {
    return track;
  }

  public void setTrack(Track track) {
    this.track = track;
  }

  public NomineeScope getNomineeScope() {
    return nomineeScope;
  }

  public void setNomineeScope(NomineeScope nomineeScope) {
    this.nomineeScope = nomineeScope;
  }

  public DecidingAuthority getDecidedBy() {
    return decidedBy;
  }

  public void setDecidedBy(DecidingAuthority decidedBy) {
    this.decidedBy = decidedBy;
  }

  public List<DocumentKind> getRequiredDocuments() {
    return requiredDocuments;
  }

  public void setRequiredDocuments(List<DocumentKind> requiredDocuments) {
    this.requiredDocuments = requiredDocuments;
  }

  public BigDecimal getMoneyMultipleIndividual() {
    return moneyMultipleIndividual;
  }

  public void setMoneyMultipleIndividual(BigDecimal moneyMultipleIndividual) {
    this.moneyMultipleIndividual = moneyMultipleIndividual;
  }

  public BigDecimal getMoneyMultipleCollective() {
    return moneyMultipleCollective;
  }

  public void setMoneyMultipleCollective(BigDecimal moneyMultipleCollective) {
    this.moneyMultipleCollective = moneyMultipleCollective;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(int sortOrder) {
    this.sortOrder = sortOrder;
  }

  public Integer getVersion() {
    return version;
  }
}
