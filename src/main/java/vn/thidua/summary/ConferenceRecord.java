package vn.thidua.summary;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the office records of the review conference in its Tasklist form. */
record ConferenceRecord(
    @NotNull(message = "Chưa nhập ngày tổ chức hội nghị") LocalDate date,
    @NotBlank(message = "Chưa nhập địa điểm tổ chức hội nghị")
    @Size(max = 500, message = "Địa điểm dài quá 500 ký tự") String place,
    @NotBlank(message = "Chưa nhập đồng chí chủ trì hội nghị")
    @Size(max = 300, message = "Tên, chức vụ người chủ trì dài quá 300 ký tự") String chairedBy,
    @NotBlank(message = "Chưa nhập thành phần dự hội nghị")
    @Size(max = 4000, message = "Thành phần dự dài quá 4000 ký tự") String participants,
    @NotNull(message = "Chưa nhập số đại biểu dự hội nghị")
    @Min(value = 1, message = "Số đại biểu dự phải từ 1 trở lên") Integer participantCount,
    @Size(max = 4000, message = "Phần khen thưởng đã trao dài quá 4000 ký tự") String awardsPresented,
    @Size(max = 4000, message = "Ghi chú dài quá 4000 ký tự") String note) {
}
