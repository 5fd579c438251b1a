package vn.thidua.rating;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import vn.thidua.catalogue.NomineeKind;

interface RatingRecordRepository extends JpaRepository<RatingRecord, Long>, JpaSpecificationExecutor<RatingRecord> {

  Optional<RatingRecord> findByNomineeKindAndNomineeIdAndRatingYear(NomineeKind kind, long nomineeId, int year);

  /** The nominee's ratings up to a year, newest first: what a run of consecutive years is counted on. */
  List<RatingRecord> findByNomineeKindAndNomineeIdAndRatingYearLessThanEqualOrderByRatingYearDesc(NomineeKind kind,
      long nomineeId, int year);

  List<RatingRecord> findByNomineeKindAndNomineeIdOrderByRatingYearDesc(NomineeKind kind, long nomineeId);
}
