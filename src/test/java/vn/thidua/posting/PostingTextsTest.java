package vn.thidua.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

/** Objections are kept as typed, in one Unicode form, and counted as a person counts characters. */
class PostingTextsTest {

  @Test
  void vietnameseTypedWithCombiningMarksIsKeptPrecomposedAndCountedAsLetters() {
    String decomposed = Normalizer.normalize("Phản ánh", Normalizer.Form.NFD);

    String kept = PostingTexts.clean(decomposed);

    assertThat(decomposed).hasSizeGreaterThan(8);
    assertThat(kept).isEqualTo("Phản ánh");
    assertThat(PostingTexts.length(kept)).isEqualTo(8);
    assertThat(PostingTexts.length("😀")).isEqualTo(1);
  }

  @Test
  void controlCharactersGoAndLineBreaksStay() {
    assertThat(PostingTexts.clean("  Dòng 1\r\nDòng\u0000 2\u0007\tcuối  ")).isEqualTo("Dòng 1\nDòng 2\tcuối");
    assertThat(PostingTexts.clean(" \n\u0000 ")).isNull();
    assertThat(PostingTexts.clean(null)).isNull();
  }

  @Test
  void markupIsTextLikeAnyOther() {
    assertThat(PostingTexts.clean("<script>alert(1)</script>")).isEqualTo("<script>alert(1)</script>");
  }

  @Test
  void numbersAreWrittenTheVietnameseWay() {
    assertThat(PostingTexts.number(2000)).isEqualTo("2.000");
  }
}
