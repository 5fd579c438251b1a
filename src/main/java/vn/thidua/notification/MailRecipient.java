package vn.thidua.notification;

/** A person a mail goes to: address, and the name the greeting uses (may be empty). */
record MailRecipient(String address, String name) {
}
