package vn.thidua.support;

import java.io.IOException;
import java.io.UncheckedIOException;

/** One real PostgreSQL server per test JVM, started on first use and stopped when the JVM exits. */
public final class EmbeddedPostgres {

  private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

  private EmbeddedPostgres() {
  }

  public static synchronized String jdbcUrl() {
    if (server == null) {
      try {
        server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
            .setServerConfig("max_connections", "200")
            .setServerConfig("timezone", "Asia/Ho_Chi_Minh")
            .start();
      } catch (IOException e) {
        throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.close();
        } catch (IOException ignored) {
          // the JVM is ending anyway
        }
      }));
    }
    return server.getJdbcUrl("postgres", "postgres");
  }
}
