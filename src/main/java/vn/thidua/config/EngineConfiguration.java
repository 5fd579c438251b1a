package vn.thidua.config;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import vn.thidua.form.FormValidationUnwrapping;


/**
 * Engine settings that properties cannot express. Taking {@link AdminProperties} makes a missing
 * administrator password stop start-up before the engine creates the administrator account.
 */
@Component
class EngineConfiguration extends AbstractProcessEnginePlugin {

  EngineConfiguration(AdminProperties adminProperties) {
    // validated on binding; nothing else to do with it here
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // Object variables stay readable in Cockpit and portable across versions.
    configuration.setDefaultSerializationFormat(Variables.SerializationDataFormats.JSON.getName());
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    interceptors.add(new FormValidationUnwrapping());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }
}
