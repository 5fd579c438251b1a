package vn.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The embedded default keeps files in H2: the same migration and mapping store and return the bytes there
 * (the application's start on H2 is {@code EmbeddedDefaultStartTest}'s concern).
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:documents;DB_CLOSE_DELAY=-1")
@Import({DocumentService.class, UploadValidator.class, DocumentStorageOnH2Test.Wiring.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class DocumentStorageOnH2Test {

  @TestConfiguration
  @EnableConfigurationProperties(DocumentProperties.class)
  static class Wiring {
    @Bean
    Clock clock() {
      return Clock.systemUTC();
    }
  }

  @Autowired
  DocumentService documents;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void storesReadsListsAndDeletesFilesOnH2() {
    byte[] report = TestFiles.docxWithPicture(3 * 1024 * 1024, 3);

    StoredDocument stored = documents.store("PROPOSAL", "h2", "BAO_CAO_THANH_TICH", "Báo cáo thành tích.docx", report,
        "chauo.canbo");
    StoredDocument letter = documents.store("PROPOSAL", "h2", "TO_TRINH", "Tờ trình.pdf", TestFiles.pdf(),
        "chauo.canbo");

    assertThat(documents.content(stored.id()).bytes()).isEqualTo(report);
    assertThat(documents.content(stored.id()).document()).isEqualTo(stored);
    assertThat(documents.list("PROPOSAL", "h2")).containsExactly(stored, letter);
    assertThat(jdbc.queryForObject("select data_type from information_schema.columns "
        + "where lower(table_name) = 'document_content' and lower(column_name) = 'bytes'", String.class))
        .isEqualTo("BINARY VARYING");

    documents.delete(letter.id());
    assertThat(documents.list("PROPOSAL", "h2")).containsExactly(stored);
    documents.deleteAll("PROPOSAL", "h2");
    assertThat(documents.list("PROPOSAL", "h2")).isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from document_content", Integer.class)).isZero();
  }
}
