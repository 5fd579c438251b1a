package vn.thidua.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.decision.DecisionNumbers;
import vn.thidua.decision.NumberingBook;
import vn.thidua.support.IntegrationTest;

/**
 * Figures for the closing notes, not part of the test run (tag {@code benchmark}): decision numbers taken
 * per second by 8 threads in one scope on the embedded PostgreSQL, each number its own transaction.
 * Run with {@code mvn test -Dtest=DecisionNumbersBenchmark -Dexcluded.test.groups=none}.
 */
@Tag("benchmark")
class DecisionNumbersBenchmark extends IntegrationTest {

  private static final int THREADS = 8;
  private static final int EACH = 250;
  private static final int ROUNDS = 3;

  @Autowired
  DecisionNumbers numbers;

  @Test
  void eightThreadsTakingNumbersOfOneBook() throws Exception {
    numbers.preview(NumberingBook.STATE, LocalDate.of(2050, 1, 1));
    for (int round = 0; round < ROUNDS; round++) {
      LocalDate day = LocalDate.of(2051 + round, 6, 1);
      ConcurrentHashMap<Integer, Boolean> taken = new ConcurrentHashMap<>();
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      List<Future<?>> done = new ArrayList<>();
      for (int thread = 0; thread < THREADS; thread++) {
        done.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < EACH; i++) {
            taken.put(numbers.next(NumberingBook.STATE, day).sequence(), true);
          }
          return null;
        }));
      }
      long began = System.nanoTime();
      start.countDown();
      for (Future<?> future : done) {
        future.get(5, TimeUnit.MINUTES);
      }
      double seconds = (System.nanoTime() - began) / 1e9;
      pool.shutdown();
      assertThat(taken).hasSize(THREADS * EACH);
      System.out.printf("Decision numbers, round %d: %d threads took %d numbers in %.2f s: %.0f numbers/s%n",
          round + 1, THREADS, THREADS * EACH, seconds, THREADS * EACH / seconds);
    }
  }
}
