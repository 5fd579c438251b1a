package vn.thidua.organization;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import vn.thidua.support.IntegrationTest;

/** Shared helpers of the registry tests: fresh codes, JSON bodies and a look at Camunda's groups. */
abstract class OrganizationTestSupport extends IntegrationTest {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  @Autowired
  protected IdentityService identityService;

  /** A unit code no other test uses, e.g. {@code T-7-K3F}. */
  static String freshCode(String prefix) {
    return prefix + "-" + SEQUENCE.incrementAndGet() + "-"
        + Long.toString(System.nanoTime() % 46_656, 36).toUpperCase(Locale.ROOT);
  }

  /** A username no other test uses. */
  static String freshUsername(String prefix) {
    return freshCode(prefix).toLowerCase(Locale.ROOT).replace('-', '.');
  }

  static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  List<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }

  List<String> membersOf(String groupId) {
    return identityService.createUserQuery().memberOfGroup(groupId).list().stream()
        .map(org.camunda.bpm.engine.identity.User::getId).toList();
  }
}
