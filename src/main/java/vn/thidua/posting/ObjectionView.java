package vn.thidua.posting;

import java.time.Instant;

/**
 * An objection with its outcome, for Ban Tổ chức. {@code about} names the listed proposal it concerns,
 * or says it is about the whole list; the text is exactly as sent.
 */
public record ObjectionView(
    long id,
    long postingId,
    Long proposalId,
    String about,
    String content,
    String senderName,
    String senderContact,
    Instant receivedAt,
    ObjectionOutcome outcome,
    String outcomeLabel,
    String answer,
    String handledBy,
    Instant handledAt,
    String processInstanceId) {
}
