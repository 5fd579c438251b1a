package vn.thidua.posting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Client addresses are counted per client, and stored only as a keyed hash. */
class ClientAddressHasherTest {

  private static final String KEY = "khoa-bi-mat-cua-huyen-uy-binh-son-2025";

  @Test
  void theSameAddressHashesAlikeAndNeverShowsThroughTheHash() {
    ClientAddressHasher hasher = new ClientAddressHasher(new PostingProperties(false, 5, KEY));

    String hash = hasher.hash("203.0.113.7");

    assertThat(hash).matches("[0-9a-f]{64}").doesNotContain("203").isEqualTo(hasher.hash("203.0.113.7"));
    assertThat(hasher.hash("203.0.113.8")).isNotEqualTo(hash);
  }

  @Test
  void anotherInstallationsKeyGivesAnotherHash() {
    String ours = new ClientAddressHasher(new PostingProperties(false, 5, KEY)).hash("203.0.113.7");
    String theirs = new ClientAddressHasher(new PostingProperties(false, 5, KEY + "-khac")).hash("203.0.113.7");
    String random = new ClientAddressHasher(new PostingProperties(false, 5, "")).hash("203.0.113.7");

    assertThat(theirs).isNotEqualTo(ours);
    assertThat(random).isNotEqualTo(ours);
  }

  @Test
  void aShortKeyIsRefusedWhileNoKeyIsAllowed() {
    assertThat(new PostingProperties(false, 5, "ngan").isAddressKeyLongEnough()).isFalse();
    assertThat(new PostingProperties(false, 5, null).isAddressKeyLongEnough()).isTrue();
    assertThat(new PostingProperties(false, 5, KEY).isAddressKeyLongEnough()).isTrue();
  }
}
