package vn.thidua.rating;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.thidua.organization.NomineeFinder;
import vn.thidua.web.ApiException.FieldError;

/**
 * The rules a rating meets, the same for one entered on the API and a line of an imported file: every
 * broken rule against its field (the CSV column of the same name), in Vietnamese.
 */
@Component
class RatingChecks {

  /** No consecutive-year rule in use reaches further back. */
  static final int FIRST_YEAR = 2000;
  /** The 100-point scale of QĐ 366-QĐ/TW. */
  static final BigDecimal MAX_SCORE = BigDecimal.valueOf(100);
  static final int MAX_NOTE = 2000;

  /** The rating ready to record, or what is wrong with it. */
  record Checked(RatingContent content, List<FieldError> errors) {
  }

  private final Clock clock;

  RatingChecks(Clock clock) {
    this.clock = clock;
  }

  Checked check(RatingRequest request, NomineeFinder finder) {
    NomineeFinder.Result nominee = finder.resolve(request.nomineeKind(), request.unitCode(), request.memberId(),
        request.memberName());
    List<FieldError> errors = new ArrayList<>(nominee.errors());
    int lastYear = lastYear();
    if (request.year() == null) {
      errors.add(new FieldError("year", "Chưa nhập năm xếp loại"));
    } else if (request.year() < FIRST_YEAR || request.year() > lastYear) {
      errors.add(new FieldError("year", "Năm xếp loại phải từ " + FIRST_YEAR + " đến " + lastYear));
    }
    if (request.rating() == null) {
      errors.add(new FieldError("rating", "Chưa chọn mức xếp loại: HTXSNV, HTT, HT hoặc KHT"));
    }
    BigDecimal score = request.score();
    if (score != null && (score.signum() < 0 || score.compareTo(MAX_SCORE) > 0)) {
      errors.add(new FieldError("score", "Điểm theo thang 100 điểm: từ 0 đến 100"));
    } else if (score != null && score.stripTrailingZeros().scale() > 2) {
      errors.add(new FieldError("score", "Điểm có tối đa 2 chữ số thập phân (ví dụ 92.5)"));
    }
    if (request.note() != null && request.note().length() > MAX_NOTE) {
      errors.add(new FieldError("note", "Ghi chú dài tối đa " + MAX_NOTE + " ký tự"));
    }
    if (!errors.isEmpty()) {
      return new Checked(null, errors);
    }
    return new Checked(new RatingContent(request.year(), nominee.nominee(), request.rating(), score, request.note()),
        List.of());
  }

  /** The last year a rating may be entered for: next year, the bound the office set. */
  int lastYear() {
    return LocalDate.now(clock).getYear() + 1;
  }
}
