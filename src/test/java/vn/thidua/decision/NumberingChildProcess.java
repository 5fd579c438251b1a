package vn.thidua.decision;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import vn.thidua.ThiDuaApplication;
import vn.thidua.config.DecisionNumberingProperties;
import vn.thidua.config.IssuingBodyProperties;
import vn.thidua.security.CurrentUser;

/**
 * A second application process for the numbering test: the real {@link DecisionNumbers} with the real
 * configuration on the given database, without the engine, the web server or Flyway (the test's
 * process migrated the database). Prints {@code READY}, waits for {@code GO <epoch millis>} on its input and
 * for that moment, takes
 * {@code --count} numbers of the STATE book for {@code --issue-date} on {@code --threads} threads and
 * prints them on one line {@code NUMBERS 3,5,8,...}. Deliberately neither {@code @SpringBootConfiguration}
 * (it would become the configuration of every {@code @SpringBootTest} of this package) nor
 * {@code @Configuration} (the application's component scan would take it in).
 */
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
    JdbcTemplateAutoConfiguration.class, TransactionAutoConfiguration.class})
@EnableConfigurationProperties({DecisionNumberingProperties.class, IssuingBodyProperties.class})
@Import({NumberingRules.class, DecisionNumbers.class, CurrentUser.class})
class NumberingChildProcess {

  @Bean
  Clock clock() {
    return Clock.system(ZoneId.of(ThiDuaApplication.TIME_ZONE));
  }

  public static void main(String[] args) throws Exception {
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(NumberingChildProcess.class)
        .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(args)) {
      int count = Integer.parseInt(context.getEnvironment().getRequiredProperty("count"));
      int threads = Integer.parseInt(context.getEnvironment().getRequiredProperty("threads"));
      LocalDate issueDate = LocalDate.parse(context.getEnvironment().getRequiredProperty("issue-date"));
      DecisionNumbers numbers = context.getBean(DecisionNumbers.class);
      // opens the pool's connections and loads the classes, so that the start below is a real race
      numbers.preview(NumberingBook.STATE, issueDate);
      System.out.println("READY");
      System.out.flush();
      BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String go = input.readLine();
      if (go == null || !go.startsWith("GO ")) {
        throw new IllegalStateException("expected GO <start time>, got " + go);
      }
      sleepUntil(Long.parseLong(go.substring(3)));
      List<Integer> taken = Collections.synchronizedList(new ArrayList<>());
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> done = new ArrayList<>();
      for (int thread = 0; thread < threads; thread++) {
        int share = count / threads + (thread < count % threads ? 1 : 0);
        done.add(pool.submit(() -> {
          for (int i = 0; i < share; i++) {
            taken.add(numbers.next(NumberingBook.STATE, issueDate).sequence());
          }
          return null;
        }));
      }
      for (Future<?> future : done) {
        future.get();
      }
      pool.shutdown();
      System.out.println("NUMBERS " + taken.stream().map(String::valueOf).collect(Collectors.joining(",")));
      System.out.flush();
    }
  }

  static void sleepUntil(long epochMillis) throws InterruptedException {
    long wait = epochMillis - System.currentTimeMillis();
    if (wait > 0) {
      Thread.sleep(wait);
    }
  }
}
