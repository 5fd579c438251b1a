package vn.thidua.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.config.DecisionNumberingProperties;
import vn.thidua.config.DecisionNumberingProperties.Book;
import vn.thidua.config.DecisionNumberingProperties.Scope;
import vn.thidua.config.IssuingBodyProperties;
import vn.thidua.security.CurrentUser;
import vn.thidua.support.IntegrationTest;
import vn.thidua.web.ApiException;

/**
 * The offices number reward decisions on PostgreSQL. Each test numbers in a scope of its own (a year no
 * other test issues in, or a term of its own), so its figures are exact.
 */
class DecisionNumbersTest extends IntegrationTest {

  @Autowired
  private DecisionNumbers numbers;

  @Autowired
  private JdbcTemplate jdbc;

  @Autowired
  private PlatformTransactionManager transactions;

  @Autowired
  private CurrentUser currentUser;

  @Autowired
  private Clock clock;

  /** The application's numbering with another term of the Party committee, as an office would configure it. */
  private DecisionNumbers withPartyTermFrom(LocalDate termStart) {
    DecisionNumberingProperties properties = new DecisionNumberingProperties(
        new Book("{n}-QĐ/{symbol}", Scope.TERM, termStart), new Book("{n}/QĐ-UBND", Scope.YEAR, null));
    NumberingRules rules = new NumberingRules(properties,
        new IssuingBodyProperties("Huyện ủy Bình Sơn", "Đảng bộ tỉnh Quảng Ngãi", "HU", "Bình Sơn"));
    return new DecisionNumbers(jdbc, rules, currentUser, clock);
  }

  /** A bean built by hand has no transactional proxy: the issue's transaction is the caller's, as it is for a decision. */
  private IssuedNumber inTransaction(java.util.function.Supplier<IssuedNumber> taking) {
    return new TransactionTemplate(transactions).execute(status -> taking.get());
  }

  private static ApiException refused(Runnable taking) {
    try {
      taking.run();
    } catch (ApiException refusal) {
      return refusal;
    }
    throw new AssertionError("the number was not refused");
  }

  @Test
  void partyDecisionsAreNumberedThroughTheCommitteesTermAndANewTermStartsAtOne() {
    DecisionNumbers term2010 = withPartyTermFrom(LocalDate.of(2010, 10, 1));

    IssuedNumber first = inTransaction(() -> term2010.next(NumberingBook.PARTY, LocalDate.of(2010, 12, 20)));
    IssuedNumber nextYear = inTransaction(() -> term2010.next(NumberingBook.PARTY, LocalDate.of(2011, 1, 3)));
    IssuedNumber lastOfTerm = inTransaction(() -> term2010.next(NumberingBook.PARTY, LocalDate.of(2015, 9, 30)));

    assertThat(first).isEqualTo(new IssuedNumber(NumberingBook.PARTY, "TERM-2010-10-01", 1, "1-QĐ/HU"));
    assertThat(nextYear.number()).as("a new year does not restart a term's numbers").isEqualTo("2-QĐ/HU");
    assertThat(lastOfTerm.number()).isEqualTo("3-QĐ/HU");

    DecisionNumbers term2015 = withPartyTermFrom(LocalDate.of(2015, 10, 1));
    IssuedNumber firstOfNewTerm = inTransaction(() -> term2015.next(NumberingBook.PARTY, LocalDate.of(2015, 10, 1)));

    assertThat(firstOfNewTerm).isEqualTo(new IssuedNumber(NumberingBook.PARTY, "TERM-2015-10-01", 1, "1-QĐ/HU"));
    String preview = new TransactionTemplate(transactions).execute(status ->
        term2015.preview(NumberingBook.PARTY, LocalDate.of(2016, 2, 1)));
    assertThat(preview).isEqualTo("2-QĐ/HU");
    ApiException beforeTerm = refused(() -> inTransaction(() ->
        term2015.next(NumberingBook.PARTY, LocalDate.of(2015, 9, 30))));
    assertThat(beforeTerm.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(beforeTerm.errors()).singleElement().satisfies(error -> {
      assertThat(error.field()).isEqualTo("issueDate");
      assertThat(error.message()).isEqualTo("Ngày ban hành 30/09/2015 trước nhiệm kỳ hiện tại của cấp ủy "
          + "(bắt đầu 01/10/2015)");
    });
  }

  @Test
  void theConfiguredPartyBookNumbersInTheCurrentTerm() {
    String preview = numbers.preview(NumberingBook.PARTY, LocalDate.now(clock));

    // rolled back: the current term's book is left to the tests that issue decisions
    IssuedNumber issued = new TransactionTemplate(transactions).execute(status -> {
      status.setRollbackOnly();
      return numbers.next(NumberingBook.PARTY, LocalDate.now(clock));
    });

    assertThat(issued.scopeKey()).isEqualTo("TERM-2025-10-01");
    assertThat(issued.number()).isEqualTo(issued.sequence() + "-QĐ/HU").isEqualTo(preview);
    assertThat(numbers.preview(NumberingBook.PARTY, LocalDate.now(clock))).isEqualTo(preview);
  }

  @Test
  void stateDecisionsRestartAtOneEachFirstOfJanuary() {
    assertThat(numbers.preview(NumberingBook.STATE, LocalDate.of(2031, 12, 30))).isEqualTo("1/QĐ-UBND");

    IssuedNumber first = numbers.next(NumberingBook.STATE, LocalDate.of(2031, 12, 30));
    IssuedNumber second = numbers.next(NumberingBook.STATE, LocalDate.of(2031, 12, 31));
    IssuedNumber newYear = numbers.next(NumberingBook.STATE, LocalDate.of(2032, 1, 1));

    assertThat(first).isEqualTo(new IssuedNumber(NumberingBook.STATE, "YEAR-2031", 1, "1/QĐ-UBND"));
    assertThat(second).isEqualTo(new IssuedNumber(NumberingBook.STATE, "YEAR-2031", 2, "2/QĐ-UBND"));
    assertThat(newYear).isEqualTo(new IssuedNumber(NumberingBook.STATE, "YEAR-2032", 1, "1/QĐ-UBND"));
    assertThat(numbers.preview(NumberingBook.STATE, LocalDate.of(2031, 6, 1))).isEqualTo("3/QĐ-UBND");
    assertThat(numbers.preview(NumberingBook.STATE, LocalDate.of(2031, 6, 1)))
        .as("a preview reserves nothing").isEqualTo("3/QĐ-UBND");
  }

  @Test
  void aNumberFromTheOfficesRegisterIsUniqueAndAnInFormatOneAdvancesTheSequence() {
    LocalDate day = LocalDate.of(2033, 3, 15);
    numbers.next(NumberingBook.STATE, day);

    IssuedNumber entered = numbers.manual(NumberingBook.STATE, day, "  25/QĐ-UBND ");
    IssuedNumber afterIt = numbers.next(NumberingBook.STATE, day);
    IssuedNumber outsideFormat = numbers.manual(NumberingBook.STATE, day, "07/VP-TĐKT");
    IssuedNumber belowTheCounter = numbers.manual(NumberingBook.STATE, day, "10/QĐ-UBND");

    assertThat(entered).isEqualTo(new IssuedNumber(NumberingBook.STATE, "YEAR-2033", null, "25/QĐ-UBND"));
    assertThat(afterIt.number()).as("automatic numbers continue after the highest used").isEqualTo("26/QĐ-UBND");
    assertThat(outsideFormat.number()).isEqualTo("07/VP-TĐKT");
    assertThat(belowTheCounter.number()).isEqualTo("10/QĐ-UBND");
    assertThat(numbers.next(NumberingBook.STATE, day).number()).isEqualTo("27/QĐ-UBND");

    ApiException again = refused(() -> numbers.manual(NumberingBook.STATE, day.plusMonths(2), "25/QĐ-UBND"));
    assertThat(again.status()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getMessage()).isEqualTo("Số quyết định 25/QĐ-UBND đã được dùng cho quyết định ban hành ngày "
        + "15/03/2033 trong sổ quyết định của ủy ban nhân dân, năm 2033");
    ApiException samePlace = refused(() -> numbers.manual(NumberingBook.STATE, day, "026/qđ-ubnd"));
    assertThat(samePlace.status()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(samePlace.getMessage()).startsWith("Số quyết định 026/qđ-ubnd đã được dùng (cùng số thứ tự với số "
        + "26/QĐ-UBND)");
    assertThat(refused(() -> numbers.manual(NumberingBook.STATE, day, "07/VP-TĐKT")).status())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(numbers.manual(NumberingBook.STATE, day.plusYears(1), "25/QĐ-UBND").scopeKey())
        .as("another year is another scope").isEqualTo("YEAR-2034");

    ApiException blank = refused(() -> numbers.manual(NumberingBook.STATE, day, "   "));
    assertThat(blank.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(blank.errors()).singleElement().satisfies(error -> {
      assertThat(error.field()).isEqualTo("number");
      assertThat(error.message()).isEqualTo("Chưa nhập số quyết định (ví dụ 15/QĐ-UBND)");
    });
    ApiException tooLong = refused(() -> numbers.manual(NumberingBook.STATE, day, "1".repeat(51)));
    assertThat(tooLong.errors()).extracting(ApiException.FieldError::message)
        .containsExactly("Số quyết định dài tối đa 50 ký tự");
    assertThat(jdbc.queryForObject("select count(*) from issued_decision_number where book = 'STATE' "
        + "and scope_key = 'YEAR-2033'", Integer.class)).isEqualTo(6);
  }

  @Test
  void aRolledBackIssueGivesItsNumberBack() {
    LocalDate day = LocalDate.of(2035, 5, 5);
    numbers.next(NumberingBook.STATE, day);
    TransactionTemplate issue = new TransactionTemplate(transactions);

    IssuedNumber givenBack = issue.execute(status -> {
      IssuedNumber taken = numbers.next(NumberingBook.STATE, day);
      numbers.manual(NumberingBook.STATE, day, "40/QĐ-UBND");
      status.setRollbackOnly();
      return taken;
    });
    IssuedNumber next = numbers.next(NumberingBook.STATE, day);

    assertThat(givenBack.number()).isEqualTo("2/QĐ-UBND");
    assertThat(next.number()).as("no gap after the rollback").isEqualTo("2/QĐ-UBND");
    assertThat(numbers.manual(NumberingBook.STATE, day, "40/QĐ-UBND").number()).isEqualTo("40/QĐ-UBND");
  }

  @Test
  void anOfficeWhoseNumberIsRefusedTakesTheNextOneInTheSameTransaction() {
    LocalDate day = LocalDate.of(2038, 2, 2);
    numbers.manual(NumberingBook.STATE, day, "5/QĐ-UBND");

    IssuedNumber instead = new TransactionTemplate(transactions).execute(status -> {
      ApiException refusal = refused(() -> numbers.manual(NumberingBook.STATE, day, "5/QĐ-UBND"));
      assertThat(refusal.status()).isEqualTo(HttpStatus.CONFLICT);
      return numbers.next(NumberingBook.STATE, day);
    });

    assertThat(instead.number()).isEqualTo("6/QĐ-UBND");
    assertThat(numbers.preview(NumberingBook.STATE, day)).as("the transaction committed").isEqualTo("7/QĐ-UBND");
  }

  @Test
  void theDatabaseRefusesANumberUsedTwiceInAScope() {
    IssuedNumber issued = numbers.next(NumberingBook.STATE, LocalDate.of(2036, 1, 2));

    assertThatThrownBy(() -> jdbc.update("insert into issued_decision_number (book, scope_key, decision_number, "
        + "sequence_number, manual, issue_date, taken_at) values ('STATE', 'YEAR-2036', ?, null, true, "
        + "date '2036-01-03', current_timestamp)", issued.number())).isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> jdbc.update("insert into issued_decision_number (book, scope_key, decision_number, "
        + "sequence_number, manual, issue_date, taken_at) values ('STATE', 'YEAR-2036', '01/QĐ-UBND', 1, true, "
        + "date '2036-01-03', current_timestamp)")).isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void eightOfficersIssuingAtOnceTakeEveryNumberOnceWithoutGaps() throws Exception {
    LocalDate day = LocalDate.of(2037, 8, 20);
    int threads = 8;
    int each = 25;
    List<Integer> taken = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    for (int thread = 0; thread < threads; thread++) {
      done.add(pool.submit(() -> {
        start.await();
        // the scope's first issues race to create its counter
        for (int i = 0; i < each; i++) {
          taken.add(numbers.next(NumberingBook.STATE, day).sequence());
        }
        return null;
      }));
    }
    long began = System.nanoTime();
    start.countDown();
    for (Future<?> future : done) {
      future.get(60, TimeUnit.SECONDS);
    }
    double seconds = (System.nanoTime() - began) / 1e9;
    pool.shutdown();

    System.out.printf("Decision numbers: %d threads took %d numbers in %.2f s (%.0f numbers/s)%n", threads,
        taken.size(), seconds, taken.size() / seconds);
    assertThat(taken).hasSize(threads * each).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, threads * each).boxed().toList());
    assertThat(jdbc.queryForObject("select last_sequence from decision_number_counter where book = 'STATE' "
        + "and scope_key = 'YEAR-2037'", Integer.class)).isEqualTo(threads * each);
  }
}
