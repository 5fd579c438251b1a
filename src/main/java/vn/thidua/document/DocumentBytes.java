package vn.thidua.document;

import java.sql.Types;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;

/** The bytes of one stored file, keyed by its document id. */
@Entity
@Table(name = "document_content")
class DocumentBytes {

  @Id
  @Column(name = "document_id")
  private Long documentId;

  @MapsId
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "document_id")
  private DocumentMetadata document;

  // VARBINARY, not @Lob: that would be a large object (oid) on PostgreSQL; this is bytea there and
  // BINARY VARYING on H2, the column type V4__documents.sql declares
  @JdbcTypeCode(Types.VARBINARY)
  @Column(nullable = false)
  private byte[] bytes;

  protected DocumentBytes() {
  }

  DocumentBytes(DocumentMetadata document, byte[] bytes) {
    this.document = document;
    this.bytes = bytes;
  }
}
