package vn.thidua.support;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * One real SMTP server (GreenMail) per test JVM on a free port, started on first use, so every
 * integration test context sends its notification mails somewhere tests can read them.
 */
public final class TestMailServer {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private static GreenMail server;

  private TestMailServer() {
  }

  /** A mail as its recipient reads it: addresses apart from names, subject and body decoded, lines ending in \n. */
  public record ReceivedMail(String to, String toName, String from, String fromName, String subject, String body,
      String contentType, String autoSubmitted) {
  }

  /** Points {@code spring.mail.*} of a test context at this server. */
  public static void register(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", TestMailServer::host);
    registry.add("spring.mail.port", TestMailServer::smtpPort);
    registry.add("spring.mail.username", () -> "");
    registry.add("spring.mail.password", () -> "");
    registry.add("spring.mail.properties.mail.smtp.starttls.enable", () -> "false");
    registry.add("spring.mail.properties.mail.smtp.ssl.enable", () -> "false");
  }

  public static synchronized String host() {
    return server().getSmtp().getBindTo();
  }

  public static synchronized int smtpPort() {
    return server().getSmtp().getPort();
  }

  private static synchronized GreenMail server() {
    if (server == null) {
      server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    }
    return server;
  }

  /** Every mail received since the last {@link #clear()}. */
  public static List<ReceivedMail> received() {
    return Arrays.stream(server().getReceivedMessages()).map(TestMailServer::read).toList();
  }

  /**
   * Waits until at least {@code count} received mails match and returns all that match. Mails leave on
   * their own thread after the commit, so a test waits for them instead of finding them at once.
   */
  public static List<ReceivedMail> awaitMails(Predicate<ReceivedMail> which, int count) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    List<ReceivedMail> found = received().stream().filter(which).toList();
    while (found.size() < count && System.nanoTime() < deadline) {
      sleep();
      found = received().stream().filter(which).toList();
    }
    if (found.size() < count) {
      throw new AssertionError("Expected " + count + " matching mails within " + WAIT + ", got " + found.size()
          + ": " + found + "; all received: " + received());
    }
    return found;
  }

  /** The mails received so far whose body contains {@code text} (a task id, say), without waiting. */
  public static List<ReceivedMail> mailsMentioning(String text) {
    return received().stream().filter(mail -> mail.body().contains(text)).toList();
  }

  /** Mails whose body contains {@code text} (a task id, say), once there are at least {@code count}. */
  public static List<ReceivedMail> awaitMailsMentioning(String text, int count) {
    return awaitMails(mail -> mail.body().contains(text), count);
  }

  /**
   * Waits until each expected address has a mail whose subject contains {@code subjectPart}, then
   * returns the addresses of all such mails so far.
   */
  public static List<String> awaitRecipients(String subjectPart, String... expected) {
    List<String> wanted = List.of(expected);
    long deadline = System.nanoTime() + WAIT.toNanos();
    List<String> found = recipients(subjectPart);
    while (!found.containsAll(wanted) && System.nanoTime() < deadline) {
      sleep();
      found = recipients(subjectPart);
    }
    if (!found.containsAll(wanted)) {
      throw new AssertionError("Expected mails \"" + subjectPart + "\" to " + wanted + " within " + WAIT + ", got "
          + found + "; all received: " + received());
    }
    return found;
  }

  /** The body of a mail to this address that contains {@code text}, once it has arrived. */
  public static String awaitText(String address, String text) {
    return awaitMails(mail -> mail.to().equals(address) && mail.body().contains(text), 1).get(0).body();
  }

  private static List<String> recipients(String subjectPart) {
    return received().stream().filter(mail -> mail.subject().contains(subjectPart)).map(ReceivedMail::to).toList();
  }

  public static void clear() {
    try {
      server().purgeEmailFromAllMailboxes();
    } catch (FolderException e) {
      throw new IllegalStateException("Test mailboxes could not be emptied", e);
    }
  }

  private static ReceivedMail read(MimeMessage message) {
    try {
      InternetAddress to = (InternetAddress) message.getRecipients(RecipientType.TO)[0];
      InternetAddress from = (InternetAddress) message.getFrom()[0];
      String[] autoSubmitted = message.getHeader("Auto-Submitted");
      return new ReceivedMail(to.getAddress(), to.getPersonal(), from.getAddress(), from.getPersonal(),
          message.getSubject(), ((String) message.getContent()).replace("\r\n", "\n"), message.getContentType(),
          autoSubmitted == null ? null : autoSubmitted[0]);
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("A received mail could not be read", e);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
