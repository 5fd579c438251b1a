package vn.thidua.summary;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.thidua.document.ReportDocument;
import vn.thidua.document.ReportSheet;
import vn.thidua.document.ReportSheet.Block;
import vn.thidua.document.ReportSheet.Grid;
import vn.thidua.document.ReportSheet.GridColumn;
import vn.thidua.document.ReportSheet.Heading;
import vn.thidua.document.ReportSheet.Text;
import vn.thidua.summary.PhaseReport.AwardRow;
import vn.thidua.summary.PhaseReport.Conference;
import vn.thidua.summary.PhaseReport.ProposalRow;
import vn.thidua.summary.PhaseReport.TargetRow;
import vn.thidua.summary.PhaseReport.Totals;
import vn.thidua.summary.PhaseReport.UnitRow;

/** Writes a phase's summary report as the committee's report (báo cáo sơ kết / tổng kết), in Vietnamese. */
@Component
class PhaseReportPrint {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String[] ROMAN = {"I", "II", "III", "IV", "V"};

  private final ReportDocument document;

  PhaseReportPrint(ReportDocument document) {
    this.document = document;
  }

  byte[] pdf(PhaseReport report, String issuingBody, LocalDate date) {
    String subject = (report.status() == SummaryStatus.FINAL ? "" : "(Dự thảo) ") + report.title()
        + " phong trào thi đua “" + report.campaignTitle() + "”";
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Text("Thực hiện Kế hoạch số " + report.planNumber() + " của Ban Thường vụ " + issuingBody
        + " về phát động phong trào thi đua “" + report.campaignTitle() + "”, " + issuingBody + " báo cáo "
        + report.title().toLowerCase(Locale.forLanguageTag("vi")) + " (" + report.phaseName() + ") như sau:"));
    int part = 0;
    blocks.add(new Heading(ROMAN[part++] + ". HỘI NGHỊ " + (report.lastPhase() ? "TỔNG KẾT" : "SƠ KẾT"), 1));
    blocks.addAll(conference(report.conference()));
    blocks.add(new Heading(ROMAN[part++] + ". KẾT QUẢ CHUNG", 1));
    blocks.addAll(totals(report.totals()));
    blocks.add(new Heading(ROMAN[part++] + ". KẾT QUẢ CỦA TỪNG ĐƠN VỊ", 1));
    int number = 1;
    for (UnitRow unit : report.units()) {
      blocks.addAll(unit(number++, unit));
    }
    if (report.assessment() != null || report.lessonsLearned() != null) {
      blocks.add(new Heading(ROMAN[part++] + ". ĐÁNH GIÁ CHUNG VÀ BÀI HỌC KINH NGHIỆM", 1));
      if (report.assessment() != null) {
        blocks.add(new Heading("Đánh giá chung", 2));
        blocks.add(new Text(report.assessment()));
      }
      if (report.lessonsLearned() != null) {
        blocks.add(new Heading("Bài học kinh nghiệm", 2));
        blocks.add(new Text(report.lessonsLearned()));
      }
    }
    return document.pdf(new ReportSheet("BÁO CÁO", subject, date, blocks));
  }

  private static List<Block> conference(Conference conference) {
    List<Block> blocks = new ArrayList<>();
    if (conference == null || conference.date() == null) {
      blocks.add(new Text("Chưa tổ chức hội nghị."));
      return blocks;
    }
    blocks.add(new Text("Hội nghị được tổ chức ngày " + DAY.format(conference.date()) + " tại " + conference.place()
        + ", do đồng chí " + conference.chairedBy() + " chủ trì; " + conference.participantCount()
        + " đại biểu dự: " + conference.participants() + "."));
    if (conference.awardsPresented() != null) {
      blocks.add(new Text("Khen thưởng trao tại hội nghị: " + conference.awardsPresented()));
    }
    if (conference.note() != null) {
      blocks.add(new Text(conference.note()));
    }
    return blocks;
  }

  private static List<Block> totals(Totals totals) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Text(totals.units() + " đơn vị tham gia phong trào: " + totals.registered()
        + " đơn vị đăng ký thi đua được duyệt, " + totals.notRegistered() + " đơn vị không đăng ký; "
        + totals.reported() + " đơn vị nộp báo cáo kết quả, " + totals.notReported()
        + " đơn vị đã đăng ký nhưng không nộp báo cáo."));
    blocks.add(new Text("Các đơn vị gửi " + totals.proposals() + " đề nghị khen thưởng; " + totals.awards()
        + " tập thể, cá nhân được khen thưởng theo quyết định, tổng tiền thưởng " + money(totals.money())
        + "; " + totals.forwarded() + " đề nghị được trình cấp trên khen thưởng."));
    if (!totals.proposalsByOutcome().isEmpty()) {
      blocks.add(new Heading("Đề nghị khen thưởng theo kết quả", 2));
      blocks.add(new Grid(List.of(new GridColumn("Kết quả", 0.75f, false), new GridColumn("Số đề nghị", 0.25f, true)),
          totals.proposalsByOutcome().stream().map(outcome -> List.of(outcome.label(),
              String.valueOf(outcome.count()))).toList()));
    }
    if (!totals.awardsByForm().isEmpty()) {
      blocks.add(new Heading("Khen thưởng theo hình thức", 2));
      List<List<String>> rows = new ArrayList<>(totals.awardsByForm().stream().map(form -> List.of(form.formName(),
          String.valueOf(form.count()), money(form.money()))).toList());
      rows.add(List.of("Tổng cộng", String.valueOf(totals.awards()), money(totals.money())));
      blocks.add(new Grid(List.of(new GridColumn("Hình thức", 0.5f, false), new GridColumn("Số lượng", 0.2f, true),
          new GridColumn("Tiền thưởng", 0.3f, true)), rows));
    }
    return blocks;
  }

  private static List<Block> unit(int number, UnitRow unit) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Heading(number + ". " + unit.unitName(), 2));
    blocks.add(new Text("Đăng ký thi đua: " + unit.registrationLabel() + ". Báo cáo kết quả: " + unit.reportLabel()
        + "."));
    if (!unit.targets().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      int row = 1;
      for (TargetRow target : unit.targets()) {
        rows.add(List.of(String.valueOf(row++), target.contentArea() + ": " + target.target(),
            quantity(target.pledged(), target.unitOfMeasure()), quantity(target.achieved(), target.unitOfMeasure()),
            target.selfAssessment() == null ? "" : target.selfAssessment()));
      }
      blocks.add(new Grid(List.of(new GridColumn("STT", 0.07f, true), new GridColumn("Chỉ tiêu", 0.41f, false),
          new GridColumn("Đăng ký", 0.16f, true), new GridColumn("Đạt được", 0.16f, true),
          new GridColumn("Tự đánh giá", 0.2f, true)), rows));
    }
    if (unit.proposals().isEmpty()) {
      blocks.add(new Text("Không có đề nghị khen thưởng."));
    } else {
      List<List<String>> rows = new ArrayList<>();
      int row = 1;
      for (ProposalRow proposal : unit.proposals()) {
        rows.add(List.of(String.valueOf(row++), proposal.nomineeName() + " (" + proposal.nomineeKind() + ")",
            proposal.proposedForm(), proposal.agreedForm() == null ? "" : proposal.agreedForm(),
            proposal.statusLabel()));
      }
      blocks.add(new Grid(List.of(new GridColumn("STT", 0.07f, true), new GridColumn("Đề nghị khen thưởng", 0.3f, false),
          new GridColumn("Hình thức đề nghị", 0.21f, false), new GridColumn("Hình thức được đồng ý", 0.21f, false),
          new GridColumn("Kết quả", 0.21f, false)), rows));
    }
    if (!unit.awards().isEmpty()) {
      List<List<String>> rows = new ArrayList<>();
      int row = 1;
      for (AwardRow award : unit.awards()) {
        rows.add(List.of(String.valueOf(row++), award.nomineeName(), award.formName(),
            "Số " + award.decisionNumber() + " ngày " + DAY.format(award.decisionDate()),
            award.money() == null ? "" : money(award.money())));
      }
      blocks.add(new Grid(List.of(new GridColumn("STT", 0.07f, true), new GridColumn("Được khen thưởng", 0.27f, false),
          new GridColumn("Hình thức", 0.24f, false), new GridColumn("Quyết định", 0.24f, false),
          new GridColumn("Tiền thưởng", 0.18f, true)), rows));
    }
    return blocks;
  }

  private static String quantity(BigDecimal value, String unitOfMeasure) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString() + " " + unitOfMeasure;
  }

  /** "1.170.000 đồng", as Vietnamese documents write amounts. */
  static String money(long amount) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    symbols.setGroupingSeparator('.');
    return new DecimalFormat("#,##0", symbols).format(amount) + " đồng";
  }
}
