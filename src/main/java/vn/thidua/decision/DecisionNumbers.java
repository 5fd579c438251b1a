package vn.thidua.decision;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.security.CurrentUser;
import vn.thidua.web.ApiException;

/**
 * Decision numbers, unique and without gaps within their scope (a term, a year), correct with several
 * issues at once and with several application processes on one database.
 *
 * <p>Each (book, scope) has one counter row; taking a number locks it ({@code select ... for update}) in
 * the issuing transaction and increments it there, so issues of one scope wait for each other and a
 * rolled-back issue gives its number back. Every number used, automatic or entered, is kept in
 * {@code issued_decision_number}, whose unique constraints are the last guard. Plain SQL through the
 * transaction's own connection, so that it joins whatever transaction the caller holds (JPA or JDBC).
 */
@Service
public class DecisionNumbers {

  private static final String UNIQUE_VIOLATION = "23505";
  private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  /** How often to look again for a counter row another transaction is creating (H2 refuses the insert at once). */
  private static final int COUNTER_ATTEMPTS = 100;

  private final JdbcTemplate jdbc;
  private final NumberingRules rules;
  private final CurrentUser currentUser;
  private final Clock clock;

  DecisionNumbers(JdbcTemplate jdbc, NumberingRules rules, CurrentUser currentUser, Clock clock) {
    this.jdbc = jdbc;
    this.rules = rules;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /**
   * Next number of the book for a decision issued on that day; joins the caller's transaction; a rollback gives it back.
   * A refusal (400 for the date) comes before anything is written: it leaves the caller's transaction usable.
   */
  @Transactional(noRollbackFor = ApiException.class)
  public IssuedNumber next(NumberingBook book, LocalDate issueDate) {
    NumberingRule rule = rules.of(book);
    String scope = rule.scopeKey(issueDate);
    int sequence = lockCounter(book, scope) + 1;
    // only a number entered under an earlier format can stand in the way; step over it rather than fail the issue
    while (used(book, scope, rule.write(sequence, issueDate), sequence) != null) {
      sequence++;
    }
    String number = rule.write(sequence, issueDate);
    setCounter(book, scope, sequence);
    keep(book, scope, number, sequence, false, issueDate);
    return new IssuedNumber(book, scope, sequence, number);
  }

  /**
   * A number the office entered from its own register: 400 if blank/too long, 409 (Vietnamese message) if
   * already used in the scope. A number written in the book's format counts in the sequence: automatic
   * numbers continue after the highest one used. A refusal comes before anything is written: the caller may
   * catch it, tell the office and keep its transaction.
   */
  @Transactional(noRollbackFor = ApiException.class)
  public IssuedNumber manual(NumberingBook book, LocalDate issueDate, String number) {
    NumberingRule rule = rules.of(book);
    String entered = number == null ? null
        : Normalizer.normalize(number, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    if (entered == null || entered.isEmpty()) {
      throw ApiException.badRequest("number", "Chưa nhập số quyết định (ví dụ "
          + rule.write(15, issueDate == null ? LocalDate.now(clock) : issueDate) + ")");
    }
    if (entered.length() > NumberingRules.MAX_NUMBER_LENGTH) {
      throw ApiException.badRequest("number", "Số quyết định dài tối đa " + NumberingRules.MAX_NUMBER_LENGTH
          + " ký tự");
    }
    String scope = rule.scopeKey(issueDate);
    int last = lockCounter(book, scope);
    OptionalInt sequence = rule.sequenceOf(entered, issueDate);
    Used earlier = used(book, scope, entered, sequence.isPresent() ? sequence.getAsInt() : null);
    if (earlier != null) {
      String sameNumber = earlier.number().equals(entered) ? "" : " (cùng số thứ tự với số " + earlier.number() + ")";
      throw ApiException.conflict("Số quyết định " + entered + " đã được dùng" + sameNumber + " cho quyết định ban hành ngày "
          + VIETNAMESE_DATE.format(earlier.issueDate()) + " trong " + book.label().toLowerCase(Locale.ROOT) + ", "
          + rule.scopeLabel(issueDate));
    }
    if (sequence.isPresent() && sequence.getAsInt() > last) {
      setCounter(book, scope, sequence.getAsInt());
    }
    keep(book, scope, entered, sequence.isPresent() ? sequence.getAsInt() : null, true, issueDate);
    return new IssuedNumber(book, scope, null, entered);
  }

  /** What the next automatic number would be, for showing in the issue form (not reserved). */
  @Transactional(readOnly = true)
  public String preview(NumberingBook book, LocalDate issueDate) {
    NumberingRule rule = rules.of(book);
    String scope = rule.scopeKey(issueDate);
    List<Integer> last = jdbc.queryForList("select last_sequence from decision_number_counter "
        + "where book = ? and scope_key = ?", Integer.class, book.name(), scope);
    int sequence = last.isEmpty() ? 1 : last.get(0) + 1;
    while (used(book, scope, rule.write(sequence, issueDate), sequence) != null) {
      sequence++;
    }
    return rule.write(sequence, issueDate);
  }

  private record Used(String number, LocalDate issueDate) {
  }

  /** The counter's value, its row locked until the caller's transaction ends; created at 0 if it is the scope's first. */
  private int lockCounter(NumberingBook book, String scope) {
    for (int attempt = 1; attempt <= COUNTER_ATTEMPTS; attempt++) {
      List<Integer> last = jdbc.queryForList("select last_sequence from decision_number_counter "
          + "where book = ? and scope_key = ? for update", Integer.class, book.name(), scope);
      if (!last.isEmpty()) {
        return last.get(0);
      }
      if (!createCounter(book, scope)) {
        pause();
      }
    }
    throw new IllegalStateException("No counter row for " + book + " " + scope + " after " + COUNTER_ATTEMPTS
        + " attempts");
  }

  /**
   * Inserts the scope's counter at 0, inside a savepoint: when a concurrent first issue inserted it first
   * (PostgreSQL waits for that transaction, then reports the duplicate), only the savepoint is rolled back
   * and this transaction goes on to lock the row that now exists.
   */
  private boolean createCounter(NumberingBook book, String scope) {
    Boolean created = jdbc.execute((ConnectionCallback<Boolean>) connection -> {
      Savepoint savepoint = connection.setSavepoint();
      try (PreparedStatement insert = connection.prepareStatement(
          "insert into decision_number_counter (book, scope_key, last_sequence) values (?, ?, 0)")) {
        insert.setString(1, book.name());
        insert.setString(2, scope);
        insert.executeUpdate();
        connection.releaseSavepoint(savepoint);
        return true;
      } catch (SQLException failure) {
        if (!UNIQUE_VIOLATION.equals(failure.getSQLState())) {
          throw failure;
        }
        connection.rollback(savepoint);
        return false;
      }
    });
    return Boolean.TRUE.equals(created);
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for a decision number counter", interrupted);
    }
  }

  private void setCounter(NumberingBook book, String scope, int sequence) {
    jdbc.update("update decision_number_counter set last_sequence = ? where book = ? and scope_key = ?",
        sequence, book.name(), scope);
  }

  /** The number already kept with that text or that sequence in the scope, if any. */
  private Used used(NumberingBook book, String scope, String number, Integer sequence) {
    List<Used> found = jdbc.query("select decision_number, issue_date from issued_decision_number "
        + "where book = ? and scope_key = ? and (decision_number = ? or sequence_number = ?)",
        (row, index) -> new Used(row.getString(1), row.getObject(2, LocalDate.class)),
        book.name(), scope, number, sequence);
    return found.isEmpty() ? null : found.get(0);
  }

  private void keep(NumberingBook book, String scope, String number, Integer sequence, boolean manual,
      LocalDate issueDate) {
    // the counter's lock makes a duplicate unreachable here; should a writer bypass it, the constraint refuses
    // the number (DataIntegrityViolationException, 409) and the issue is rolled back
    jdbc.update("insert into issued_decision_number (book, scope_key, decision_number, sequence_number, manual, "
        + "issue_date, taken_by, taken_at) values (?, ?, ?, ?, ?, ?, ?, ?)", book.name(), scope, number, sequence,
        manual, issueDate, currentUser.username(), Timestamp.from(clock.instant()));
  }
}
