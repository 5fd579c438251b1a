package vn.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Amounts as an accountant writes them on a decision. */
class MoneyWordsTest {

  @Test
  void figuresGroupThousandsWithDots() {
    assertThat(MoneyWords.figures(0)).isEqualTo("0");
    assertThat(MoneyWords.figures(500)).isEqualTo("500");
    assertThat(MoneyWords.figures(1_000)).isEqualTo("1.000");
    assertThat(MoneyWords.figures(1_170_000)).isEqualTo("1.170.000");
    assertThat(MoneyWords.figures(12_345_678_901L)).isEqualTo("12.345.678.901");
    assertThat(MoneyWords.amount(4_680_000)).isEqualTo("4.680.000 đồng");
  }

  @Test
  void wordsReadTheAmountOut() {
    assertThat(MoneyWords.words(0)).isEqualTo("Không đồng");
    assertThat(MoneyWords.words(5)).isEqualTo("Năm đồng");
    assertThat(MoneyWords.words(15)).isEqualTo("Mười lăm đồng");
    assertThat(MoneyWords.words(21)).isEqualTo("Hai mươi mốt đồng");
    assertThat(MoneyWords.words(11)).isEqualTo("Mười một đồng");
    assertThat(MoneyWords.words(105)).isEqualTo("Một trăm linh năm đồng");
    assertThat(MoneyWords.words(1_170_000)).isEqualTo("Một triệu một trăm bảy mươi nghìn đồng");
    assertThat(MoneyWords.words(2_340_000)).isEqualTo("Hai triệu ba trăm bốn mươi nghìn đồng");
    assertThat(MoneyWords.words(1_015_000)).isEqualTo("Một triệu không trăm mười lăm nghìn đồng");
    assertThat(MoneyWords.words(1_000_005)).isEqualTo("Một triệu không trăm linh năm đồng");
    assertThat(MoneyWords.words(12_870_000)).isEqualTo("Mười hai triệu tám trăm bảy mươi nghìn đồng");
    assertThat(MoneyWords.words(3_000_000_000L)).isEqualTo("Ba tỷ đồng");
    assertThat(MoneyWords.words(1_000_000_000_000L)).isEqualTo("Một nghìn tỷ đồng");
    assertThat(MoneyWords.words(2_005_000_000L)).isEqualTo("Hai tỷ không trăm linh năm triệu đồng");
  }

  @Test
  void aNegativeAmountIsAMistake() {
    assertThatThrownBy(() -> MoneyWords.figures(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MoneyWords.words(-1_000)).isInstanceOf(IllegalArgumentException.class);
  }
}
