package vn.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

class IdentitySyncTest extends OrganizationTestSupport {

  @Autowired
  private IdentitySync identitySync;

  @Autowired
  private JdbcTemplate jdbc;

  @Test
  void theDistrictStandingCommitteeIsInBanThuongVu() {
    List<String> standingCommittee = membersOf("ban-thuong-vu");

    assertThat(standingCommittee).hasSizeGreaterThanOrEqualTo(11)
        .contains("bithu", "pbt.thuongtruc", "ubnd.chutich", "btc.truong", "ubkt.truong", "vp.truong",
            "mttq.truong", "quansu.truong", "congan.truong");
    assertThat(groupsOf("bithu")).contains("thuong-truc", "ban-thuong-vu", "don-vi-thuong-truc");
    assertThat(groupsOf("ubnd.chutich")).contains("thuong-truc", "ubnd", "ban-thuong-vu", "don-vi-ubnd");
    assertThat(groupsOf("btc.canbo")).containsExactlyInAnyOrder("ban-to-chuc", "don-vi-btc");
    assertThat(groupsOf("chauo.truong")).containsExactly("don-vi-chau-o");
  }

  @Test
  void everyBodyIsAGroupWithItsVietnameseName() {
    for (Body body : Body.values()) {
      Group group = identityService.createGroupQuery().groupId(body.groupId()).singleResult();
      assertThat(group.getName()).isEqualTo(body.displayName());
      assertThat(group.getType()).isEqualTo("BODY");
    }
    assertThat(identityService.createGroupQuery().groupId("don-vi-chau-o").singleResult().getName())
        .isEqualTo("Đảng bộ thị trấn Châu Ổ");
  }

  @Test
  void runningTheSyncAgainChangesNothing() {
    identitySync.syncAll();
    Map<String, List<Map<String, Object>>> before = camundaIdentity();

    identitySync.syncAll();

    assertThat(camundaIdentity()).isEqualTo(before);
    assertThat(membersOf("camunda-admin")).contains("admin");
    assertThat(identityService.checkPassword("btc.truong", DEMO_PASSWORD)).isTrue();
  }

  @Test
  void demoOfficersSignInWithTheDemoPassword() {
    assertThat(as("bithu").getForEntity("/api/units", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(as("chauo.canbo").getForEntity("/api/members", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  private Map<String, List<Map<String, Object>>> camundaIdentity() {
    return Map.of(
        "groups", jdbc.queryForList("select id_, rev_, name_, type_ from act_id_group order by id_"),
        "users", jdbc.queryForList("select id_, rev_, first_, last_, email_, pwd_, salt_ from act_id_user order by id_"),
        "memberships", jdbc.queryForList("select user_id_, group_id_ from act_id_membership order by user_id_, group_id_"));
  }
}
