package vn.thidua.organization;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At start-up, before the demo data (order 10) and anything that grants rights to the groups. */
@Component
@Order(5)
class IdentitySyncAtStartup implements ApplicationRunner {

  private final IdentitySync identitySync;

  IdentitySyncAtStartup(IdentitySync identitySync) {
    this.identitySync = identitySync;
  }

  @Override
  public void run(ApplicationArguments args) {
    identitySync.syncAll();
  }
}
