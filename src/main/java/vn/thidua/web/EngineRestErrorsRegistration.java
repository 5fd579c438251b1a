package vn.thidua.web;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.ServletRegistration;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Puts {@link EngineRestErrors} into both JAX-RS applications that serve Camunda's REST API: /engine-rest
 * (the REST starter's Jersey application) and the webapps' engine API that Tasklist calls.
 */
@Configuration
class EngineRestErrorsRegistration {

  /** The name under which Camunda's webapp starter registers Tasklist's engine API; it skips a name already taken. */
  static final String WEBAPP_ENGINE_API = "Engine Api";

  @Bean
  ResourceConfigCustomizer engineRestErrors() {
    return config -> EngineRestErrors.MAPPERS.forEach(config::register);
  }

  /**
   * Registers the webapps' engine API servlet as Camunda's starter does, before it, with the mappers added: that
   * application is a plain JAX-RS class, so the mappers can only come in through the servlet's parameters.
   */
  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  ServletContextInitializer webappEngineRestErrors(CamundaBpmProperties camunda) {
    return servletContext -> {
      ServletRegistration.Dynamic engineApi = servletContext.addServlet(WEBAPP_ENGINE_API, ServletContainer.class);
      engineApi.addMapping(camunda.getWebapp().getApplicationPath() + "/api/engine/*");
      engineApi.setInitParameters(Map.of(
          "jakarta.ws.rs.Application", EngineRestApplication.class.getName(),
          ServerProperties.PROVIDER_CLASSNAMES,
          EngineRestErrors.MAPPERS.stream().map(Class::getName).collect(Collectors.joining(","))));
    };
  }
}
