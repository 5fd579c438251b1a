package vn.thidua.document;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What is known about a stored file; its bytes live apart in {@link DocumentBytes} so listing never loads them. */
@Entity
@Table(name = "document")
class DocumentMetadata {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "owner_type", nullable = false)
  private String ownerType;

  @Column(name = "owner_id", nullable = false)
  private String ownerId;

  @Column(nullable = false)
  private String kind;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(nullable = false)
  private String sha256;

  @Column(name = "uploaded_by", nullable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected DocumentMetadata() {
  }

  DocumentMetadata(String ownerType, String ownerId, String kind, String fileName, String contentType, long size,
      String sha256, String uploadedBy, Instant uploadedAt) {
    this.ownerType = ownerType;
    this.ownerId = ownerId;
    this.kind = kind;
    this.fileName = fileName;
    this.contentType = contentType;
    this.size = size;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  StoredDocument toStoredDocument() {
    return new StoredDocument(id, ownerType, ownerId, kind, fileName, contentType, size, sha256, uploadedBy,
        uploadedAt);
  }
}
