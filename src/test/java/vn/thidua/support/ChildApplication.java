package vn.thidua.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The application started as a separate JVM, as the README's run command starts it: a second Camunda
 * engine named "default" cannot live in the test JVM beside the shared test context.
 */
public final class ChildApplication implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Path log;
  private final long startMillis;

  private ChildApplication(Process process, int port, Path log, long startMillis) {
    this.process = process;
    this.port = port;
    this.log = log;
    this.startMillis = startMillis;
  }

  /** Starts the application in its embedded default (demo profile, H2) with its data under {@code workDir}. */
  public static ChildApplication startEmbeddedDefault(Path workDir, String... extraArgs) throws IOException {
    int port = freePort();
    Path log = Files.createTempFile(workDir, "app", ".log");
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Duser.timezone=Asia/Ho_Chi_Minh", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Xmx1g",
        "-cp", System.getProperty("java.class.path"),
        "vn.thidua.ThiDuaApplication",
        "--server.port=" + port,
        "--logging.level.root=INFO"));
    command.addAll(List.of(extraArgs));
    Process process = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new ChildApplication(process, port, log, System.currentTimeMillis());
  }

  /** Waits until the application answers; returns how long start-up took. */
  public Duration awaitStarted(Duration timeout) throws IOException, InterruptedException {
    long deadline = System.currentTimeMillis() + timeout.toMillis();
    while (System.currentTimeMillis() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The application stopped during start-up:\n" + tail());
      }
      if (Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1).contains("is ready: http")) {
        return Duration.ofMillis(System.currentTimeMillis() - startMillis);
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("The application did not start within " + timeout + ":\n" + tail());
  }

  /** Waits for the process to end by itself (a failed start-up); returns its output. */
  public String awaitExit(Duration timeout) throws IOException, InterruptedException {
    if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
      throw new IllegalStateException("The application is still running:\n" + tail());
    }
    return Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  public String baseUrl() {
    return "http://localhost:" + port;
  }

  public String tail() throws IOException {
    String text = Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1);
    return text.length() > 6000 ? text.substring(text.length() - 6000) : text;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
