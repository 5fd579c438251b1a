package vn.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.support.IntegrationTest;
import vn.thidua.web.ApiException;

/** Dossier files kept in PostgreSQL as units attach them to their reward proposals. */
class DocumentStorageIntegrationTest extends IntegrationTest {

  private static final AtomicInteger PROPOSALS = new AtomicInteger();
  private static final int MEGABYTE = 1024 * 1024;

  @Autowired
  DocumentService documents;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  TransactionTemplate transactions;

  /** A proposal id no other test uses: every test class shares the database. */
  private static String newProposal() {
    return "doc-it-" + System.currentTimeMillis() + "-" + PROPOSALS.incrementAndGet();
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }

  private int storedRows() {
    return jdbc.queryForObject("select count(*) from document", Integer.class)
        + jdbc.queryForObject("select count(*) from document_content", Integer.class);
  }

  @Test
  void aUnitAttachesAFiveMegabyteReportAndGetsItBackByteForByte() throws Exception {
    String proposal = newProposal();
    byte[] report = TestFiles.pdfOfSize(5 * MEGABYTE + 123, 5);

    StoredDocument stored = documents.store("PROPOSAL", proposal, "BAO_CAO_THANH_TICH",
        "Báo cáo thành tích năm 2025 – Đảng bộ thị trấn Châu Ổ.pdf", report, "chauo.canbo");

    assertThat(stored.size()).isEqualTo(report.length);
    assertThat(stored.sha256()).isEqualTo(sha256(report)).hasSize(64);
    assertThat(stored.contentType()).isEqualTo("application/pdf");
    assertThat(stored.fileName()).isEqualTo("Báo cáo thành tích năm 2025 – Đảng bộ thị trấn Châu Ổ.pdf");
    assertThat(stored.uploadedBy()).isEqualTo("chauo.canbo");
    DocumentContent readBack = documents.content(stored.id());
    assertThat(readBack.document()).isEqualTo(stored);
    assertThat(readBack.bytes()).isEqualTo(report);
    assertThat(sha256(readBack.bytes())).isEqualTo(stored.sha256());
    assertThat(documents.find(stored.id())).contains(stored);
  }

  @Test
  void theBytesLieInAByteaColumnApartFromTheMetadata() {
    String proposal = newProposal();
    byte[] image = TestFiles.png();

    StoredDocument stored = documents.store("PROPOSAL", proposal, "ANH", "ảnh.png", image, "chauo.canbo");

    assertThat(jdbc.queryForObject("select data_type from information_schema.columns "
        + "where table_name = 'document_content' and column_name = 'bytes'", String.class)).isEqualTo("bytea");
    assertThat(jdbc.queryForObject("select octet_length(bytes) from document_content where document_id = ?",
        Integer.class, stored.id())).isEqualTo(image.length);
    assertThat(jdbc.queryForObject("select sha256 from document where id = ?", String.class, stored.id()))
        .isEqualTo(stored.sha256());
  }

  @Test
  void eachProposalListsOnlyItsOwnFilesInTheOrderTheyWereUploaded() {
    String chauO = newProposal();
    String binhChanh = newProposal();
    StoredDocument proposalLetter = documents.store("PROPOSAL", chauO, "TO_TRINH", "Tờ trình.pdf", TestFiles.pdf(),
        "chauo.canbo");
    StoredDocument otherUnitsLetter = documents.store("PROPOSAL", binhChanh, "TO_TRINH", "Tờ trình.pdf",
        TestFiles.pdf(), "binhchanh.canbo");
    StoredDocument report = documents.store("PROPOSAL", chauO, "BAO_CAO_THANH_TICH", "Báo cáo.docx",
        TestFiles.docx(), "chauo.canbo");
    StoredDocument minutes = documents.store("PROPOSAL", chauO, "BIEN_BAN_HOP_XET", "Biên bản.jpg",
        TestFiles.jpeg(), "chauo.truong");
    StoredDocument decisionCopy = documents.store("DECISION", chauO, "BAN_KY", "Quyết định.pdf", TestFiles.pdf(),
        "vp.canbo");

    assertThat(documents.list("PROPOSAL", chauO)).containsExactly(proposalLetter, report, minutes);
    assertThat(documents.list("PROPOSAL", binhChanh)).containsExactly(otherUnitsLetter);
    assertThat(documents.list("DECISION", chauO)).containsExactly(decisionCopy);
    assertThat(documents.list("PROPOSAL", newProposal())).isEmpty();
  }

  @Test
  void deletingAFileRemovesItAndItsBytesAndLeavesTheOthers() {
    String proposal = newProposal();
    StoredDocument wrongFile = documents.store("PROPOSAL", proposal, "TO_TRINH", "nhầm tệp.pdf", TestFiles.pdf(),
        "chauo.canbo");
    StoredDocument report = documents.store("PROPOSAL", proposal, "BAO_CAO_THANH_TICH", "Báo cáo.docx",
        TestFiles.docx(), "chauo.canbo");

    documents.delete(wrongFile.id());

    assertThat(documents.list("PROPOSAL", proposal)).containsExactly(report);
    assertThat(documents.find(wrongFile.id())).isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from document_content where document_id = ?", Integer.class,
        wrongFile.id())).isZero();
    assertThat(documents.content(report.id()).bytes()).isEqualTo(TestFiles.docx());
    ApiException again = catchThrowableOfType(ApiException.class, () -> documents.delete(wrongFile.id()));
    assertThat(again.status()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void withdrawingAProposalDeletesAllItsFilesAndNoOtherProposals() {
    String withdrawn = newProposal();
    String kept = newProposal();
    documents.store("PROPOSAL", withdrawn, "TO_TRINH", "Tờ trình.pdf", TestFiles.pdf(), "chauo.canbo");
    documents.store("PROPOSAL", withdrawn, "BIEN_BAN_HOP_XET", "Biên bản.png", TestFiles.png(), "chauo.canbo");
    StoredDocument other = documents.store("PROPOSAL", kept, "TO_TRINH", "Tờ trình.pdf", TestFiles.pdf(),
        "chauo.canbo");
    int rowsBefore = storedRows();

    documents.deleteAll("PROPOSAL", withdrawn);

    assertThat(documents.list("PROPOSAL", withdrawn)).isEmpty();
    assertThat(documents.list("PROPOSAL", kept)).containsExactly(other);
    assertThat(storedRows()).isEqualTo(rowsBefore - 4);
    documents.deleteAll("PROPOSAL", withdrawn);
    assertThat(storedRows()).as("deleting the files of an owner without files changes nothing")
        .isEqualTo(rowsBefore - 4);
  }

  @Test
  void aRefusedFileLeavesNothingStored() {
    String proposal = newProposal();
    int rowsBefore = storedRows();

    ApiException program = catchThrowableOfType(ApiException.class, () -> documents.store("PROPOSAL", proposal,
        "TO_TRINH", "to-trinh.pdf", TestFiles.windowsProgram(), "chauo.canbo"));
    ApiException tooLarge = catchThrowableOfType(ApiException.class, () -> documents.store("PROPOSAL", proposal,
        "TO_TRINH", "to-trinh.pdf", TestFiles.paddedTo(TestFiles.pdf(), 10 * MEGABYTE + 1, 9), "chauo.canbo"));
    ApiException bomb = catchThrowableOfType(ApiException.class, () -> documents.store("PROPOSAL", proposal,
        "BAO_CAO_THANH_TICH", "bao-cao.docx", TestFiles.docxBomb(200L * MEGABYTE), "chauo.canbo"));

    assertThat(program.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(program.errors().get(0).message()).contains("không phải tệp PDF thật");
    assertThat(tooLarge.errors()).containsExactly(
        new ApiException.FieldError("file", "Tệp vượt quá dung lượng cho phép 10 MB"));
    assertThat(bomb.errors().get(0).message()).startsWith("Tệp \"bao-cao.docx\" vượt quá giới hạn giải nén");
    assertThat(documents.list("PROPOSAL", proposal)).isEmpty();
    assertThat(storedRows()).isEqualTo(rowsBefore);
  }

  @Test
  void aRefusedFileDoesNotUndoTheOtherFilesOfTheSameSubmission() {
    String proposal = newProposal();

    transactions.executeWithoutResult(status -> {
      documents.store("PROPOSAL", proposal, "TO_TRINH", "Tờ trình.pdf", TestFiles.pdf(), "chauo.canbo");
      assertThat(catchThrowableOfType(ApiException.class, () -> documents.store("PROPOSAL", proposal,
          "BIEN_BAN_HOP_XET", "biên bản.pdf", TestFiles.text("không phải PDF"), "chauo.canbo"))).isNotNull();
      documents.store("PROPOSAL", proposal, "BAO_CAO_THANH_TICH", "Báo cáo.docx", TestFiles.docx(), "chauo.canbo");
    });

    assertThat(documents.list("PROPOSAL", proposal)).extracting(StoredDocument::kind)
        .containsExactly("TO_TRINH", "BAO_CAO_THANH_TICH");
  }

  @Test
  void aFileThatDoesNotExistIsNotFound() {
    ApiException missing = catchThrowableOfType(ApiException.class, () -> documents.content(Long.MAX_VALUE));

    assertThat(missing.status()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(missing.getMessage()).isEqualTo("Không tìm thấy tài liệu số " + Long.MAX_VALUE);
    assertThat(documents.find(Long.MAX_VALUE)).isEmpty();
  }

  /** Prints the times; the machine's load decides them, so they are reported, not asserted. */
  @Test
  void aTenMegabyteFileIsStoredAndReadBackWhole() throws Exception {
    byte[] largest = TestFiles.pdfOfSize(10 * MEGABYTE, 10);
    String expectedSha = sha256(largest);
    for (int round = 1; round <= 3; round++) {
      String proposal = newProposal();
      long start = System.nanoTime();
      StoredDocument stored = documents.store("PROPOSAL", proposal, "BAO_CAO_THANH_TICH", "Báo cáo 10 MB.pdf",
          largest, "chauo.canbo");
      long stored_ = System.nanoTime();
      DocumentContent readBack = documents.content(stored.id());
      long read = System.nanoTime();
      List<StoredDocument> listed = documents.list("PROPOSAL", proposal);
      long listedAt = System.nanoTime();

      System.out.printf("10 MB file, round %d: store %d ms, read back %d ms, list %d ms%n", round,
          (stored_ - start) / 1_000_000, (read - stored_) / 1_000_000, (listedAt - read) / 1_000_000);
      assertThat(readBack.bytes()).isEqualTo(largest);
      assertThat(stored.sha256()).isEqualTo(expectedSha);
      assertThat(listed).containsExactly(stored);
      documents.deleteAll("PROPOSAL", proposal);
    }
  }
}
