package vn.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;

import vn.thidua.process.ProcessVariable;
import vn.thidua.support.IntegrationTest;

/**
 * Generated from the deployed models: for every user task definition of every process, the fields its
 * form lets the owner write (the same rules {@link EngineApiGuard} applies at completion) never
 * include a variable that the steps use as a reference – a typed {@link ProcessVariable} of the code,
 * or a variable that names who works a task, passes data into a called process, or sets a deadline.
 * With variable writes closed to officers, a form field is then the only way a person's input
 * reaches a process, and it is always an answer, never a reference.
 */
class FormFieldsShadowNoReferenceTest extends IntegrationTest {

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  /** Names inside expressions that are beans, methods or literals, not variables. */
  private static final Set<String> NOT_VARIABLES = Set.of("execution", "task", "true", "false", "null", "and", "or",
      "not", "empty", "eq", "ne");

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  TaskFormFields formFields;

  @Autowired
  TaskService taskService;

  @Test
  void noFormFieldOfAnyUserTaskWritesAReference() throws Exception {
    Set<String> references = new TreeSet<>(typedProcessVariables());
    List<ProcessDefinition> definitions = repositoryService.createProcessDefinitionQuery().latestVersion().list();
    List<UserTask> userTasks = new ArrayList<>();
    for (ProcessDefinition definition : definitions) {
      BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
      for (UserTask userTask : model.getModelElementsByType(UserTask.class)) {
        userTasks.add(userTask);
        references.addAll(variablesIn(userTask.getCamundaAssignee(), userTask.getCamundaCandidateGroups(),
            userTask.getCamundaCandidateUsers(), userTask.getCamundaDueDate(), userTask.getCamundaFollowUpDate()));
      }
      for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
        if (call.getExtensionElements() == null) {
          continue;
        }
        for (CamundaIn in : call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list()) {
          if (in.getCamundaSource() != null) {
            references.add(in.getCamundaSource());
          }
          references.addAll(variablesIn(in.getCamundaSourceExpression()));
        }
      }
    }
    assertThat(references).as("references found in the code and the models")
        .contains("campaignId", "reportId", "appraisalId", "decisionId", "voteId");
    assertThat(userTasks).hasSizeGreaterThan(30);

    Set<String> formIds = new TreeSet<>();
    for (ProcessDefinition definition : definitions) {
      BpmnModelInstance model = repositoryService.getBpmnModelInstance(definition.getId());
      for (UserTask userTask : model.getModelElementsByType(UserTask.class)) {
        TaskFormFields.Fields fields = formFields.ofDefinition(definition.getId(), userTask.getId());
        Set<String> shadowing = new HashSet<>(fields.writable());
        shadowing.addAll(fields.readOnly());
        shadowing.retainAll(references);
        assertThat(shadowing).as("%s / %s (form %s) lets its owner write a reference", definition.getKey(),
            userTask.getId(), userTask.getCamundaFormRef()).isEmpty();
        formIds.add(userTask.getCamundaFormRef());
      }
    }
    System.out.printf("%d user task definitions in %d processes, %d forms, %d references checked%n",
        userTasks.size(), definitions.size(), formIds.size(), references.size());
  }

  @Test
  void theGuardReadsEachOpenTasksFormAsItsOwnerSeesIt() {
    Task invitations = taskService.createTaskQuery().processInstanceBusinessKey("123-KH/HU")
        .taskDefinitionKey("Task_IssueInvitations").singleResult();

    TaskFormFields.Fields fields = formFields.of(invitations.getId()).orElseThrow();

    assertThat(fields.writable()).containsExactlyInAnyOrder("invitationDate", "guestList", "invitationNote");
    assertThat(fields.readOnly()).isEmpty();
    assertThat(formFields.of("no-such-task")).isEmpty();
  }

  /** The names of every typed process variable the application's steps declare. */
  private static Set<String> typedProcessVariables() throws IOException, ReflectiveOperationException {
    Set<String> names = new TreeSet<>();
    CachingMetadataReaderFactory readers = new CachingMetadataReaderFactory();
    for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:vn/thidua/**/*.class")) {
      String className = readers.getMetadataReader(resource).getClassMetadata().getClassName();
      if (className.contains("Test") || !resource.getURL().toString().contains("/classes/")) {
        continue;
      }
      for (Field field : Class.forName(className, false, FormFieldsShadowNoReferenceTest.class.getClassLoader())
          .getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == ProcessVariable.class) {
          field.setAccessible(true);
          names.add(((ProcessVariable<?>) field.get(null)).name());
        }
      }
    }
    return names;
  }

  private static Set<String> variablesIn(String... expressions) {
    Set<String> names = new HashSet<>();
    for (String expression : expressions) {
      if (expression == null) {
        continue;
      }
      Matcher inside = Pattern.compile("[$#]\\{([^}]*)}").matcher(expression);
      while (inside.find()) {
        // a bean's method (reportChecks.confirmationGroups(...)) is not a variable; its arguments are
        String body = inside.group(1).replaceAll("'[^']*'|\"[^\"]*\"", "");
        Matcher identifier = IDENTIFIER.matcher(body);
        while (identifier.find()) {
          int end = identifier.end();
          boolean member = identifier.start() > 0 && body.charAt(identifier.start() - 1) == '.';
          boolean bean = end < body.length() && (body.charAt(end) == '.' || body.charAt(end) == '(');
          if (!member && !bean && !NOT_VARIABLES.contains(identifier.group())) {
            names.add(identifier.group());
          }
        }
      }
    }
    return names;
  }
}
