package vn.thidua.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells the person who started the application where to open it, once the data is in place. */
@Component
class ReadyMessage {

  private static final Logger log = LoggerFactory.getLogger(ReadyMessage.class);

  @EventListener
  void ready(ApplicationReadyEvent event) {
    Environment environment = event.getApplicationContext().getEnvironment();
    log.info("Thi đua is ready: http://localhost:{}/ (Tasklist, Cockpit, Admin and /api)",
        environment.getProperty("local.server.port", environment.getProperty("server.port", "8080")));
  }
}
