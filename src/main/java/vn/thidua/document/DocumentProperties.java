package vn.thidua.document;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits for dossier files. Keep {@code spring.servlet.multipart.max-file-size} well above {@code max-size}:
 * otherwise the servlet container refuses a large upload before this application can say why.
 * {@code max-unpacked-size} bounds what a Word document may inflate to, so a small zip bomb cannot fill memory.
 */
@Validated
@ConfigurationProperties("thidua.documents")
public record DocumentProperties(
    @NotNull(message = "Chưa đặt thidua.documents.max-size (dung lượng tối đa của một tệp, ví dụ 10MB)")
    @DefaultValue("10MB")
    DataSize maxSize,
    @NotNull(message = "Chưa đặt thidua.documents.max-unpacked-size (dung lượng giải nén tối đa của một tệp DOCX, "
        + "ví dụ 100MB)")
    @DefaultValue("100MB")
    DataSize maxUnpackedSize) {

  @AssertTrue(message = "thidua.documents.max-size phải lớn hơn 0 (ví dụ 10MB)")
  public boolean isMaxSizePositive() {
    return maxSize == null || maxSize.toBytes() > 0;
  }

  @AssertTrue(message = "thidua.documents.max-unpacked-size phải lớn hơn 0 (ví dụ 100MB)")
  public boolean isMaxUnpackedSizePositive() {
    return maxUnpackedSize == null || maxUnpackedSize.toBytes() > 0;
  }
}
