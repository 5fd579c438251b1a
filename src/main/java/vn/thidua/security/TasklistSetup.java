package vn.thidua.security;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every signed-in officer needs in Tasklist, set up idempotently at start-up: access to Tasklist
 * (only camunda-admin gets Cockpit and Admin), read access to the process models for task names, and
 * the shared Vietnamese filters of their own and their body's work.
 */
@Component
@Order(1)
class TasklistSetup implements ApplicationRunner {

  private static final String EVERYONE = Authorization.ANY;

  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;

  TasklistSetup(AuthorizationService authorizationService, FilterService filterService, TaskService taskService) {
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    grantEveryone(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grantEveryone(Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
    ensureFilter("Việc của tôi", "Việc đã được giao cho tôi", -10,
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    ensureFilter("Việc của đơn vị", "Việc của các cơ quan, đơn vị tôi thuộc về, chưa ai nhận xử lý", -5,
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
    ensureFilter("Tất cả việc của đơn vị", "Mọi việc của các cơ quan, đơn vị tôi thuộc về, kể cả việc đã có người nhận", 0,
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
  }

  private void ensureFilter(String name, String description, int priority, TaskQuery query) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name)
          .setOwner("admin")
          .setQuery(query)
          .setProperties(Map.of("description", description, "priority", priority, "refresh", true,
              "variables", List.of()));
      filterService.saveFilter(filter);
    }
    grantEveryone(Resources.FILTER, filter.getId(), Permissions.READ);
  }

  private void grantEveryone(Resource resource, String resourceId, Permissions permission) {
    boolean granted = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GLOBAL)
        .resourceType(resource)
        .resourceId(resourceId)
        .list().stream()
        .anyMatch(existing -> existing.isPermissionGranted(permission));
    if (!granted) {
      Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
      authorization.setUserId(EVERYONE);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      authorization.addPermission(permission);
      authorizationService.saveAuthorization(authorization);
    }
  }
}
