package vn.thidua.web;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.springframework.stereotype.Component;

/**
 * The engine logs at ERROR every failed command it does not know as the user's fault – a task someone else
 * already completed, a form the app refused through a task listener. When a signed-in person's call failed
 * for such a mistake ({@link EngineRestErrors#isPersonsMistake}), it is logged at DEBUG like the engine's own
 * user errors; the person is answered 4xx. Failures of the job executor and real faults stay at ERROR.
 */
@Component
class PersonsMistakeLogging extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    CommandContextFactory factory = new CommandContextFactory() {
      @Override
      public CommandContext createCommandContext() {
        return new QuietAboutPersonsMistakes(processEngineConfiguration);
      }
    };
    // the engine hands its configuration only to a factory it creates itself
    factory.setProcessEngineConfiguration(configuration);
    configuration.setCommandContextFactory(factory);
  }

  static class QuietAboutPersonsMistakes extends CommandContext {

    QuietAboutPersonsMistakes(ProcessEngineConfigurationImpl configuration) {
      super(configuration);
    }

    @Override
    protected boolean shouldLogFine(Throwable failure) {
      return super.shouldLogFine(failure)
          || getAuthenticatedUserId() != null && EngineRestErrors.isPersonsMistake(failure);
    }
  }
}
