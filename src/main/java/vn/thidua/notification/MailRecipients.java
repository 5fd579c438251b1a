package vn.thidua.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Finds the e-mail addresses of users and of the members of groups in Camunda's identity service,
 * where the registry's members' addresses are kept (see {@code IdentitySync}).
 * <p>
 * Authorization is on in this application and an officer holds no READ right on other users, so a
 * plain query made while the officer is signed in would silently return nobody. Whom to tell is the
 * process's decision, not the officer's: the lookup runs as one engine command with authorization
 * checks switched off for that command only, whoever (or nobody, as in a timer job) is signed in.
 */
@Component
class MailRecipients {

  private static final Logger log = LoggerFactory.getLogger(MailRecipients.class);

  private final ProcessEngineConfigurationImpl engine;
  private final IdentityService identityService;

  MailRecipients(ProcessEngineConfigurationImpl engine, IdentityService identityService) {
    this.engine = engine;
    this.identityService = identityService;
  }

  /** Each address once (the first name found for it); users without an address are left out. */
  List<MailRecipient> resolve(Set<String> usernames, Set<String> groupIds) {
    return engine.getCommandExecutorTxRequired().execute(commandContext -> withoutAuthorization(commandContext,
        () -> lookUp(usernames, groupIds)));
  }

  private static <T> T withoutAuthorization(CommandContext commandContext, Supplier<T> work) {
    commandContext.disableAuthorizationCheck();
    try {
      return work.get();
    } finally {
      commandContext.enableAuthorizationCheck();
    }
  }

  private List<MailRecipient> lookUp(Set<String> usernames, Set<String> groupIds) {
    Map<String, User> users = new LinkedHashMap<>();
    if (!usernames.isEmpty()) {
      Map<String, User> named = new LinkedHashMap<>();
      identityService.createUserQuery().userIdIn(usernames.toArray(String[]::new)).list()
          .forEach(user -> named.put(user.getId(), user));
      for (String username : usernames) {
        if (named.containsKey(username)) {
          users.put(username, named.get(username));
        } else {
          log.info("No Camunda user {}: not notified", username);
        }
      }
    }
    for (String groupId : groupIds) {
      List<User> members = identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list();
      if (members.isEmpty()) {
        log.info("Group {} has no members: nobody of it notified", groupId);
      }
      members.forEach(user -> users.putIfAbsent(user.getId(), user));
    }

    Map<String, MailRecipient> byAddress = new LinkedHashMap<>();
    for (User user : users.values()) {
      String address = user.getEmail() == null ? "" : user.getEmail().strip();
      if (address.isEmpty()) {
        log.info("User {} has no e-mail address: not notified", user.getId());
      } else {
        byAddress.putIfAbsent(address.toLowerCase(Locale.ROOT), new MailRecipient(address, fullName(user)));
      }
    }
    return new ArrayList<>(byAddress.values());
  }

  private static String fullName(User user) {
    String first = user.getFirstName() == null ? "" : user.getFirstName().strip();
    String last = user.getLastName() == null ? "" : user.getLastName().strip();
    return (first + " " + last).strip();
  }
}
