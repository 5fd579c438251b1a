package vn.thidua.posting;

import java.time.Instant;

/** The answer to an accepted objection: its number and a message the page shows as it is. */
public record ObjectionReceipt(long id, Instant receivedAt, String message) {
}
