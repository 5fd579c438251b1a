package vn.thidua.posting;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;

@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
interface PostingMapper {

  PostingEntry toStored(PostedEntry entry);

  PostedEntry toPosted(PostingEntry entry);

  PostingView.Entry toView(PostingEntry entry, int number);

  @Mapping(target = "outcomeLabel", source = "objection.outcome", qualifiedByName = "outcomeLabel")
  ObjectionView toView(Objection objection, String about);

  @Named("outcomeLabel")
  default String outcomeLabel(ObjectionOutcome outcome) {
    return outcome == null ? ObjectionOutcome.PENDING_LABEL : outcome.label();
  }
}
