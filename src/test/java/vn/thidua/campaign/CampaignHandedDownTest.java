package vn.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.support.CampaignFixtures;
import vn.thidua.support.IntegrationTest;

/**
 * A process called by a campaign's process (vote, decision, phase summary) acts only for the campaign at
 * the top of its call chain: a campaign id handed down that names another campaign is refused.
 */
class CampaignHandedDownTest extends IntegrationTest {

  @Autowired
  CampaignService campaigns;

  @Autowired
  RuntimeService runtimeService;

  @Test
  void aCalledProcessActsOnlyForTheCampaignAtTheTopOfItsCallChain() {
    CampaignView own = CampaignFixtures.registering(campaigns, runtimeService);
    CampaignView other = CampaignFixtures.registering(campaigns, runtimeService);
    DelegateExecution calledByOwn = calledBy(CampaignFixtures.campaignProcess(runtimeService, own).getId());

    assertThat(campaigns.handedDown(calledByOwn, own.id())).isEqualTo(own.id());
    assertThatThrownBy(() -> campaigns.handedDown(calledByOwn, other.id()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not the campaign of its call chain");
  }

  @Test
  void aProcessAnAdministratorStartedOnItsOwnHasNoCallerToCheck() {
    CampaignView campaign = CampaignFixtures.registering(campaigns, runtimeService);
    DelegateExecution alone = mock(DelegateExecution.class);
    DelegateExecution instance = mock(DelegateExecution.class);
    when(alone.getProcessInstance()).thenReturn(instance);

    assertThat(campaigns.handedDown(alone, campaign.id())).isEqualTo(campaign.id());
  }

  /** An execution of a process called (through one level) by the given campaign process. */
  private static DelegateExecution calledBy(String campaignProcessInstanceId) {
    DelegateExecution execution = mock(DelegateExecution.class);
    DelegateExecution instance = mock(DelegateExecution.class);
    DelegateExecution caller = mock(DelegateExecution.class);
    DelegateExecution campaignProcess = mock(DelegateExecution.class);
    when(execution.getProcessInstance()).thenReturn(instance);
    when(execution.getProcessInstanceId()).thenReturn("called-1");
    when(instance.getSuperExecution()).thenReturn(caller);
    when(caller.getProcessInstance()).thenReturn(campaignProcess);
    when(campaignProcess.getProcessInstanceId()).thenReturn(campaignProcessInstanceId);
    return execution;
  }
}
