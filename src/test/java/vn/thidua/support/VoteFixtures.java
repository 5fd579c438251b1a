package vn.thidua.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;

import vn.thidua.campaign.CampaignService;
import vn.thidua.campaign.CampaignView;
import vn.thidua.organization.OrganizationService;
import vn.thidua.organization.UnitSummary;

/**
 * A phase whose appraisal is over and whose agreed list has been posted, written straight into the tables
 * as the earlier stages leave them (those stages have their own tests): Châu Ổ proposes itself and one of
 * its members for the Party's Giấy khen, Bình Chánh proposes itself for a State title. All three are agreed.
 * Then the vote process started as {@code phase-review} calls it.
 */
public final class VoteFixtures {

  public static final String VOTE_PROCESS = "standing-committee-vote";
  /** The Standing Committee of the demo data, 13 members with user accounts. */
  public static final List<String> COMMITTEE = List.of("bithu", "pbt.thuongtruc", "ubnd.chutich", "ubnd.phochutich",
      "btv.hdnd", "btc.truong", "vp.truong", "btg.truong", "bdv.truong", "ubkt.truong", "mttq.truong", "quansu.truong",
      "congan.truong");

  private VoteFixtures() {
  }

  /** The agreed proposals of phase 1 of a new campaign: Châu Ổ collective, Châu Ổ member, Bình Chánh (State). */
  public record AgreedPhase(CampaignView campaign, long chauOCollective, long chauOMember, long binhChanhState) {

    public List<Long> proposals() {
      return List.of(chauOCollective, chauOMember, binhChanhState);
    }
  }

  public static AgreedPhase agreedPhase(CampaignService campaigns, OrganizationService organization,
      DataSource dataSource) {
    CampaignView campaign = campaigns.create(LaunchFixtures.plan(LaunchFixtures.uniquePlanNumber()), "btc.truong");
    UnitSummary chauO = organization.findUnit("CHAU-O").orElseThrow();
    UnitSummary binhChanh = organization.findUnit("BINH-CHANH").orElseThrow();
    long member = organization.membersOfUnit("CHAU-O").get(0).id();
    Rows rows = new Rows(dataSource, campaign.id());
    long chauOReport = rows.report(chauO.id());
    long binhChanhReport = rows.report(binhChanh.id());
    long collective = rows.proposal(chauOReport, chauO.id(), "COLLECTIVE", chauO.id(), null, chauO.name(), "PARTY",
        "GIAY_KHEN_BTV_TAP_THE", "Hoàn thành xuất sắc nhiệm vụ 5 năm liền, dẫn đầu khối thị trấn");
    long individual = rows.proposal(chauOReport, chauO.id(), "INDIVIDUAL", null, member, "Nguyễn Văn An", "PARTY",
        "GIAY_KHEN_BTV_DANG_VIEN", "5 năm liền hoàn thành xuất sắc nhiệm vụ");
    long state = rows.proposal(binhChanhReport, binhChanh.id(), "COLLECTIVE", binhChanh.id(), null, binhChanh.name(),
        "STATE", "TAP_THE_LAO_DONG_TIEN_TIEN", "Hoàn thành 100% chỉ tiêu, 75% lao động tiên tiến");
    rows.agreed(chauOReport, chauO.id(), "PARTY", collective, individual);
    rows.agreed(binhChanhReport, binhChanh.id(), "STATE", state);
    return new AgreedPhase(campaign, collective, individual, state);
  }

  /** The vote as {@code phase-review} calls it after posting. */
  public static ProcessInstance startVote(RuntimeService runtimeService, CampaignView campaign, int reviewRound) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("campaignId", campaign.id());
    variables.put("phaseNumber", 1);
    variables.put("reviewRound", reviewRound);
    variables.put("planNumber", campaign.planNumber());
    variables.put("campaignTitle", campaign.title());
    return runtimeService.startProcessInstanceByKey(VOTE_PROCESS, campaign.planNumber(), variables);
  }

  private static final class Rows {

    private final DataSource dataSource;
    private final String campaignId;
    private final Timestamp now = Timestamp.from(Instant.now());

    Rows(DataSource dataSource, String campaignId) {
      this.dataSource = dataSource;
      this.campaignId = campaignId;
    }

    long report(long unitId) {
      return insert("results_report", Map.of("campaign_id", campaignId, "phase_number", 1, "unit_id", unitId,
          "status", "SUBMITTED", "narrative", "Báo cáo kết quả thực hiện phong trào", "submitted_at", now,
          "version", 0));
    }

    long proposal(long reportId, long unitId, String kind, Long nomineeUnitId, Long nomineeMemberId, String name,
        String track, String form, String achievements) {
      Map<String, Object> row = new HashMap<>();
      row.put("report_id", reportId);
      row.put("unit_id", unitId);
      row.put("nominee_kind", kind);
      row.put("nominee_unit_id", nomineeUnitId);
      row.put("nominee_member_id", nomineeMemberId);
      row.put("nominee_name", name);
      row.put("track", track);
      row.put("reward_form_code", form);
      row.put("declared_rating", "HTXSNV");
      row.put("consecutive_excellent_years", 5);
      row.put("achievements", achievements);
      if ("STATE".equals(track)) {
        row.putAll(Map.of("member_count", 20, "members_completing_tasks", 20, "members_advanced_workers", 15,
            "members_emulation_fighters", 2));
      }
      row.put("status", "AGREED");
      row.put("created_at", now);
      row.put("version", 0);
      return insert("proposal", row);
    }

    void agreed(long reportId, long unitId, String track, long... proposalIds) {
      long appraisal = insert("appraisal", Map.of("campaign_id", campaignId, "phase_number", 1, "report_id", reportId,
          "unit_id", unitId, "track", track, "round", 1, "status", "DONE", "finished_at", now, "version", 0));
      for (long proposalId : proposalIds) {
        insert("appraisal_item", Map.of("appraisal_id", appraisal, "proposal_id", proposalId, "conclusion", "AGREE",
            "outcome", "AGREED", "version", 0));
      }
    }

    private long insert(String table, Map<String, Object> row) {
      return new SimpleJdbcInsert(dataSource).withTableName(table).usingGeneratedKeyColumns("id")
          .usingColumns(row.keySet().toArray(String[]::new)).executeAndReturnKey(row).longValue();
    }
  }
}
