package vn.thidua.summary;

import java.util.Map;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

import jakarta.validation.constraints.Size;

import vn.thidua.form.FormValues;

/** Maps what the summary's Tasklist forms submit to the records the service checks and keeps. */
@Mapper(uses = FormValues.class, unmappedTargetPolicy = ReportingPolicy.IGNORE)
interface SummaryForms {

  @Mapping(target = "date", source = "conferenceDate")
  @Mapping(target = "place", source = "conferencePlace")
  @Mapping(target = "chairedBy", source = "conferenceChair")
  @Mapping(target = "participants", source = "conferenceParticipants")
  @Mapping(target = "participantCount", source = "participantCount")
  @Mapping(target = "awardsPresented", source = "awardsPresented")
  @Mapping(target = "note", source = "conferenceNote")
  ConferenceRecord conference(Map<String, Object> variables);

  @Mapping(target = "assessment", source = "summaryAssessment")
  @Mapping(target = "lessonsLearned", source = "lessonsLearned")
  Assessment assessment(Map<String, Object> variables);

  /** The office's general assessment (đánh giá chung) and lessons learned (bài học kinh nghiệm). */
  record Assessment(
      @Size(max = 20000, message = "Phần đánh giá chung dài quá 20000 ký tự") String assessment,
      @Size(max = 20000, message = "Phần bài học kinh nghiệm dài quá 20000 ký tự") String lessonsLearned) {
  }
}
