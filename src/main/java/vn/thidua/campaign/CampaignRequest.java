package vn.thidua.campaign;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;

/** What an officer submits to create a campaign: dates as yyyy-MM-dd, months as yyyy-MM. */
public record CampaignRequest(
    String planNumber,
    String title,
    String theme,
    List<String> slogans,
    List<ContentAreaRequest> contentAreas,
    LocalDate pledgeDeadline,
    List<PhaseRequest> phases,
    List<String> unitCodes,
    String responseSpeechUnitCode) {

  public record ContentAreaRequest(String code, String title) {
  }

  public record PhaseRequest(
      String name,
      LocalDate startDate,
      LocalDate endDate,
      @JsonFormat(pattern = "yyyy-MM") YearMonth reviewMonth,
      LocalDate resultsDeadline) {
  }
}
