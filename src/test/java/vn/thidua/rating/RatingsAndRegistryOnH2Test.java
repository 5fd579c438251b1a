package vn.thidua.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.catalogue.NomineeKind;
import vn.thidua.organization.Nominee;
import vn.thidua.organization.UnitKind;
import vn.thidua.organization.UnitSummary;

/**
 * The embedded default keeps ratings and the registry in H2: the same migration creates the tables, its
 * rules hold there too, and the rating queries the eligibility rules use answer the same.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:ratings;DB_CLOSE_DELAY=-1")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class RatingsAndRegistryOnH2Test {

  @Autowired
  RatingRecordRepository ratings;

  @Autowired
  JdbcTemplate jdbc;

  private long unit(String code) {
    jdbc.update("insert into unit (code, name, kind, version) values (?, ?, 'CHI_BO', 0)", code, "Chi bộ " + code);
    return jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
  }

  private long member(long unitId, String name) {
    jdbc.update("insert into member (full_name, unit_id, party_member, version) values (?, ?, true, 0)", name, unitId);
    return jdbc.queryForObject("select max(id) from member where unit_id = ?", Long.class, unitId);
  }

  private void rate(Nominee nominee, int year, QualityRating rating) {
    RatingRecord entry = new RatingRecord();
    entry.record(new RatingContent(year, nominee, rating, BigDecimal.valueOf(90), null), "btc.canbo", Instant.now());
    ratings.saveAndFlush(entry);
  }

  @Test
  void ratingsAreStoredOncePerNomineeAndYearAndCountedOnH2() {
    long unitId = unit("H2-CELL");
    long memberId = member(unitId, "Nguyễn Thị Hạnh");
    UnitSummary cell = new UnitSummary(unitId, "H2-CELL", "Chi bộ H2-CELL", UnitKind.CHI_BO, "don-vi-h2-cell");
    Nominee member = new Nominee(NomineeKind.INDIVIDUAL, memberId, "Nguyễn Thị Hạnh", cell);
    rate(member, 2022, QualityRating.HTXSNV);
    rate(member, 2023, QualityRating.HTXSNV);
    rate(member, 2024, QualityRating.HTXSNV);
    rate(new Nominee(NomineeKind.COLLECTIVE, unitId, cell.name(), cell), 2024, QualityRating.HT);

    RatingRecords records = new RatingRecords(ratings, null, null);

    assertThat(records.consecutiveExcellentYears(NomineeKind.INDIVIDUAL, memberId, 2024)).isEqualTo(3);
    assertThat(records.consecutiveExcellentYears(NomineeKind.COLLECTIVE, unitId, 2024)).isZero();
    assertThat(records.recorded(NomineeKind.COLLECTIVE, unitId, 2024)).contains(QualityRating.HT);
    assertThatThrownBy(() -> rate(member, 2024, QualityRating.HTT))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> jdbc.update("insert into quality_rating (rating_year, nominee_kind, nominee_id, unit_id, "
        + "member_id, nominee_name, rating, recorded_at) values (2021, 'COLLECTIVE', ?, ?, ?, 'x', 'HT', ?)",
        unitId, unitId, memberId, Instant.now()))
        .as("a collective rating names no member").isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void theRegistryTableKeepsItsRulesOnH2() {
    long unitId = unit("H2-AWARD");
    String insert = "insert into award (nominee_kind, nominee_id, unit_id, nominee_name, reward_form_code, track, "
        + "award_year, decision_number, decision_date, decided_by, reward_money, award_source, campaign_id, "
        + "phase_number, recorded_at) values ('COLLECTIVE', ?, ?, 'Chi bộ', 'GIAY_KHEN_BTV_TAP_THE', 'PARTY', 2023, "
        + "'15-QĐ/HU', date '2023-08-20', 'Ban Thường vụ Huyện ủy', ?, 'IMPORTED', null, ?, current_timestamp)";

    jdbc.update(insert, unitId, unitId, 4_680_000L, null);

    assertThat(jdbc.queryForObject("select decision_number from award where unit_id = ?", String.class, unitId))
        .isEqualTo("15-QĐ/HU");
    assertThatThrownBy(() -> jdbc.update(insert, unitId, unitId, -1L, null))
        .as("no negative money").isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> jdbc.update(insert, unitId, unitId, 0L, 1))
        .as("a phase only with its campaign").isInstanceOf(DataIntegrityViolationException.class);
  }
}
