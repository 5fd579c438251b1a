package vn.thidua.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.thidua.support.Strict;

/**
 * The models pass bpmnlint with the project's .bpmnlintrc, as the modeler's linter shows them. Needs
 * no application, so it does not start one; without node_modules it is skipped unless tests are strict.
 */
class BpmnLintTest {

  private static final Path PROJECT = Path.of("").toAbsolutePath();
  private static final Path BPMNLINT = PROJECT.resolve("node_modules/.bin/bpmnlint");

  static Stream<String> models() throws IOException {
    try (Stream<Path> files = Files.list(PROJECT.resolve("bpmn"))) {
      return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".bpmn")).sorted().toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void modelPassesBpmnlint(String file) throws Exception {
    boolean installed = Files.isExecutable(BPMNLINT);
    if (!installed && Strict.enabled()) {
      throw new IllegalStateException("bpmnlint is mandatory here but node_modules/.bin/bpmnlint is missing: run npm ci");
    }
    Assumptions.assumeTrue(installed, "node_modules/.bin/bpmnlint not found (run npm ci): lint skipped");

    Process lint = new ProcessBuilder(BPMNLINT.toString(), "bpmn/" + file)
        .directory(PROJECT.toFile()).redirectErrorStream(true).start();
    String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(lint.waitFor(60, TimeUnit.SECONDS)).as("bpmnlint finishes").isTrue();

    assertThat(lint.exitValue()).as("bpmnlint bpmn/%s:%n%s", file, output).isZero();
  }
}
