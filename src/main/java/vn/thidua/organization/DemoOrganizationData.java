package vn.thidua.organization;

import static vn.thidua.organization.Role.BI_THU;
import static vn.thidua.organization.Role.CAN_BO;
import static vn.thidua.organization.Role.CHU_TICH_UBND;
import static vn.thidua.organization.Role.PHO_BI_THU;
import static vn.thidua.organization.Role.PHO_CHU_TICH_UBND;
import static vn.thidua.organization.Role.TRUONG_DON_VI;
import static vn.thidua.organization.Role.UY_VIEN_BTV;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo registry of Huyện ủy Bình Sơn, after the district plan: the bodies, the Party organisations,
 * agencies and mass organisations that pledge and report, their heads and officers with accounts
 * (password {@code thidua.demo.password}) and a Standing Committee of 13. All names are fictional.
 * Does nothing when the registry already has units. See docs/demo-users.md.
 */
@Component
@Profile("demo")
@Order(10)
class DemoOrganizationData implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoOrganizationData.class);
  private static final String MAIL_DOMAIN = "@thidua.local";

  /** Subordinate unit: who heads it, who works for it, and what its other members do. */
  private record Subordinate(String code, String user, String name, UnitKind kind, String headPosition,
      String officerPosition, List<String> memberPositions) {
  }

  private final UnitRepository units;
  private final MemberRepository members;
  private final IdentitySync identitySync;
  private final TransactionTemplate transaction;
  private final String password;
  private final List<Member> created = new ArrayList<>();
  private int nameIndex;

  DemoOrganizationData(UnitRepository units, MemberRepository members, IdentitySync identitySync,
      TransactionTemplate transaction, @Value("${thidua.demo.password}") String password) {
    this.units = units;
    this.members = members;
    this.identitySync = identitySync;
    this.transaction = transaction;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (units.count() > 0) {
      return;
    }
    transaction.executeWithoutResult(status -> seed());
    log.info("Demo registry created: {} units, {} members", units.count(), members.count());
  }

  private void seed() {
    // Leading bodies and the committee's advisory agencies
    Unit btv = unit("BTV", "Ban Thường vụ Huyện ủy", UnitKind.LANH_DAO, null, Body.BAN_THUONG_VU);
    Unit thuongTruc = unit("THUONG-TRUC", "Thường trực Huyện ủy", UnitKind.LANH_DAO, btv, Body.THUONG_TRUC);
    Unit btc = unit("BTC", "Ban Tổ chức Huyện ủy", UnitKind.CO_QUAN_THAM_MUU, btv, Body.BAN_TO_CHUC);
    Unit vp = unit("VPHU", "Văn phòng Huyện ủy", UnitKind.CO_QUAN_THAM_MUU, btv, Body.VAN_PHONG);
    Unit btg = unit("BTG", "Ban Tuyên giáo Huyện ủy", UnitKind.CO_QUAN_THAM_MUU, btv, Body.BAN_TUYEN_GIAO);
    Unit bdv = unit("BDV", "Ban Dân vận Huyện ủy", UnitKind.CO_QUAN_THAM_MUU, btv, Body.BAN_DAN_VAN);
    Unit ubkt = unit("UBKT", "Ủy ban Kiểm tra Huyện ủy", UnitKind.CO_QUAN_THAM_MUU, btv, Body.UY_BAN_KIEM_TRA);
    // The People's Committee and its emulation bodies
    Unit ubnd = unit("UBND", "Ủy ban nhân dân huyện Bình Sơn", UnitKind.CHINH_QUYEN, null, Body.UBND);
    Unit vpUbnd = unit("VP-UBND", "Văn phòng HĐND và UBND huyện", UnitKind.CHINH_QUYEN, ubnd, Body.VAN_PHONG_UBND);
    Unit pnv = unit("PNV", "Phòng Nội vụ huyện", UnitKind.CHINH_QUYEN, ubnd, Body.PHONG_NOI_VU);
    Unit hdtdkt = unit("HD-TDKT", "Hội đồng Thi đua – Khen thưởng huyện", UnitKind.CHINH_QUYEN, ubnd,
        Body.HOI_DONG_TDKT);

    // Standing Committee (13) in the units of their main jobs, and the bodies' officers
    member(thuongTruc, "Lê Minh Khang", "Bí thư Huyện ủy", "bithu", BI_THU, UY_VIEN_BTV, TRUONG_DON_VI);
    member(thuongTruc, "Phạm Thị Thu Hà", "Phó Bí thư Thường trực Huyện ủy", "pbt.thuongtruc", PHO_BI_THU,
        UY_VIEN_BTV);
    member(btv, "Võ Văn Tường", "Ủy viên Ban Thường vụ, Phó Chủ tịch Thường trực HĐND huyện", "btv.hdnd",
        UY_VIEN_BTV);
    member(ubnd, "Trần Hữu Phước", "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện", "ubnd.chutich", PHO_BI_THU,
        UY_VIEN_BTV, CHU_TICH_UBND, TRUONG_DON_VI);
    member(ubnd, "Lê Thị Diệu Linh", "Ủy viên Ban Thường vụ, Phó Chủ tịch UBND huyện", "ubnd.phochutich",
        UY_VIEN_BTV, PHO_CHU_TICH_UBND);

    member(btc, "Nguyễn Thị Minh Nguyệt", "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện ủy", "btc.truong",
        UY_VIEN_BTV, TRUONG_DON_VI);
    member(btc, "Huỳnh Văn Lộc", "Phó Trưởng Ban Tổ chức Huyện ủy", "btc.pho", CAN_BO);
    member(btc, "Đặng Thị Ngọc Trâm", "Chuyên viên Ban Tổ chức Huyện ủy, phụ trách thi đua – khen thưởng",
        "btc.canbo", CAN_BO);
    member(vp, "Trương Công Bình", "Ủy viên Ban Thường vụ, Chánh Văn phòng Huyện ủy", "vp.truong", UY_VIEN_BTV,
        TRUONG_DON_VI);
    member(vp, "Bùi Thị Kim Oanh", "Chuyên viên Văn phòng Huyện ủy", "vp.canbo", CAN_BO);
    member(btg, "Phan Đình Khôi", "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Huyện ủy", "btg.truong",
        UY_VIEN_BTV, TRUONG_DON_VI);
    member(btg, "Hồ Thị Mỹ Duyên", "Chuyên viên Ban Tuyên giáo Huyện ủy", "btg.canbo", CAN_BO);
    member(bdv, "Đỗ Văn Hiếu", "Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy", "bdv.truong", UY_VIEN_BTV,
        TRUONG_DON_VI);
    member(bdv, "Ngô Thị Bích Ngọc", "Chuyên viên Ban Dân vận Huyện ủy", "bdv.canbo", CAN_BO);
    member(ubkt, "Dương Quang Vinh", "Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy", "ubkt.truong",
        UY_VIEN_BTV, TRUONG_DON_VI);
    member(ubkt, "Đinh Thị Thanh Tâm", "Kiểm tra viên Ủy ban Kiểm tra Huyện ủy", "ubkt.canbo", CAN_BO);
    member(vpUbnd, "Nguyễn Văn Sang", "Chánh Văn phòng HĐND và UBND huyện", "vpubnd.truong", TRUONG_DON_VI);
    member(vpUbnd, "Phạm Thị Phương", "Chuyên viên Văn phòng HĐND và UBND huyện", "vpubnd.canbo", CAN_BO);
    member(pnv, "Võ Thành Nhân", "Trưởng phòng Nội vụ huyện", "pnv.truong", TRUONG_DON_VI);
    member(pnv, "Trần Thị Lệ Thu", "Chuyên viên Phòng Nội vụ, phụ trách thi đua – khen thưởng", "pnv.canbo",
        CAN_BO);
    member(hdtdkt, "Lý Văn Toàn", "Phó Chủ tịch Hội đồng Thi đua – Khen thưởng huyện", "hdtdkt.truong",
        TRUONG_DON_VI);
    member(hdtdkt, "Huỳnh Thị Yến", "Thư ký Hội đồng Thi đua – Khen thưởng huyện", "hdtdkt.canbo", CAN_BO);

    // Party organisations directly under the district committee; Châu Ổ gives the response speech
    List<String> communeMembers = List.of("Phó Bí thư Thường trực Đảng ủy", "Chủ tịch Ủy ban nhân dân",
        "Bí thư Chi bộ thôn");
    subordinate(btv, new Subordinate("CHAU-O", "chauo", "Đảng bộ thị trấn Châu Ổ", UnitKind.DANG_BO_CO_SO,
        "Bí thư Đảng ủy thị trấn Châu Ổ", "Chuyên viên Văn phòng Đảng ủy thị trấn Châu Ổ",
        List.of("Phó Bí thư Thường trực Đảng ủy thị trấn", "Chủ tịch Ủy ban nhân dân thị trấn",
            "Bí thư Chi bộ tổ dân phố")));
    String[][] communes = {
        {"BINH-CHANH", "binhchanh", "Bình Chánh"}, {"BINH-THANH", "binhthanh", "Bình Thạnh"},
        {"BINH-DUONG", "binhduong", "Bình Dương"}, {"BINH-NGUYEN", "binhnguyen", "Bình Nguyên"},
        {"BINH-TRUNG", "binhtrung", "Bình Trung"}, {"BINH-LONG", "binhlong", "Bình Long"},
        {"BINH-HAI", "binhhai", "Bình Hải"}, {"BINH-HIEP", "binhhiep", "Bình Hiệp"},
        {"BINH-MINH", "binhminh", "Bình Minh"}, {"BINH-KHUONG", "binhkhuong", "Bình Khương"},
        {"BINH-AN", "binhan", "Bình An"}, {"BINH-CHAU", "binhchau", "Bình Châu"}};
    for (String[] commune : communes) {
      subordinate(btv, new Subordinate(commune[0], commune[1], "Đảng bộ xã " + commune[2], UnitKind.DANG_BO_CO_SO,
          "Bí thư Đảng ủy xã " + commune[2], "Chuyên viên Văn phòng Đảng ủy xã " + commune[2], communeMembers));
    }
    subordinate(btv, new Subordinate("CB-GDDT", "gddt", "Chi bộ Phòng Giáo dục và Đào tạo", UnitKind.CHI_BO,
        "Bí thư Chi bộ, Trưởng phòng Giáo dục và Đào tạo", "Chuyên viên Phòng Giáo dục và Đào tạo",
        List.of("Phó Trưởng phòng Giáo dục và Đào tạo", "Chuyên viên phụ trách giáo dục tiểu học")));
    subordinate(btv, new Subordinate("CB-TCKH", "tckh", "Chi bộ Phòng Tài chính – Kế hoạch", UnitKind.CHI_BO,
        "Bí thư Chi bộ, Trưởng phòng Tài chính – Kế hoạch", "Chuyên viên Phòng Tài chính – Kế hoạch",
        List.of("Phó Trưởng phòng Tài chính – Kế hoạch", "Kế toán viên")));
    subordinate(btv, new Subordinate("CB-NNPTNT", "nnptnt", "Chi bộ Phòng Nông nghiệp và Phát triển nông thôn",
        UnitKind.CHI_BO, "Bí thư Chi bộ, Trưởng phòng Nông nghiệp và Phát triển nông thôn",
        "Chuyên viên Phòng Nông nghiệp và Phát triển nông thôn",
        List.of("Phó Trưởng phòng Nông nghiệp và Phát triển nông thôn", "Chuyên viên phụ trách nông thôn mới")));
    Unit quanSu = subordinate(btv, new Subordinate("DB-QUAN-SU", "quansu", "Đảng bộ Quân sự huyện",
        UnitKind.DANG_BO_CO_SO, null, "Trợ lý Tuyên huấn Ban Chỉ huy Quân sự huyện",
        List.of("Chính trị viên Ban Chỉ huy Quân sự huyện", "Phó Chỉ huy trưởng Ban Chỉ huy Quân sự huyện")));
    member(quanSu, "Đặng Quốc Bảo", "Ủy viên Ban Thường vụ, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện",
        "quansu.truong", UY_VIEN_BTV, TRUONG_DON_VI);
    Unit congAn = subordinate(btv, new Subordinate("DB-CONG-AN", "congan", "Đảng bộ Công an huyện",
        UnitKind.DANG_BO_CO_SO, null, "Cán bộ Đội Tổng hợp Công an huyện",
        List.of("Phó Trưởng Công an huyện", "Đội trưởng Đội Cảnh sát quản lý hành chính")));
    member(congAn, "Bùi Trọng Nghĩa", "Ủy viên Ban Thường vụ, Trưởng Công an huyện", "congan.truong", UY_VIEN_BTV,
        TRUONG_DON_VI);

    // Fatherland Front and the socio-political organisations
    Unit mttq = subordinate(null, new Subordinate("MTTQ", "mttq", "Ủy ban MTTQ Việt Nam huyện",
        UnitKind.MTTQ_DOAN_THE, null, "Cán bộ chuyên trách Ủy ban MTTQ Việt Nam huyện",
        List.of("Phó Chủ tịch Ủy ban MTTQ Việt Nam huyện", "Ủy viên Thường trực Ủy ban MTTQ Việt Nam huyện")));
    member(mttq, "Phan Văn Lợi", "Ủy viên Ban Thường vụ, Chủ tịch Ủy ban MTTQ Việt Nam huyện", "mttq.truong",
        UY_VIEN_BTV, TRUONG_DON_VI);
    subordinate(mttq, new Subordinate("HUYEN-DOAN", "huyendoan", "Huyện đoàn Bình Sơn", UnitKind.MTTQ_DOAN_THE,
        "Bí thư Huyện đoàn", "Cán bộ chuyên trách Huyện đoàn", List.of("Phó Bí thư Huyện đoàn", "Ủy viên Ban Thường vụ Huyện đoàn")));
    subordinate(mttq, new Subordinate("HOI-LHPN", "phunu", "Hội Liên hiệp Phụ nữ huyện", UnitKind.MTTQ_DOAN_THE,
        "Chủ tịch Hội Liên hiệp Phụ nữ huyện", "Cán bộ chuyên trách Hội Liên hiệp Phụ nữ huyện",
        List.of("Phó Chủ tịch Hội Liên hiệp Phụ nữ huyện", "Ủy viên Ban Thường vụ Hội")));
    subordinate(mttq, new Subordinate("HOI-ND", "nongdan", "Hội Nông dân huyện", UnitKind.MTTQ_DOAN_THE,
        "Chủ tịch Hội Nông dân huyện", "Cán bộ chuyên trách Hội Nông dân huyện",
        List.of("Phó Chủ tịch Hội Nông dân huyện", "Ủy viên Ban Thường vụ Hội")));
    subordinate(mttq, new Subordinate("HOI-CCB", "ccb", "Hội Cựu chiến binh huyện", UnitKind.MTTQ_DOAN_THE,
        "Chủ tịch Hội Cựu chiến binh huyện", "Cán bộ chuyên trách Hội Cựu chiến binh huyện",
        List.of("Phó Chủ tịch Hội Cựu chiến binh huyện", "Ủy viên Ban Thường vụ Hội")));
    subordinate(mttq, new Subordinate("LDLD", "ldld", "Liên đoàn Lao động huyện", UnitKind.MTTQ_DOAN_THE,
        "Chủ tịch Liên đoàn Lao động huyện", "Cán bộ chuyên trách Liên đoàn Lao động huyện",
        List.of("Phó Chủ tịch Liên đoàn Lao động huyện", "Chủ tịch Công đoàn cơ sở")));

    members.flush();
    // accounts first: a user created by syncUnit would get a random password instead of the demo one
    created.forEach(member -> identitySync.syncMember(member, password));
    units.findAllByOrderByIdAsc().forEach(identitySync::syncUnit);
  }

  private Unit unit(String code, String name, UnitKind kind, Unit parent, Body body) {
    Unit unit = new Unit(code, name, kind);
    unit.setParent(parent);
    unit.setBodyGroup(body);
    return units.save(unit);
  }

  private Member member(Unit unit, String fullName, String position, String username, Role... roles) {
    Member member = new Member(fullName, position, unit);
    member.setPartyMember(true);
    member.setRoles(Set.of(roles));
    if (username != null) {
      member.setUsername(username);
      member.setEmail(username + MAIL_DOMAIN);
    }
    member = members.save(member);
    created.add(member);
    return member;
  }

  /** A unit with its head (unless its head is a Standing Committee member added apart), officer and members. */
  private Unit subordinate(Unit parent, Subordinate spec) {
    Unit unit = unit(spec.code(), spec.name(), spec.kind(), parent, null);
    if (spec.headPosition() != null) {
      member(unit, nextName(), spec.headPosition(), spec.user() + ".truong", TRUONG_DON_VI);
    }
    member(unit, nextName(), spec.officerPosition(), spec.user() + ".canbo", CAN_BO);
    for (int i = 0; i < spec.memberPositions().size(); i++) {
      Member member = member(unit, nextName(), spec.memberPositions().get(i), null);
      // most members are Party members; in the mass organisations the last one is not
      member.setPartyMember(!(spec.kind() == UnitKind.MTTQ_DOAN_THE && i == spec.memberPositions().size() - 1));
    }
    return unit;
  }

  private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương",
      "Bùi", "Đặng", "Đỗ", "Ngô", "Hồ", "Dương", "Đinh"};
  private static final String[] GIVEN_NAMES = {"Văn Hùng", "Thị Lan", "Minh Tuấn", "Ngọc Ánh", "Quang Huy",
      "Thị Mai", "Văn Nam", "Thanh Hải", "Đức Thắng", "Thị Hoa", "Xuân Trường", "Thị Hồng Nhung", "Văn Tùng",
      "Công Danh", "Thị Kim Chi", "Minh Khoa", "Văn Tài", "Thị Thảo", "Tấn Phát", "Hoàng Long", "Thị Tuyết",
      "Văn Dũng", "Thành Công", "Thị Ngọc Hân", "Trọng Hiền", "Văn Cường", "Thị Quỳnh", "Anh Tú", "Đình Phúc",
      "Thị Hạnh", "Văn Mạnh", "Hữu Tín", "Thị Thanh Vân", "Minh Trí", "Văn Đạt", "Thị Lệ Hằng", "Công Minh",
      "Thị Yến Nhi", "Văn Kiên", "Thị Cẩm Tú", "Quốc Việt"};

  /** Fictional names: surname and given name walk their lists at different steps, so none repeats. */
  private String nextName() {
    int i = nameIndex++;
    return SURNAMES[(i * 4 + 3) % SURNAMES.length] + " " + GIVEN_NAMES[(i * 7 + 5) % GIVEN_NAMES.length];
  }
}
