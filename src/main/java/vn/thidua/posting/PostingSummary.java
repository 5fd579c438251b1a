package vn.thidua.posting;

import java.time.Instant;

/** A posting as Ban Tổ chức follows it: its period and how its objections stand. */
public record PostingSummary(
    long id,
    String campaignId,
    String planNumber,
    int phaseNumber,
    int round,
    String title,
    Instant openedAt,
    Instant endsAt,
    Instant closedAt,
    boolean acceptingObjections,
    int entryCount,
    int withdrawnCount,
    long objectionCount,
    long pendingObjectionCount) {
}
