package vn.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static vn.thidua.support.TestMailServer.awaitMailsMentioning;
import static vn.thidua.support.TestMailServer.mailsMentioning;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.config.OutgoingMailProperties;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TestMailServer.ReceivedMail;

/** Officers and leaders get one Vietnamese mail each about their task, after the step that made it is saved. */
@ExtendWith(OutputCaptureExtension.class)
class NotificationMailTest extends IntegrationTest {

  private static final String TASKLIST = "http://localhost:8080/camunda/app/tasklist/default/#/?task=";
  private static final String ABOUT = "Đăng ký thi đua – Đảng bộ thị trấn Châu Ổ – Kế hoạch 123-KH/HU";
  private static final LocalDate DEADLINE = LocalDate.of(2027, 2, 15);
  private static final String TEST_GROUP = "thu-nghiem-thong-bao";
  private static final String USER_WITHOUT_ADDRESS = "khong.co.thu";

  @Autowired
  private NotificationService notifications;

  @Autowired
  private NotificationTexts texts;

  @Autowired
  private MailRecipients recipients;

  @Autowired
  private MailQueue queue;

  @Autowired
  private OutgoingMailProperties mailProperties;

  @Autowired
  private IdentityService identityService;

  @Autowired
  private TransactionTemplate transaction;

  @Autowired
  private PlatformTransactionManager transactionManager;

  @Autowired
  private JavaMailSender mailSender;

  @BeforeEach
  void aGroupWithAMemberWithoutAnAddress() {
    User user = identityService.newUser(USER_WITHOUT_ADDRESS);
    user.setFirstName("Người");
    user.setLastName("Không thư");
    user.setPassword("demo");
    identityService.saveUser(user);
    identityService.saveGroup(identityService.newGroup(TEST_GROUP));
    identityService.createMembership(USER_WITHOUT_ADDRESS, TEST_GROUP);
    identityService.createMembership("btc.canbo", TEST_GROUP);
  }

  @AfterEach
  void removeTestIdentities() {
    identityService.clearAuthentication();
    identityService.deleteGroup(TEST_GROUP);
    identityService.deleteUser(USER_WITHOUT_ADDRESS);
  }

  @Test
  void aNewTaskForABodyReachesEachMemberInOneMailOfTheirOwn() {
    String taskId = newTaskId();

    inTransaction(() -> notifications.send(new Notification(NotificationKind.NEW_TASK, Set.of(), Set.of("ban-to-chuc"),
        taskId, "Xem xét bản đăng ký thi đua", ABOUT, null, DEADLINE)));

    Set<String> members = addressesOfMembers("ban-to-chuc");
    assertThat(members).contains("btc.truong@thidua.local", "btc.pho@thidua.local", "btc.canbo@thidua.local");
    List<ReceivedMail> mails = awaitMailsMentioning(taskId, members.size());
    assertThat(mails).extracting(ReceivedMail::to).containsExactlyInAnyOrderElementsOf(members);
    assertThat(mails).allSatisfy(mail -> {
      assertThat(mail.subject()).isEqualTo("[Thi đua] Việc mới: Xem xét bản đăng ký thi đua");
      assertThat(mail.from()).isEqualTo("no-reply@thidua.local");
      assertThat(mail.fromName()).isEqualTo("Hệ thống Thi đua – Huyện ủy Bình Sơn");
      assertThat(mail.contentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
      assertThat(mail.autoSubmitted()).isEqualTo("auto-generated");
      assertThat(mail.body())
          .contains("có một việc mới cần xử lý")
          .contains("Việc: Xem xét bản đăng ký thi đua")
          .contains("Nội dung: " + ABOUT)
          .contains("Hạn xử lý: 15/02/2027")
          .contains("Mở việc trên Tasklist: " + TASKLIST + taskId)
          .contains("Trân trọng.\nHệ thống Thi đua – Huyện ủy Bình Sơn\n(Thư gửi tự động, xin đồng chí không trả lời thư này.)")
          .doesNotContain("Lý do");
    });
    ReceivedMail toTheHead = mails.stream().filter(mail -> mail.to().equals("btc.truong@thidua.local")).findFirst()
        .orElseThrow();
    assertThat(toTheHead.toName()).isEqualTo("Nguyễn Thị Minh Nguyệt");
    assertThat(toTheHead.body()).startsWith("Kính gửi đồng chí Nguyễn Thị Minh Nguyệt,\n");
  }

  @Test
  void aReminderTellsThePersonTheDeadline() {
    String taskId = newTaskId();

    inTransaction(() -> notifications.send(new Notification(NotificationKind.REMINDER, Set.of("chauo.canbo"), Set.of(),
        taskId, "Lập bản đăng ký thi đua", ABOUT, null, DEADLINE)));

    ReceivedMail mail = awaitMailsMentioning(taskId, 1).get(0);
    assertThat(mail.to()).isEqualTo("chauo.canbo@thidua.local");
    assertThat(mail.subject()).isEqualTo("[Thi đua] Nhắc hạn: Lập bản đăng ký thi đua");
    assertThat(mail.body()).contains("sắp đến hạn", "Hạn xử lý: 15/02/2027", "Nội dung: " + ABOUT, TASKLIST + taskId);
  }

  @Test
  void anEscalationTellsTheInspectionCommitteeWhatIsLate() {
    String taskId = newTaskId();
    String detail = "Đảng bộ thị trấn Châu Ổ chưa đăng ký thi đua, đã quá hạn 3 ngày";

    inTransaction(() -> notifications.send(new Notification(NotificationKind.ESCALATION, Set.of(),
        Set.of("uy-ban-kiem-tra"), taskId, "Lập bản đăng ký thi đua", ABOUT, detail, DEADLINE)));

    Set<String> inspectors = addressesOfMembers("uy-ban-kiem-tra");
    List<ReceivedMail> mails = awaitMailsMentioning(taskId, inspectors.size());
    assertThat(mails).extracting(ReceivedMail::to).containsExactlyInAnyOrderElementsOf(inspectors)
        .contains("ubkt.canbo@thidua.local", "ubkt.truong@thidua.local");
    assertThat(mails).allSatisfy(mail -> {
      assertThat(mail.subject()).isEqualTo("[Thi đua] Quá hạn: Lập bản đăng ký thi đua");
      assertThat(mail.body()).contains("đã quá hạn", "Chi tiết: " + detail, "Hạn xử lý: 15/02/2027", TASKLIST + taskId);
    });
  }

  @Test
  void aReturnedTaskGivesTheReason() {
    String taskId = newTaskId();
    String reason = "Chỉ tiêu 2 chưa có số lượng cụ thể; đề nghị bổ sung.";

    inTransaction(() -> notifications.send(new Notification(NotificationKind.RETURNED, Set.of("chauo.truong"), Set.of(),
        taskId, "Lập bản đăng ký thi đua", ABOUT, reason, null)));

    ReceivedMail mail = awaitMailsMentioning(taskId, 1).get(0);
    assertThat(mail.to()).isEqualTo("chauo.truong@thidua.local");
    assertThat(mail.subject()).isEqualTo("[Thi đua] Trả lại: Lập bản đăng ký thi đua");
    assertThat(mail.body()).contains("đã được trả lại", "Lý do trả lại: " + reason, TASKLIST + taskId)
        .doesNotContain("Hạn xử lý");
  }

  @Test
  void aPersonNamedAndInANamedGroupGetsOneMailAndAMemberWithoutAnAddressNone() {
    String taskId = newTaskId();

    inTransaction(() -> notifications.send(new Notification(NotificationKind.NEW_TASK,
        Set.of("btc.canbo", USER_WITHOUT_ADDRESS), Set.of(TEST_GROUP), taskId, "Thẩm định hồ sơ", null, null, null)));
    sentinelDelivered();

    assertThat(awaitMailsMentioning(taskId, 1)).extracting(ReceivedMail::to).containsExactly("btc.canbo@thidua.local");
  }

  @Test
  void nobodyWithAnAddressIsLoggedAsAWarning(CapturedOutput output) {
    String taskName = "Việc không ai nhận " + UUID.randomUUID();

    inTransaction(() -> notifications.send(new Notification(NotificationKind.NEW_TASK, Set.of(USER_WITHOUT_ADDRESS),
        Set.of(), newTaskId(), taskName, null, null, null)));
    sentinelDelivered();

    assertThat(output.getAll()).contains("WARN").contains("Nobody with an e-mail address to notify: \"[Thi đua] Việc mới: "
        + taskName + "\"");
  }

  @Test
  void aRolledBackStepMailsNobody() {
    String rolledBack = newTaskId();

    transaction.executeWithoutResult(status -> {
      notifications.send(new Notification(NotificationKind.NEW_TASK, Set.of("chauo.canbo"), Set.of(), rolledBack,
          "Lập bản đăng ký thi đua", ABOUT, null, DEADLINE));
      status.setRollbackOnly();
    });
    sentinelDelivered();

    assertThat(mailsMentioning(rolledBack)).isEmpty();
  }

  @Test
  void noMailLeavesBeforeTheTransactionCommits() {
    String taskId = newTaskId();

    transaction.executeWithoutResult(status -> {
      notifications.send(new Notification(NotificationKind.NEW_TASK, Set.of("chauo.canbo"), Set.of(), taskId,
          "Lập bản đăng ký thi đua", ABOUT, null, DEADLINE));
      sentinelDelivered();
      assertThat(mailsMentioning(taskId)).as("sent before the commit").isEmpty();
    });

    assertThat(awaitMailsMentioning(taskId, 1)).hasSize(1);
  }

  @Test
  void anOfficerWithoutRightsOnUsersStillReachesABody() {
    identityService.setAuthentication("chauo.canbo", List.of("don-vi-chau-o"));
    assertThat(identityService.createUserQuery().memberOfGroup("ban-to-chuc").count())
        .as("Camunda's authorization hides other users from an officer").isZero();

    List<MailRecipient> found = recipients.resolve(Set.of(), Set.of("ban-to-chuc"));

    assertThat(found).extracting(MailRecipient::address).contains("btc.truong@thidua.local", "btc.canbo@thidua.local");
    assertThat(identityService.getCurrentAuthentication().getUserId()).isEqualTo("chauo.canbo");
  }

  @Test
  void anUnreachableMailServerDoesNotTroubleTheCaller(CapturedOutput output) throws IOException {
    NotificationService unreachable = new NotificationService(texts, recipients,
        new MailDelivery(sender(freePort(), 2_000), mailProperties), queue);
    String taskName = "Việc gửi thư thất bại " + UUID.randomUUID();

    assertThatCode(() -> inTransaction(() -> unreachable.send(new Notification(NotificationKind.NEW_TASK,
        Set.of("btc.canbo"), Set.of(), newTaskId(), taskName, null, null, null)))).doesNotThrowAnyException();
    sentinelDelivered();

    assertThat(output.getAll()).contains("Mail \"[Thi đua] Việc mới: " + taskName + "\" to btc.canbo@thidua.local not sent");
  }

  @Test
  void aMailServerThatDoesNotAnswerHoldsNeitherTheTransactionNorTheCaller(CapturedOutput output) throws IOException {
    try (ServerSocket silent = new ServerSocket(0)) {
      // accepts connections (the backlog does) but never greets: the client waits until its timeout
      NotificationService stalled = new NotificationService(texts, recipients,
          new MailDelivery(sender(silent.getLocalPort(), 3_000), mailProperties), queue);
      String taskName = "Việc gửi thư chậm " + UUID.randomUUID();

      long start = System.nanoTime();
      inTransaction(() -> stalled.send(new Notification(NotificationKind.NEW_TASK, Set.of("btc.canbo"), Set.of(),
          newTaskId(), taskName, null, null, null)));
      Duration callerWaited = Duration.ofNanos(System.nanoTime() - start);

      assertThat(callerWaited).isLessThan(Duration.ofMillis(1_500));
      sentinelDelivered();
      assertThat(output.getAll()).contains("Mail \"[Thi đua] Việc mới: " + taskName + "\" to btc.canbo@thidua.local not sent");
    }
  }

  @Test
  void theMailClientGivesUpOnASilentServerAfterTenSeconds() {
    assertThat(((JavaMailSenderImpl) mailSender).getJavaMailProperties())
        .containsEntry("mail.smtp.connectiontimeout", "10000")
        .containsEntry("mail.smtp.timeout", "10000")
        .containsEntry("mail.smtp.writetimeout", "10000");
  }

  /**
   * Mails leave one at a time in the order they were sent: once a mail sent now has arrived, every
   * mail sent before it has been delivered, refused or dropped. Sent in a transaction of its own, so
   * that it leaves even while the test's transaction is still open.
   */
  private void sentinelDelivered() {
    String sentinel = newTaskId();
    TransactionTemplate own = new TransactionTemplate(transactionManager);
    own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    own.executeWithoutResult(status -> notifications.send(new Notification(NotificationKind.NEW_TASK, Set.of("vp.canbo"),
        Set.of(), sentinel, "Thư đánh dấu", null, null, null)));
    awaitMailsMentioning(sentinel, 1);
  }

  private void inTransaction(Runnable work) {
    transaction.executeWithoutResult(status -> work.run());
  }

  private Set<String> addressesOfMembers(String groupId) {
    return identityService.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getEmail)
        .filter(address -> address != null && !address.isBlank()).collect(Collectors.toSet());
  }

  private static String newTaskId() {
    return "test-" + UUID.randomUUID();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static JavaMailSenderImpl sender(int port, int timeoutMillis) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(port);
    sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", String.valueOf(timeoutMillis));
    sender.getJavaMailProperties().put("mail.smtp.timeout", String.valueOf(timeoutMillis));
    return sender;
  }
}
