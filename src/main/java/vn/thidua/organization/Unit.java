package vn.thidua.organization;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A unit of the registry: a body of the committee, a Party organisation, an agency or a mass organisation. */
@Entity
@Table(name = "unit")
class Unit {

  static final String GROUP_PREFIX = "don-vi-";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 40)
  private String code;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 30)
  private UnitKind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Unit parent;

  @Convert(converter = BodyConverter.class)
  @Column(name = "body_group", length = 40)
  private Body bodyGroup;

  @Version
  @Column(nullable = false)
  private int version;

  Unit() {
  }

  Unit(String code, String name, UnitKind kind) {
    this.code = code;
    this.name = name;
    this.kind = kind;
  }

  /** The unit's own Camunda group: its pledges, reports and proposals are this group's work. */
  static String groupIdOf(String code) {
    return GROUP_PREFIX + code.toLowerCase(Locale.ROOT);
  }

  String groupId() {
    return groupIdOf(code);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public UnitKind getKind() {
    return kind;
  }

  public void setKind(UnitKind kind) {
    this.kind = kind;
  }

  public Unit getParent() {
    return parent;
  }

  public void setParent(Unit parent) {
    this.parent = parent;
  }

  public Body getBodyGroup() {
    return bodyGroup;
  }

  public void setBodyGroup(Body bodyGroup) {
    this.bodyGroup = bodyGroup;
  }

  public int getVersion() {
    return version;
  }
}
