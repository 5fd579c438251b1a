package vn.thidua.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import vn.thidua.support.IntegrationTest;

/** Every model under bpmn/ is deployed and complete enough for Tasklist, Cockpit and history cleanup. */
class ProcessModelTest extends IntegrationTest {

  @Autowired
  ProcessEngine processEngine;

  static Stream<String> models() throws IOException {
    Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/**/*.bpmn");
    assertThat(found).as("models on the classpath under bpmn/").isNotEmpty();
    return Arrays.stream(found).map(Resource::getFilename).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void everyProcessIsDeployedWithAHistoryTimeToLive(String file) {
    for (Process process : processes(read(file))) {
      assertThat(deployed(process)).as("%s: process %s is deployed", file, process.getId()).isNotNull();
      assertThat(process.getCamundaHistoryTimeToLiveString())
          .as("%s: process %s has camunda:historyTimeToLive", file, process.getId()).isNotBlank();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void everyUserTaskHasItsBodyItsDeployedFormAndDocumentation(String file) {
    BpmnModelInstance model = read(file);
    for (Process process : processes(model)) {
      ProcessDefinition definition = deployed(process);
      assertThat(definition).as("%s: process %s is deployed", file, process.getId()).isNotNull();
      for (UserTask task : userTasks(model, process)) {
        String where = file + ": " + task.getId();
        assertThat(nonBlank(task.getCamundaCandidateGroups()) || nonBlank(task.getCamundaAssignee()))
            .as("%s has candidate groups or an assignee", where).isTrue();
        assertThat(task.getCamundaFormRef()).as("%s has camunda:formRef", where).isNotBlank();
        assertThat(formDeployed(definition, task))
            .as("%s: form %s is deployed (binding %s)", where, task.getCamundaFormRef(), task.getCamundaFormRefBinding())
            .isTrue();
        assertThat(task.getDocumentations()).extracting(Documentation::getTextContent)
            .as("%s has documentation", where).anyMatch(ProcessModelTest::nonBlank);
      }
    }
  }

  /**
   * Names as bpmnlint's label-required asks them: parallel and joining gateways and unconditional
   * flows carry no meaning of their own, so they may stay unnamed.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void everyElementThatNeedsANameHasOne(String file) {
    BpmnModelInstance model = read(file);
    List<String> unnamed = new ArrayList<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      boolean exempt = node instanceof ParallelGateway || node instanceof EventBasedGateway
          || (node instanceof Gateway && node.getOutgoing().size() <= 1);
      if (!exempt && !nonBlank(node.getName())) {
        unnamed.add(node.getId());
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (flow.getConditionExpression() != null && !nonBlank(flow.getName())) {
        unnamed.add(flow.getId());
      }
    }
    assertThat(unnamed).as("%s: elements without a name", file).isEmpty();
  }

  private static BpmnModelInstance read(String file) {
    try (InputStream in = ProcessModelTest.class.getClassLoader().getResourceAsStream("bpmn/" + file)) {
      assertThat(in).as("bpmn/%s on the classpath", file).isNotNull();
      return Bpmn.readModelFromStream(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Collection<Process> processes(BpmnModelInstance model) {
    Collection<Process> processes = model.getModelElementsByType(Process.class);
    assertThat(processes).as("processes in the model").isNotEmpty();
    return processes;
  }

  private static List<UserTask> userTasks(BpmnModelInstance model, Process process) {
    return model.getModelElementsByType(UserTask.class).stream()
        .filter(task -> isInside(task, process))
        .toList();
  }

  private static boolean isInside(UserTask task, Process process) {
    for (var parent = task.getParentElement(); parent != null; parent = parent.getParentElement()) {
      if (parent == process) {
        return true;
      }
    }
    return false;
  }

  private ProcessDefinition deployed(Process process) {
    return processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(process.getId())
        .latestVersion().singleResult();
  }

  /** The engine keeps no public query for forms: ask its form definition manager, as the form service does. */
  private boolean formDeployed(ProcessDefinition definition, UserTask task) {
    String key = task.getCamundaFormRef();
    String binding = task.getCamundaFormRefBinding() == null ? "latest" : task.getCamundaFormRefBinding();
    Command<Object> find = context -> switch (binding) {
      case "deployment" -> context.getCamundaFormDefinitionManager()
          .findDefinitionByDeploymentAndKey(definition.getDeploymentId(), key);
      case "version" -> context.getCamundaFormDefinitionManager()
          .findDefinitionByKeyVersionAndTenantId(key, Integer.valueOf(task.getCamundaFormRefVersion()), null);
      default -> context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(key);
    };
    return ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(find) != null;
  }

  private static boolean nonBlank(String text) {
    return text != null && !text.isBlank();
  }
}
