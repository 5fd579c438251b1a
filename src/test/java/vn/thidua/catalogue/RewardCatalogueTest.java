package vn.thidua.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import vn.thidua.web.ApiException;

/** What the catalogue answers other features, on a small catalogue without a database. */
class RewardCatalogueTest {

  private static final RewardMoneyProperties BASE_SALARY_2024 = new RewardMoneyProperties(2_340_000L, 10_000L);

  private final RewardFormRepository repository = mock(RewardFormRepository.class);
  private RewardCatalogue catalogue;

  @BeforeEach
  void catalogueOfFourForms() {
    List<RewardForm> forms = List.of(
        form("GIAY_KHEN_BTV_TAP_THE", Track.PARTY, NomineeScope.COLLECTIVE, DecidingAuthority.PARTY_COMMITTEE,
            null, "2.00", true),
        form("GIAY_KHEN_CHU_TICH_UBND", Track.STATE, NomineeScope.BOTH, DecidingAuthority.PEOPLES_COMMITTEE_CHAIR,
            "0.15", "0.30", true),
        form("GIAY_KHEN_CU", Track.STATE, NomineeScope.BOTH, DecidingAuthority.PEOPLES_COMMITTEE_CHAIR,
            "0.10", "0.20", false),
        form("BANG_KHEN_CHU_TICH_UBND_TINH", Track.STATE, NomineeScope.BOTH, DecidingAuthority.PROVINCE,
            null, null, true));
    when(repository.findAllByOrderBySortOrderAscCodeAsc()).thenReturn(forms);
    when(repository.findWithDocumentsByCode(anyString())).thenReturn(Optional.empty());
    forms.forEach(form -> when(repository.findWithDocumentsByCode(form.getCode())).thenReturn(Optional.of(form)));
    catalogue = new RewardCatalogue(repository, new RewardFormMapperImpl(), BASE_SALARY_2024);
  }

  @Test
  void allowedListsTheActiveFormsOfTheTrackOpenToThatNominee() {
    assertThat(catalogue.allowed(Track.STATE, NomineeKind.INDIVIDUAL)).extracting(RewardFormView::code)
        .containsExactly("GIAY_KHEN_CHU_TICH_UBND", "BANG_KHEN_CHU_TICH_UBND_TINH");
    assertThat(catalogue.allowed(Track.PARTY, NomineeKind.COLLECTIVE)).extracting(RewardFormView::code)
        .containsExactly("GIAY_KHEN_BTV_TAP_THE");
    assertThat(catalogue.allowed(Track.PARTY, NomineeKind.INDIVIDUAL)).isEmpty();
    assertThat(catalogue.allowed(Track.MASS_ORG, NomineeKind.COLLECTIVE)).isEmpty();
  }

  @Test
  void allowsRefusesAnotherTrackAnotherNomineeARetiredFormAndAnUnknownCode() {
    assertThat(catalogue.allows("GIAY_KHEN_BTV_TAP_THE", Track.PARTY, NomineeKind.COLLECTIVE)).isTrue();
    assertThat(catalogue.allows("GIAY_KHEN_BTV_TAP_THE", Track.PARTY, NomineeKind.INDIVIDUAL)).isFalse();
    assertThat(catalogue.allows("GIAY_KHEN_BTV_TAP_THE", Track.STATE, NomineeKind.COLLECTIVE)).isFalse();
    assertThat(catalogue.allows("GIAY_KHEN_CU", Track.STATE, NomineeKind.INDIVIDUAL)).isFalse();
    assertThat(catalogue.allows("KHONG_CO", Track.STATE, NomineeKind.INDIVIDUAL)).isFalse();
    assertThat(catalogue.allows(null, Track.STATE, NomineeKind.INDIVIDUAL)).isFalse();
  }

  @Test
  void rewardMoneyIsTheMultipleOfTheBaseSalaryRoundedUpToTensOfThousands() {
    assertThat(catalogue.rewardMoney("GIAY_KHEN_CHU_TICH_UBND", NomineeKind.INDIVIDUAL)).isEqualTo(360_000);
    assertThat(catalogue.rewardMoney("GIAY_KHEN_CHU_TICH_UBND", NomineeKind.COLLECTIVE)).isEqualTo(710_000);
    assertThat(catalogue.rewardMoney("GIAY_KHEN_BTV_TAP_THE", NomineeKind.COLLECTIVE)).isEqualTo(4_680_000);
    assertThat(catalogue.rewardMoney("GIAY_KHEN_CU", NomineeKind.INDIVIDUAL))
        .as("a retired form still pays what was decided under it").isEqualTo(240_000);
  }

  @Test
  void rewardMoneyIsZeroWhenTheFormCarriesNoneForThatNominee() {
    assertThat(catalogue.rewardMoney("BANG_KHEN_CHU_TICH_UBND_TINH", NomineeKind.INDIVIDUAL)).isZero();
    assertThat(catalogue.rewardMoney("GIAY_KHEN_BTV_TAP_THE", NomineeKind.INDIVIDUAL)).isZero();
  }

  @Test
  void anUnknownCodeIsNotFoundInVietnamese() {
    assertThatThrownBy(() -> catalogue.rewardMoney("KHONG_CO", NomineeKind.INDIVIDUAL))
        .isInstanceOf(ApiException.class)
        .hasMessage("Không tìm thấy hình thức khen thưởng có mã \"KHONG_CO\"")
        .satisfies(error -> assertThat(((ApiException) error).status()).isEqualTo(HttpStatus.NOT_FOUND));
  }

  @Test
  void searchCombinesTheFilters() {
    assertThat(catalogue.search(Track.STATE, null, false)).extracting(RewardFormView::code)
        .containsExactly("GIAY_KHEN_CU");
    assertThat(catalogue.search(null, NomineeKind.COLLECTIVE, true)).extracting(RewardFormView::code)
        .containsExactly("GIAY_KHEN_BTV_TAP_THE", "GIAY_KHEN_CHU_TICH_UBND", "BANG_KHEN_CHU_TICH_UBND_TINH");
    assertThat(catalogue.search(null, null, null)).hasSize(4);
  }

  @Test
  void moneyIsRoundedUpToTheConfiguredStep() {
    assertThat(BASE_SALARY_2024.amount(new BigDecimal("0.15"))).isEqualTo(360_000);
    assertThat(BASE_SALARY_2024.amount(new BigDecimal("1.5"))).isEqualTo(3_510_000);
    assertThat(BASE_SALARY_2024.amount(new BigDecimal("0.8"))).isEqualTo(1_880_000);
    assertThat(BASE_SALARY_2024.amount(BigDecimal.ZERO)).isZero();
    assertThat(BASE_SALARY_2024.amount(null)).isZero();
    assertThat(new RewardMoneyProperties(2_340_000L, 1L).amount(new BigDecimal("0.15"))).isEqualTo(351_000);
  }

  @Test
  void eachTrackIsDecidedOnlyByItsOwnAuthorities() {
    assertThat(Track.PARTY.decidableBy(DecidingAuthority.PARTY_COMMITTEE)).isTrue();
    assertThat(Track.PARTY.decidableBy(DecidingAuthority.PEOPLES_COMMITTEE_CHAIR)).isFalse();
    assertThat(Track.STATE.decidableBy(DecidingAuthority.PROVINCE)).isTrue();
    assertThat(Track.MASS_ORG.decidableBy(DecidingAuthority.PROVINCE)).isFalse();
    assertThat(NomineeScope.BOTH.allows(NomineeKind.COLLECTIVE)).isTrue();
    assertThat(NomineeScope.INDIVIDUAL.allows(NomineeKind.COLLECTIVE)).isFalse();
  }

  private static RewardForm form(String code, Track track, NomineeScope scope, DecidingAuthority decidedBy,
      String individual, String collective, boolean active) {
    RewardForm form = new RewardForm(code);
    form.setName(code);
    form.setKind(RewardFormKind.REWARD);
    form.setTrack(track);
    form.setNomineeScope(scope);
    form.setDecidedBy(decidedBy);
    form.setRequiredDocuments(new ArrayList<>(List.of(DocumentKind.TO_TRINH)));
    form.setMoneyMultipleIndividual(individual == null ? null : new BigDecimal(individual));
    form.setMoneyMultipleCollective(collective == null ? null : new BigDecimal(collective));
    form.setActive(active);
    return form;
  }
}
