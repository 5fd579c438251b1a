package vn.thidua.document;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DocumentBytesRepository extends JpaRepository<DocumentBytes, Long> {

  /**
   * The bytes alone, not a managed entity: no second copy kept for dirty checking; null if there are none.
   * Not {@code Optional<byte[]>}: Spring Data converts the array inside an Optional element by element, which
   * takes seconds for 10 MB.
   */
  @Query("select b.bytes from DocumentBytes b where b.documentId = :documentId")
  byte[] findBytes(long documentId);

  /** Deletes without loading the contents first, as deleting entities one by one would. */
  @Modifying
  @Query("delete from DocumentBytes b where b.documentId in :documentIds")
  int deleteByDocumentIds(List<Long> documentIds);
}
