package vn.thidua.rating;

import java.math.BigDecimal;
import java.time.Instant;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.thidua.catalogue.NomineeKind;
import vn.thidua.organization.Nominee;

/**
 * The quality rating of one unit or member for one year, as Ban Tổ chức recorded it. {@code unitId}
 * is the unit whose officers may see it: the unit itself, or the member's unit when it was recorded.
 */
@Entity
@Table(name = "quality_rating")
class RatingRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "rating_year", nullable = false)
  private int ratingYear;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "nominee_kind", nullable = false, length = 20)
  private NomineeKind nomineeKind;

  @Column(name = "nominee_id", nullable = false)
  private long nomineeId;

  @Column(name = "unit_id", nullable = false)
  private long unitId;

  @Column(name = "member_id")
  private Long memberId;

  @Column(name = "nominee_name", nullable = false, length = 300)
  private String nomineeName;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 10)
  private QualityRating rating;

  @Column(precision = 5, scale = 2)
  private BigDecimal score;

  @Column(length = 2000)
  private String note;

  @Column(name = "recorded_by", length = 100)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Version
  @Column(nullable = false)
  private int version;

  RatingRecord() {
  }

  /** Records (or corrects) the rating; a nominee still the same keeps the unit it was recorded under. */
  void record(RatingContent content, String by, Instant at) {
    Nominee nominee = content.nominee();
    if (!nominee.kind().equals(nomineeKind) || nominee.id() != nomineeId) {
      nomineeKind = nominee.kind();
      nomineeId = nominee.id();
      memberId = nominee.nomineeMemberId();
      unitId = nominee.unit().id();
      nomineeName = nominee.name();
    }
    ratingYear = content.year();
    rating = content.rating();
    score = content.score();
    note = content.note();
    recordedBy = by;
    recordedAt = at;
  }

  public Long getId() {
    return id;
  }

  public int getRatingYear() {
    return ratingYear;
  }

  public NomineeKind getNomineeKind() {
    return nomineeKind;
  }

  public long getNomineeId() {
    return nomineeId;
  }

  public long getUnitId() {
    return unitId;
  }

  public Long getMemberId() {
    return memberId;
  }

  public String getNomineeName() {
    return nomineeName;
  }

  public QualityRating getRating() {
    return rating;
  }

  public BigDecimal getScore() {
    return score;
  }

  public String getNote() {
    return note;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public int getVersion() {
    return version;
  }
}
