package vn.thidua.support;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.campaign.CampaignService;

/**
 * Base of the process tests of a campaign's stages: the running engine with camunda-bpm-assert, the
 * steps people and time take on it, and the engine's clock set back after each test.
 */
public abstract class ProcessTest extends IntegrationTest {

  @Autowired
  protected ProcessEngine processEngine;

  @Autowired
  protected CampaignService campaigns;

  @Autowired
  protected RuntimeService runtimeService;

  @Autowired
  protected TaskService taskService;

  @Autowired
  protected ManagementService managementService;

  protected EngineSteps engine;

  @BeforeEach
  void initEngineAssertions() {
    BpmnAwareTests.init(processEngine);
    engine = new EngineSteps(taskService, managementService);
  }

  @AfterEach
  void resetEngineAssertionsAndClock() {
    BpmnAwareTests.reset();
    ClockUtil.reset();
  }
}
