package vn.thidua.document;

import java.time.LocalDate;

/** Dates as administrative documents write them (Nghị định 30/2020/NĐ-CP; Hướng dẫn 36-HD/VPTW). */
public final class DocumentDates {

  private DocumentDates() {
  }

  /**
   * "ngày 05 tháng 8 năm 2025": a day below 10 and the months 1 and 2 take a leading zero, so that nobody can
   * add a digit to them later.
   */
  public static String written(LocalDate date) {
    int month = date.getMonthValue();
    return "ngày %02d tháng %s năm %d".formatted(date.getDayOfMonth(),
        month <= 2 ? "%02d".formatted(month) : String.valueOf(month), date.getYear());
  }

  /** "Bình Sơn, ngày 05 tháng 8 năm 2025". */
  public static String placeAndDate(String place, LocalDate date) {
    return place == null || place.isBlank() ? capitalised(written(date)) : place.strip() + ", " + written(date);
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
