package vn.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

class DocumentResponsesTest {

  private static final byte[] PDF = TestFiles.pdf();

  private static DocumentContent stored(String fileName, String contentType, byte[] bytes) {
    return new DocumentContent(new StoredDocument(7, "PROPOSAL", "42", "TO_TRINH", fileName, contentType,
        bytes.length, "00", "chauo.canbo", Instant.parse("2025-08-05T02:00:00Z")), bytes);
  }

  @RestController
  static class DownloadController {
    @GetMapping("/download")
    ResponseEntity<byte[]> download() {
      return DocumentResponses.download(stored("Tờ trình đề nghị khen thưởng.pdf", "application/pdf", PDF));
    }
  }

  @Test
  void aDownloadIsAnAttachmentUnderItsVietnameseNameWithTheDetectedType() throws Exception {
    MockMvc mvc = MockMvcBuilders.standaloneSetup(new DownloadController()).build();

    mvc.perform(get("/download"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Type", "application/pdf"))
        .andExpect(header().longValue("Content-Length", PDF.length))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("Content-Disposition", "attachment; filename=\"To trinh de nghi khen thuong.pdf\"; "
            + "filename*=UTF-8''T%E1%BB%9D%20tr%C3%ACnh%20%C4%91%E1%BB%81%20ngh%E1%BB%8B%20khen%20th%C6%B0%E1%BB%9Fng.pdf"))
        .andExpect(content().bytes(PDF));
  }

  @Test
  void theHeaderDecodesBackToTheStoredName() {
    String name = "Biên bản họp xét (lần 2) – Đảng bộ Châu Ổ; 100% đồng ý.docx";

    ContentDisposition parsed = ContentDisposition.parse(DocumentResponses.attachment(name));

    assertThat(parsed.isAttachment()).isTrue();
    assertThat(parsed.getFilename()).isEqualTo(name);
  }

  @Test
  void theFallbackNameIsPlainAsciiWithoutQuotesOrPercentSigns() {
    assertThat(DocumentResponses.asciiFallback("Đơn \"đề nghị\" 50%.pdf")).isEqualTo("Don _de nghi_ 50_.pdf");
    assertThat(DocumentResponses.asciiFallback("Ảnh – 漢字.png")).isEqualTo("Anh _ __.png");
    assertThat(DocumentResponses.asciiFallback("bad\r\nheader.pdf")).isEqualTo("bad__header.pdf");
  }
}
