package vn.thidua.notification;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs mail work once the caller's transaction has committed, on one thread of its own, so that a
 * slow SMTP server never holds a database transaction or a web request, and a rolled-back step mails
 * nobody. One thread keeps mails in the order they were sent; a district's volume needs no more.
 */
@Component
class MailQueue {

  private static final Logger log = LoggerFactory.getLogger(MailQueue.class);
  private static final int CAPACITY = 10_000;

  // not a Spring bean: a bean of type Executor would replace Spring Boot's application task executor
  private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

  MailQueue() {
    executor.setCorePoolSize(1);
    executor.setMaxPoolSize(1);
    executor.setQueueCapacity(CAPACITY);
    executor.setThreadNamePrefix("thidua-mail-");
    executor.setWaitForTasksToCompleteOnShutdown(true);
    executor.setAwaitTerminationSeconds(30);
    executor.initialize();
  }

  /** After the current transaction commits (never if it rolls back); at once when there is none. */
  void afterCommit(String description, Runnable work) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          submit(description, work);
        }
      });
    } else {
      submit(description, work);
    }
  }

  private void submit(String description, Runnable work) {
    try {
      executor.execute(() -> {
        try {
          work.run();
        } catch (RuntimeException e) {
          log.error("Mail work failed: {}", description, e);
        }
      });
    } catch (TaskRejectedException e) {
      log.error("Mail queue full or closed, dropped: {}", description);
    }
  }

  @PreDestroy
  void shutdown() {
    executor.shutdown();
  }
}
