package vn.thidua.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.web.ApiException;

/**
 * Durable storage of the files features attach to their records: a proposal's dossier (tờ trình, báo cáo
 * thành tích, biên bản họp xét...), a decision's signed copy. Files live in the database, metadata and
 * bytes in separate tables, so they are backed up with the data they belong to. The owning feature decides
 * who may see or change which owner's files; this service only keeps them.
 */
@Service
// a refusal comes before any write: it need not doom a caller's transaction that catches it
@Transactional(noRollbackFor = ApiException.class)
public class DocumentService {

  private static final Logger log = LoggerFactory.getLogger(DocumentService.class);

  private final DocumentMetadataRepository documents;
  private final DocumentBytesRepository contents;
  private final UploadValidator validator;
  private final Clock clock;

  DocumentService(DocumentMetadataRepository documents, DocumentBytesRepository contents, UploadValidator validator,
      Clock clock) {
    this.documents = documents;
    this.contents = contents;
    this.validator = validator;
    this.clock = clock;
  }

  /**
   * Checks and stores one file for an owner (e.g. ownerType "PROPOSAL", ownerId "42"); returns what was stored.
   * The type comes from the content (PDF, DOCX, JPEG or PNG), size and SHA-256 are computed here, and the name
   * is sanitised for download. Anything else is refused with {@link ApiException} 400, field {@code file},
   * {@code fileName}, {@code kind}, {@code ownerType}, {@code ownerId} or {@code uploadedBy}, and nothing is stored.
   */
  public StoredDocument store(String ownerType, String ownerId, String kind, String fileName, byte[] content,
      String uploadedBy) {
    UploadValidator.CheckedUpload upload = validator.check(ownerType, ownerId, kind, fileName, content, uploadedBy);
    // microseconds: what both databases keep, so the answer equals what a later read returns
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    DocumentMetadata document = documents.save(new DocumentMetadata(ownerType, ownerId, kind, upload.fileName(),
        upload.type().contentType(), content.length, sha256(content), uploadedBy, now));
    // a copy: the insert may wait for the commit, after the caller has its array back
    contents.save(new DocumentBytes(document, content.clone()));
    StoredDocument stored = document.toStoredDocument();
    log.info("Stored document {} for {} {}: {} ({}, {} bytes) by {}", stored.id(), ownerType, ownerId,
        stored.fileName(), stored.contentType(), stored.size(), uploadedBy);
    return stored;
  }

  /** The owner's files, oldest first, without their bytes. */
  @Transactional(readOnly = true)
  public List<StoredDocument> list(String ownerType, String ownerId) {
    return documents.findByOwnerTypeAndOwnerIdOrderByUploadedAtAscIdAsc(ownerType, ownerId).stream()
        .map(DocumentMetadata::toStoredDocument)
        .toList();
  }

  @Transactional(readOnly = true)
  public Optional<StoredDocument> find(long documentId) {
    return documents.findById(documentId).map(DocumentMetadata::toStoredDocument);
  }

  /** The file with its bytes, for download; {@link ApiException#notFound} if there is no such document. */
  @Transactional(readOnly = true)
  public DocumentContent content(long documentId) {
    StoredDocument document = find(documentId).orElseThrow(() -> notFound(documentId));
    byte[] bytes = contents.findBytes(documentId);
    if (bytes == null) {
      throw notFound(documentId);
    }
    return new DocumentContent(document, bytes);
  }

  /** Deletes the file and its bytes; {@link ApiException#notFound} if there is no such document. */
  public void delete(long documentId) {
    if (!documents.existsById(documentId)) {
      throw notFound(documentId);
    }
    deleteIds(List.of(documentId));
  }

  /** Deletes every file of the owner, e.g. when a proposal is withdrawn; nothing happens if it has none. */
  public void deleteAll(String ownerType, String ownerId) {
    List<Long> ids = documents.findIdsByOwner(ownerType, ownerId);
    if (!ids.isEmpty()) {
      deleteIds(ids);
    }
  }

  private void deleteIds(List<Long> ids) {
    contents.deleteByDocumentIds(ids);
    documents.deleteByIds(ids);
    log.info("Deleted documents {}", ids);
  }

  private static ApiException notFound(long documentId) {
    return ApiException.notFound("Không tìm thấy tài liệu số " + documentId);
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
