package vn.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  void keepsVietnameseLettersAndSpaces() {
    assertThat(FileNames.sanitize("Báo cáo thành tích Đảng bộ thị trấn Châu Ổ.docx"))
        .isEqualTo("Báo cáo thành tích Đảng bộ thị trấn Châu Ổ.docx");
  }

  @Test
  void composesLettersAMacSendsDecomposed() {
    String decomposed = Normalizer.normalize("Tờ trình.pdf", Normalizer.Form.NFD);

    assertThat(decomposed).isNotEqualTo("Tờ trình.pdf");
    assertThat(FileNames.sanitize(decomposed)).isEqualTo("Tờ trình.pdf");
  }

  @Test
  void stripsFolderPartsOfEitherKind() {
    assertThat(FileNames.sanitize("C:\\Users\\canbo\\Desktop\\Tờ trình.pdf")).isEqualTo("Tờ trình.pdf");
    assertThat(FileNames.sanitize("../../etc/passwd")).isEqualTo("passwd");
    assertThat(FileNames.sanitize("ho-so/")).isEmpty();
    assertThat(FileNames.sanitize("..")).isEmpty();
  }

  @Test
  void removesControlAndInvisibleCharactersThatCouldDisguiseAName() {
    // U+202E turns "to-trinh\u202Efdp.exe" into what looks like "to-trinhexe.pdf"
    assertThat(FileNames.sanitize("to-trinh\u202Efdp.exe")).isEqualTo("to-trinhfdp.exe");
    assertThat(FileNames.sanitize("bao\r\ncao\u0000\u0007.pdf")).as("line breaks become one space")
        .isEqualTo("bao cao.pdf");
    assertThat(FileNames.sanitize("bien\u200Bban.pdf")).isEqualTo("bienban.pdf");
  }

  @Test
  void replacesCharactersWindowsRefusesAndTidiesSpacesAndDots() {
    assertThat(FileNames.sanitize("Biên bản: họp xét <lần 2>?.pdf")).isEqualTo("Biên bản_ họp xét _lần 2__.pdf");
    assertThat(FileNames.sanitize("  Tờ   trình\t.pdf.. ")).isEqualTo("Tờ trình .pdf");
    assertThat(FileNames.sanitize(".htaccess")).isEqualTo("htaccess");
  }

  @Test
  void theExtensionIsWhatFollowsTheLastDot() {
    assertThat(FileNames.extension("bao.cao.PDF")).isEqualTo("PDF");
    assertThat(FileNames.extension("bao-cao")).isEmpty();
    assertThat(FileNames.withExtensionOf(DocumentType.PNG, "anh.PNG")).isEqualTo("anh.PNG");
    assertThat(FileNames.withExtensionOf(DocumentType.DOCX, "to-trinh.doc")).isEqualTo("to-trinh.doc.docx");
  }
}
