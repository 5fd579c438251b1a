package vn.thidua.document;

import java.time.Instant;

/**
 * A stored file as features show and list it, without its bytes.
 *
 * @param id          the document id, unique across owners
 * @param ownerType   what the file belongs to, e.g. "PROPOSAL" or "DECISION"
 * @param ownerId     the owner's id, e.g. "42"
 * @param kind        what the file is in the dossier, as the owning feature names it, e.g. "TO_TRINH"
 * @param fileName    the sanitised name it is downloaded under (Vietnamese letters kept, no folders)
 * @param contentType the type detected from the content, never the one the sender claimed
 * @param size        bytes, counted by the server
 * @param sha256      SHA-256 of the content, lower-case hex, computed by the server
 * @param uploadedBy  the user name of the person who uploaded it
 * @param uploadedAt  when it was stored
 */
public record StoredDocument(long id, String ownerType, String ownerId, String kind, String fileName,
    String contentType, long size, String sha256, String uploadedBy, Instant uploadedAt) {
}
