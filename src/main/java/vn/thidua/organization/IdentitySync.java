package vn.thidua.organization;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps Camunda's users, groups and memberships in step with the registry, so that candidate groups
 * of user tasks reach the right people. Idempotent: what already matches is not written again.
 * Only managed groups (the bodies and {@code don-vi-*}) are touched; {@code camunda-admin} and any
 * group an administrator made by hand are left alone, and an existing user's password never changes.
 * Runs in the caller's transaction: the engine shares Spring's transaction manager, so a rejected
 * registry change leaves Camunda unchanged too.
 */
@Component
public class IdentitySync {

  static final String TYPE_BODY = "BODY";
  static final String TYPE_UNIT = "UNIT";

  private static final Logger log = LoggerFactory.getLogger(IdentitySync.class);

  private final IdentityService identityService;
  private final UnitRepository units;
  private final MemberRepository members;
  private final SecureRandom random = new SecureRandom();

  IdentitySync(IdentityService identityService, UnitRepository units, MemberRepository members) {
    this.identityService = identityService;
    this.units = units;
    this.members = members;
  }

  /** Brings every body group, unit group, user and membership in line with the registry. */
  @Transactional
  public void syncAll() {
    asSystem(this::syncEverything);
  }

  private void syncEverything() {
    for (Body body : Body.values()) {
      ensureGroup(body.groupId(), body.displayName(), TYPE_BODY);
    }
    List<Unit> allUnits = units.findAllByOrderByIdAsc();
    allUnits.forEach(this::ensureUnitGroup);
    List<Member> accounts = members.findByUsernameIsNotNullOrderByIdAsc();
    accounts.forEach(member -> syncAccount(member, null));
    log.info("Camunda identity in step with the registry: {} units, {} user accounts", allUnits.size(),
        accounts.size());
  }

  /** After a unit is created or changed: its group (renamed with the unit) and its members' memberships. */
  @Transactional
  public void syncUnit(Unit unit) {
    asSystem(() -> {
      ensureUnitGroup(unit);
      if (unit.getId() != null) {
        members.findByUnitOrderByIdAsc(unit).stream().filter(Member::hasAccount)
            .forEach(member -> syncAccount(member, null));
      }
    });
  }

  /** After a member is created or changed; a new user gets an unguessable password. */
  @Transactional
  public void syncMember(Member member) {
    syncMember(member, null);
  }

  /**
   * As {@link #syncMember(Member)}, giving a NEW user {@code initialPassword} (the demo data does);
   * null means a random one that nobody knows until the administrator sets it in Camunda Admin.
   */
  @Transactional
  public void syncMember(Member member, String initialPassword) {
    asSystem(() -> syncAccount(member, initialPassword));
  }

  private void syncAccount(Member member, String initialPassword) {
    if (!member.hasAccount()) {
      return;
    }
    String userId = member.getUsername();
    ensureUser(member, initialPassword);

    Set<String> wanted = wantedGroups(member);
    Set<String> current = new LinkedHashSet<>();
    identityService.createGroupQuery().groupMember(userId).list().forEach(group -> current.add(group.getId()));

    for (String groupId : current) {
      if (isManaged(groupId) && !wanted.contains(groupId)) {
        identityService.deleteMembership(userId, groupId);
      }
    }
    for (String groupId : wanted) {
      if (!current.contains(groupId)) {
        identityService.createMembership(userId, groupId);
      }
    }
  }

  /** When a member loses or changes username, the old account keeps no managed membership. */
  @Transactional
  public void revokeManagedMemberships(String username) {
    if (username == null) {
      return;
    }
    asSystem(() -> identityService.createGroupQuery().groupMember(username).list().stream()
        .map(Group::getId)
        .filter(IdentitySync::isManaged)
        .forEach(groupId -> identityService.deleteMembership(username, groupId)));
  }

  /**
   * The registry's own API decides who may change it; Camunda's authorization checks would otherwise
   * ask the signed-in officer for rights on users and groups that nobody is meant to hold.
   */
  private void asSystem(Runnable work) {
    Authentication current = identityService.getCurrentAuthentication();
    if (current == null) {
      work.run();
      return;
    }
    identityService.clearAuthentication();
    try {
      work.run();
    } finally {
      identityService.setAuthentication(current);
    }
  }

  static boolean isManaged(String groupId) {
    return Body.isBodyGroup(groupId) || groupId.startsWith(Unit.GROUP_PREFIX);
  }

  private Set<String> wantedGroups(Member member) {
    Set<String> wanted = new LinkedHashSet<>();
    Unit unit = member.getUnit();
    ensureUnitGroup(unit);
    wanted.add(unit.groupId());
    if (unit.getBodyGroup() != null) {
      wanted.add(ensureBodyGroup(unit.getBodyGroup()));
    }
    if (member.hasAnyRole(Role.UY_VIEN_BTV)) {
      wanted.add(ensureBodyGroup(Body.BAN_THUONG_VU));
    }
    if (member.hasAnyRole(Role.BI_THU, Role.PHO_BI_THU)) {
      wanted.add(ensureBodyGroup(Body.THUONG_TRUC));
    }
    if (member.hasAnyRole(Role.CHU_TICH_UBND, Role.PHO_CHU_TICH_UBND)) {
      wanted.add(ensureBodyGroup(Body.UBND));
    }
    return wanted;
  }

  private void ensureUnitGroup(Unit unit) {
    ensureGroup(unit.groupId(), unit.getName(), TYPE_UNIT);
  }

  private String ensureBodyGroup(Body body) {
    ensureGroup(body.groupId(), body.displayName(), TYPE_BODY);
    return body.groupId();
  }

  private void ensureGroup(String groupId, String name, String type) {
    Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
    if (group == null) {
      group = identityService.newGroup(groupId);
    } else if (Objects.equals(group.getName(), name) && Objects.equals(group.getType(), type)) {
      return;
    }
    group.setName(name);
    group.setType(type);
    identityService.saveGroup(group);
  }

  private void ensureUser(Member member, String initialPassword) {
    String fullName = member.getFullName().strip();
    int lastSpace = fullName.lastIndexOf(' ');
    String firstName = lastSpace < 0 ? "" : fullName.substring(0, lastSpace).strip();
    String lastName = lastSpace < 0 ? fullName : fullName.substring(lastSpace + 1);

    User user = identityService.createUserQuery().userId(member.getUsername()).singleResult();
    if (user == null) {
      user = identityService.newUser(member.getUsername());
      user.setPassword(initialPassword != null ? initialPassword : randomPassword());
    } else if (Objects.equals(user.getFirstName(), firstName) && Objects.equals(user.getLastName(), lastName)
        && Objects.equals(user.getEmail(), member.getEmail())) {
      return;
    }
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(member.getEmail());
    identityService.saveUser(user);
  }

  private String randomPassword() {
    byte[] bytes = new byte[24];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
