package vn.thidua.decision;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.OptionalInt;

import vn.thidua.config.DecisionNumberingProperties.Scope;
import vn.thidua.web.ApiException;

/** How one book numbers: its format, and the scope in which its sequence runs from 1 without gaps. */
final class NumberingRule {

  private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final DecisionNumberFormat format;
  private final Scope scope;
  private final LocalDate termStart;

  NumberingRule(DecisionNumberFormat format, Scope scope, LocalDate termStart) {
    this.format = format;
    this.scope = scope;
    this.termStart = termStart;
  }

  /**
   * The counter a decision issued that day numbers in: {@code TERM-2025-10-01} or {@code YEAR-2026}. A day
   * before the current term belongs to a term this installation does not number: 400.
   */
  String scopeKey(LocalDate issueDate) {
    if (issueDate == null) {
      throw ApiException.badRequest("issueDate", "Chưa có ngày ban hành quyết định");
    }
    if (scope == Scope.YEAR) {
      return "YEAR-" + issueDate.getYear();
    }
    if (issueDate.isBefore(termStart)) {
      throw ApiException.badRequest("issueDate", "Ngày ban hành " + VIETNAMESE_DATE.format(issueDate)
          + " trước nhiệm kỳ hiện tại của cấp ủy (bắt đầu " + VIETNAMESE_DATE.format(termStart) + ")");
    }
    return "TERM-" + termStart;
  }

  /** The scope in words, for messages: "nhiệm kỳ từ 01/10/2025", "năm 2026". */
  String scopeLabel(LocalDate issueDate) {
    return scope == Scope.YEAR ? "năm " + issueDate.getYear() : "nhiệm kỳ từ " + VIETNAMESE_DATE.format(termStart);
  }

  String write(int sequence, LocalDate issueDate) {
    return format.write(sequence, issueDate);
  }

  OptionalInt sequenceOf(String number, LocalDate issueDate) {
    return format.sequenceOf(number, issueDate);
  }
}
