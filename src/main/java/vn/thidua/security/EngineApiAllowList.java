package vn.thidua.security;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an officer (anyone but an administrator) may call on the engine's REST API, through
 * {@code /engine-rest} and through Tasklist's own paths alike: what Tasklist needs to show and work
 * their tasks, their own password, and nothing else. Reads stay subject to the engine's authorizations; writes are
 * claiming, unclaiming and completing a task, whose variables {@link EngineApiGuard} checks.
 */
final class EngineApiAllowList {

  /** The two roots of the engine API, each with an optional named engine after it. */
  private static final Pattern ROOT =
      Pattern.compile("^(?:/engine-rest|/camunda/api/engine)(?:/engine/[^/]+)?(/.*)?$");
  private static final Pattern ENGINE_LIST = Pattern.compile("^(?:/engine-rest|/camunda/api/engine)/engine/?$");

  private static final String ID = "[^/]+";

  /** A call that completes a task: its body carries the variables the form's fields allow. */
  static final Pattern COMPLETION = Pattern.compile("^/task/(" + ID + ")/(?:complete|submit-form)$");

  private record Allowed(String method, Pattern path) {
  }

  private static final List<Allowed> ALLOWED = List.of(
      get("/user/" + ID + "/profile"),
      get("/identity/groups"),
      get("/authorization/check"),
      // the filters of Tasklist's left column, their counts and lists (the list is a POST query)
      get("/filter(?:/count)?"),
      get("/filter/" + ID + "(?:/count|/list|/singleResult)?"),
      post("/filter/" + ID + "/(?:count|list|singleResult)"),
      // what Tasklist may offer on filters (their links, by the engine's authorizations): a read
      options("/filter(?:/" + ID + ")?"),
      // tasks: queries, one task, its form and what the form shows
      get("/task(?:/count)?"),
      post("/task(?:/count)?"),
      get("/task/" + ID),
      get("/task/" + ID + "/(?:form|deployed-form|rendered-form|form-variables|identity-links|comment|attachment)"),
      get("/task/" + ID + "/(?:comment|attachment)/" + ID + "(?:/data)?"),
      get("/task/" + ID + "/(?:variables|localVariables)(?:/" + ID + "(?:/data)?)?"),
      post("/task/" + ID + "/(?:claim|unclaim|complete|submit-form)"),
      // the diagram of the task's process
      get("/process-definition(?:/count)?"),
      get("/process-definition/" + ID + "(?:/xml|/diagram)?"),
      get("/process-definition/key/" + ID + "(?:/xml|/diagram)?"),
      get("/process-instance/" + ID + "/activity-instances"),
      // the task's own history tab
      get("/history/(?:task|user-operation|identity-link-log|activity-instance)(?:/count)?"));

  private EngineApiAllowList() {
  }

  /** The path inside the engine API ({@code /task/abc/complete}), or empty if the request is not for it. */
  static Optional<String> enginePath(String pathWithinApplication) {
    if (ENGINE_LIST.matcher(pathWithinApplication).matches()) {
      return Optional.of("/engine");
    }
    Matcher root = ROOT.matcher(pathWithinApplication);
    if (!root.matches()) {
      return Optional.empty();
    }
    return Optional.of(root.group(1) == null ? "/" : root.group(1));
  }

  static boolean allows(String method, String enginePath, String username) {
    if ("/engine".equals(enginePath)) {
      return "GET".equals(method);
    }
    if ("PUT".equals(method) && enginePath.equals("/user/" + username + "/credentials")) {
      return true; // the Welcome page's "change my password"; the engine checks the current password
    }
    return ALLOWED.stream()
        .anyMatch(allowed -> allowed.method().equals(method) && allowed.path().matcher(enginePath).matches());
  }

  /** The task a call completes, if it is a completion. */
  static Optional<String> completedTask(String method, String enginePath) {
    Matcher completion = COMPLETION.matcher(enginePath);
    return "POST".equals(method) && completion.matches() ? Optional.of(completion.group(1)) : Optional.empty();
  }

  private static Allowed get(String path) {
    return new Allowed("GET", Pattern.compile("^" + path + "/?$"));
  }

  private static Allowed options(String path) {
    return new Allowed("OPTIONS", Pattern.compile("^" + path + "/?$"));
  }

  private static Allowed post(String path) {
    return new Allowed("POST", Pattern.compile("^" + path + "/?$"));
  }
}
