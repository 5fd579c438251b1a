package vn.thidua.organization;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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

/** A cadre or Party member of a unit, optionally with a user account and roles. */
@Entity
@Table(name = "member")
class Member {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "full_name", nullable = false, length = 200)
  private String fullName;

  @Column(name = "position")
  private String position;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "unit_id", nullable = false)
  private Unit unit;

  @Column(name = "party_member", nullable = false)
  private boolean partyMember;

  @Column(name = "username", length = 64)
  private String username;

  @Column(name = "email")
  private String email;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "member_role", joinColumns = @JoinColumn(name = "member_id"))
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "role", nullable = false, length = 30)
  private Set<Role> roles = new LinkedHashSet<>();

  @Version
  @Column(nullable = false)
  private int version;

  Member() {
  }

  Member(String fullName, String position, Unit unit) {
    this.fullName = fullName;
    this.position = position;
    this.unit = unit;
  }

  boolean hasAccount() {
    return username != null && !username.isBlank();
  }

  boolean hasAnyRole(Role... wanted) {
    return Arrays.stream(wanted).anyMatch(roles::contains);
  }

  public Long getId() {
    return id;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getPosition() {
    return position;
  }

  public void setPosition(String position) {
    this.position = position;
  }

  public Unit getUnit() {
    return unit;
  }

  public void setUnit(Unit unit) {
    this.unit = unit;
  }

  public boolean isPartyMember() {
    return partyMember;
  }

  public void setPartyMember(boolean partyMember) {
    this.partyMember = partyMember;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Set<Role> getRoles() {
    return roles;
  }

  public void setRoles(Set<Role> roles) {
    this.roles = roles == null ? new LinkedHashSet<>() : new LinkedHashSet<>(roles);
  }

  public int getVersion() {
    return version;
  }
}
