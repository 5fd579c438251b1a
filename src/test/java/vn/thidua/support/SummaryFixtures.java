package vn.thidua.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import vn.thidua.campaign.CampaignView;

/** The phase summary as {@code phase-review} starts it, and what the office enters in its forms. */
public final class SummaryFixtures {

  private SummaryFixtures() {
  }

  /** {@code phase-summary} of the phase, started with the variables {@code phase-review} passes. */
  public static ProcessInstance startSummary(RuntimeService runtimeService, CampaignView campaign, int phaseNumber) {
    return runtimeService.startProcessInstanceByKey("phase-summary", campaign.planNumber(), Map.of(
        "campaignId", campaign.id(), "phaseNumber", phaseNumber, "planNumber", campaign.planNumber(),
        "campaignTitle", campaign.title()));
  }

  /** The conference as the office records it in Tasklist. */
  public static Map<String, Object> conference(LocalDate date) {
    Map<String, Object> form = new HashMap<>();
    form.put("conferenceDate", date.toString());
    form.put("conferencePlace", "Hội trường Huyện ủy Bình Sơn");
    form.put("conferenceChair", "Lê Minh Khang – Bí thư Huyện ủy");
    form.put("conferenceParticipants", "Thường trực Huyện ủy, Ban Thường vụ, lãnh đạo các chi, đảng bộ trực thuộc");
    form.put("participantCount", 85);
    form.put("awardsPresented", "Quyết định số 15-QĐ/HU: Giấy khen cho Đảng bộ thị trấn Châu Ổ");
    form.put("conferenceNote", "Hội nghị trực tiếp kết hợp trực tuyến");
    return form;
  }

  /** The text of a PDF, for checking what it says. */
  public static String pdfText(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
