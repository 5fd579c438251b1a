package vn.thidua.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The fields a task's Camunda Form lets its owner write: every input with a key, read from the form
 * deployed with the task's process (cached per deployment, which never changes). Read-only fields
 * are listed apart: they show a value and may come back only as it is.
 */
@Component
class TaskFormFields {

  /** The writable and the display-only keys of one form. */
  record Fields(Set<String> writable, Set<String> readOnly) {
    static final Fields NONE = new Fields(Set.of(), Set.of());
  }

  /** form-js components that submit a value under their key. */
  private static final Set<String> INPUTS = Set.of("textfield", "textarea", "number", "select", "radio",
      "checkbox", "checklist", "taglist", "datetime", "dynamiclist");

  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final IdentityService identityService;
  private final ObjectMapper json;
  private final Map<String, Map<String, Fields>> formsByDeployment = new ConcurrentHashMap<>();

  TaskFormFields(TaskService taskService, RepositoryService repositoryService, IdentityService identityService,
      ObjectMapper json) {
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.identityService = identityService;
    this.json = json;
  }

  /** The task's form fields, or empty when no such task is open (the engine then answers for itself). */
  Optional<Fields> of(String taskId) {
    return asEngine(() -> {
      Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
      if (task == null || task.getProcessDefinitionId() == null) {
        return Optional.empty();
      }
      return Optional.of(ofDefinition(task.getProcessDefinitionId(), task.getTaskDefinitionKey()));
    });
  }

  /** The fields of a user task as the process definition names its form (none if it names none). */
  Fields ofDefinition(String processDefinitionId, String taskDefinitionKey) {
    return asEngine(() -> {
      ProcessDefinition definition = repositoryService.getProcessDefinition(processDefinitionId);
      UserTask userTask = repositoryService.getBpmnModelInstance(definition.getId())
          .getModelElementById(taskDefinitionKey);
      String formRef = userTask == null ? null : userTask.getCamundaFormRef();
      return formRef == null ? Fields.NONE : formsOf(definition.getDeploymentId()).getOrDefault(formRef, Fields.NONE);
    });
  }

  /** The value a read-only field shows now, to compare with what came back. */
  Object currentValue(String taskId, String name) {
    return asEngine(() -> taskService.getVariable(taskId, name));
  }

  private Map<String, Fields> formsOf(String deploymentId) {
    return formsByDeployment.computeIfAbsent(deploymentId, id -> {
      Map<String, Fields> forms = new HashMap<>();
      repositoryService.getDeploymentResourceNames(id).stream()
          .filter(name -> name.endsWith(".form"))
          .forEach(name -> {
            try (InputStream resource = repositoryService.getResourceAsStream(id, name)) {
              JsonNode form = json.readTree(resource);
              Set<String> writable = new HashSet<>();
              Set<String> readOnly = new HashSet<>();
              collect(form, writable, readOnly);
              forms.put(form.path("id").asText(), new Fields(Set.copyOf(writable), Set.copyOf(readOnly)));
            } catch (IOException e) {
              throw new UncheckedIOException("Form " + name + " of deployment " + id + " cannot be read", e);
            }
          });
      return Map.copyOf(forms);
    });
  }

  private static void collect(JsonNode container, Set<String> writable, Set<String> readOnly) {
    for (JsonNode component : container.path("components")) {
      String type = component.path("type").asText();
      String key = component.hasNonNull("key") ? component.get("key").asText()
          : component.hasNonNull("path") && "dynamiclist".equals(type) ? component.get("path").asText() : null;
      if (key != null && INPUTS.contains(type) && !component.path("disabled").asBoolean(false)) {
        (component.path("readonly").asBoolean(false) ? readOnly : writable).add(key);
      }
      if (!"dynamiclist".equals(type)) {
        collect(component, writable, readOnly);
      }
    }
  }

  /** Reads as the engine itself: the officer has no right to read deployments, and needs none. */
  private <T> T asEngine(Supplier<T> read) {
    Authentication officer = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return read.get();
    } finally {
      if (officer != null) {
        identityService.setAuthentication(officer);
      }
    }
  }
}
