package vn.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.web.servlet.MultipartAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.util.unit.DataSize;

@ExtendWith(OutputCaptureExtension.class)
class DocumentPropertiesTest {

  @Configuration
  @EnableConfigurationProperties(DocumentProperties.class)
  @Import(MultipartLimitCheck.class)
  static class Limits {
  }

  private final WebApplicationContextRunner context = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(MultipartAutoConfiguration.class))
      .withUserConfiguration(Limits.class);

  @Test
  void theLimitIsTenMegabytesUnlessConfigured() {
    context.run(app -> assertThat(app.getBean(DocumentProperties.class).maxSize()).isEqualTo(DataSize.ofMegabytes(10)));
    context.withPropertyValues("thidua.documents.max-size=20MB", "spring.servlet.multipart.max-file-size=100MB",
            "spring.servlet.multipart.max-request-size=110MB")
        .run(app -> assertThat(app.getBean(DocumentProperties.class).maxSize()).isEqualTo(DataSize.ofMegabytes(20)));
  }

  @Test
  void aLimitOfNothingStopsTheStartWithTheReason() {
    context.withPropertyValues("thidua.documents.max-size=0").run(app -> {
      assertThat(app).hasFailed();
      assertThat(app.getStartupFailure()).rootCause().hasMessageContaining("thidua.documents.max-size phải lớn hơn 0");
    });
  }

  @Test
  void multipartLimitsBelowTheDocumentLimitAreWarnedAbout(CapturedOutput output) {
    context.withPropertyValues("thidua.documents.max-size=10MB", "spring.servlet.multipart.max-file-size=10MB")
        .run(app -> assertThat(app).hasNotFailed());
    assertThat(output).contains("should be well above thidua.documents.max-size (10485760B)");
  }

  @Test
  void multipartLimitsWellAboveTheDocumentLimitRaiseNoWarning(CapturedOutput output) {
    context.withPropertyValues("thidua.documents.max-size=10MB", "spring.servlet.multipart.max-file-size=100MB",
            "spring.servlet.multipart.max-request-size=110MB")
        .run(app -> assertThat(app).hasNotFailed());
    assertThat(output).doesNotContain("should be well above");
  }
}
