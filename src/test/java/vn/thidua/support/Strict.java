package vn.thidua.support;

/** CI sets THIDUA_STRICT_TESTS=true: tests that need an external tool fail instead of skipping. */
public final class Strict {

  private Strict() {
  }

  public static boolean enabled() {
    return Boolean.parseBoolean(System.getenv("THIDUA_STRICT_TESTS"));
  }
}
