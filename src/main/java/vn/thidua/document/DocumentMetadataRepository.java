package vn.thidua.document;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DocumentMetadataRepository extends JpaRepository<DocumentMetadata, Long> {

  List<DocumentMetadata> findByOwnerTypeAndOwnerIdOrderByUploadedAtAscIdAsc(String ownerType, String ownerId);

  @Query("select d.id from DocumentMetadata d where d.ownerType = :ownerType and d.ownerId = :ownerId")
  List<Long> findIdsByOwner(String ownerType, String ownerId);

  @Modifying
  @Query("delete from DocumentMetadata d where d.id in :ids")
  int deleteByIds(List<Long> ids);
}
