package vn.thidua.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.support.EmbeddedPostgres;
import vn.thidua.support.IntegrationTest;

/**
 * Two application processes issue decisions of one book at the same moment on one PostgreSQL: the
 * test's own and a second JVM ({@link NumberingChildProcess}). Together they take every number of the
 * year once, without gaps.
 */
class DecisionNumbersTwoProcessesTest extends IntegrationTest {

  private static final LocalDate ISSUE_DATE = LocalDate.of(2041, 4, 10);
  private static final int CHILD_NUMBERS = 120;
  private static final int OWN_THREADS = 4;
  private static final int OWN_EACH = 30;

  @Autowired
  private DecisionNumbers numbers;

  @Test
  void twoApplicationProcessesOnOneDatabaseTakeEveryNumberOnce() throws Exception {
    Process child = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.timezone=Asia/Ho_Chi_Minh", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Xmx256m",
        "-cp", System.getProperty("java.class.path"),
        NumberingChildProcess.class.getName(),
        "--spring.datasource.url=" + EmbeddedPostgres.jdbcUrl(),
        "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
        "--logging.level.root=WARN",
        "--count=" + CHILD_NUMBERS, "--threads=4", "--issue-date=" + ISSUE_DATE)
        .redirectErrorStream(true).start();
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(),
          StandardCharsets.UTF_8))) {
        output.lines().forEach(lines::add);
      } catch (java.io.IOException ended) {
        // the child is gone; what it printed is in the queue
      }
    });
    reader.setDaemon(true);
    reader.start();
    try {
      List<String> log = new ArrayList<>();
      awaitLine(lines, "READY", log, child);

      List<Integer> own = Collections.synchronizedList(new ArrayList<>());
      ExecutorService pool = Executors.newFixedThreadPool(OWN_THREADS);
      numbers.preview(NumberingBook.STATE, ISSUE_DATE);
      // both processes start at the same moment, half a second from now
      long startAt = System.currentTimeMillis() + 500;
      try (Writer go = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8)) {
        go.write("GO " + startAt + "\n");
      }
      List<Future<?>> done = new ArrayList<>();
      for (int thread = 0; thread < OWN_THREADS; thread++) {
        done.add(pool.submit(() -> {
          NumberingChildProcess.sleepUntil(startAt);
          for (int i = 0; i < OWN_EACH; i++) {
            own.add(numbers.next(NumberingBook.STATE, ISSUE_DATE).sequence());
          }
          return null;
        }));
      }
      for (Future<?> future : done) {
        future.get(60, TimeUnit.SECONDS);
      }
      pool.shutdown();
      String result = awaitLine(lines, "NUMBERS ", log, child);
      List<Integer> childs = Arrays.stream(result.substring("NUMBERS ".length()).split(","))
          .map(Integer::valueOf).toList();

      int total = CHILD_NUMBERS + OWN_THREADS * OWN_EACH;
      List<Integer> union = new ArrayList<>(own);
      union.addAll(childs);
      List<Integer> ownSorted = own.stream().sorted().toList();
      long alternations = IntStream.range(1, total).filter(n -> ownSorted.contains(n) != ownSorted.contains(n + 1))
          .count();
      System.out.printf("Two processes: this JVM took %d numbers, the other %d; the book passed from one process "
          + "to the other %d times%n", own.size(), childs.size(), alternations);
      assertThat(childs).hasSize(CHILD_NUMBERS);
      assertThat(own).hasSize(OWN_THREADS * OWN_EACH);
      assertThat(union).doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, total).boxed().toList());
      assertThat(alternations).as("both processes took numbers at the same time").isGreaterThan(1);
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(child.exitValue()).as(String.join("\n", log)).isZero();
    } finally {
      child.destroy();
      if (!child.waitFor(20, TimeUnit.SECONDS)) {
        child.destroyForcibly();
      }
    }
  }

  /** The child's next line starting with {@code start}, keeping what it printed before for the failure message. */
  private static String awaitLine(BlockingQueue<String> lines, String start, List<String> log, Process child)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      String line = lines.poll(250, TimeUnit.MILLISECONDS);
      if (line != null) {
        if (line.startsWith(start)) {
          return line;
        }
        log.add(line);
      } else if (!child.isAlive() && lines.isEmpty()) {
        break;
      }
    }
    throw new AssertionError("The second process did not print " + start.strip() + ":\n" + String.join("\n", log));
  }
}
