package vn.thidua.document;

/**
 * A stored file with its bytes, held in memory: files are at most {@code thidua.documents.max-size}
 * (10 MB by default). The array is the caller's to read; {@code equals} compares it by identity, as for
 * every record holding an array.
 */
public record DocumentContent(StoredDocument document, byte[] bytes) {
}
