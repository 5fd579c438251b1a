package vn.thidua.organization;

import java.util.Arrays;
import java.util.Optional;

/**
 * The bodies of the issuing Party committee and its People's Committee, each a Camunda group that
 * user tasks name as candidate group. A unit whose {@code body_group} is set IS that body.
 */
public enum Body {
  THUONG_TRUC("thuong-truc", "Thường trực Huyện ủy"),
  BAN_THUONG_VU("ban-thuong-vu", "Ban Thường vụ Huyện ủy"),
  BAN_TO_CHUC("ban-to-chuc", "Ban Tổ chức Huyện ủy"),
  VAN_PHONG("van-phong", "Văn phòng Huyện ủy"),
  UBND("ubnd", "Ủy ban nhân dân huyện"),
  VAN_PHONG_UBND("van-phong-ubnd", "Văn phòng HĐND và UBND huyện"),
  PHONG_NOI_VU("phong-noi-vu", "Phòng Nội vụ huyện"),
  HOI_DONG_TDKT("hoi-dong-tdkt", "Hội đồng Thi đua – Khen thưởng huyện"),
  BAN_TUYEN_GIAO("ban-tuyen-giao", "Ban Tuyên giáo Huyện ủy"),
  BAN_DAN_VAN("ban-dan-van", "Ban Dân vận Huyện ủy"),
  UY_BAN_KIEM_TRA("uy-ban-kiem-tra", "Ủy ban Kiểm tra Huyện ủy");

  private final String groupId;
  private final String displayName;

  Body(String groupId, String displayName) {
    this.groupId = groupId;
    this.displayName = displayName;
  }

  /** The Camunda group id, e.g. {@code ban-to-chuc}. */
  public String groupId() {
    return groupId;
  }

  /** The Vietnamese name shown to people, e.g. "Ban Tổ chức Huyện ủy". */
  public String displayName() {
    return displayName;
  }

  public static Optional<Body> fromGroupId(String groupId) {
    return Arrays.stream(values()).filter(body -> body.groupId.equals(groupId)).findFirst();
  }

  public static boolean isBodyGroup(String groupId) {
    return fromGroupId(groupId).isPresent();
  }
}
