package vn.thidua.posting;

import java.util.ArrayList;
import java.util.List;

import vn.thidua.web.ApiException;
import vn.thidua.web.ApiException.FieldError;

/** An objection request checked field by field: every problem at once, in Vietnamese. */
record ObjectionInput(Long proposalId, String content, String name, String contact) {

  static ObjectionInput check(ObjectionRequest request) {
    String content = PostingTexts.clean(request.content());
    String name = PostingTexts.clean(request.name());
    String contact = PostingTexts.clean(request.contact());
    List<FieldError> errors = new ArrayList<>();
    if (content == null) {
      errors.add(new FieldError("content", "Nhập nội dung phản ánh"));
    } else {
      tooLong("content", "Nội dung phản ánh", content, PostingTexts.CONTENT_MAX, errors);
    }
    tooLong("name", "Họ và tên", name, PostingTexts.NAME_MAX, errors);
    tooLong("contact", "Thông tin liên hệ", contact, PostingTexts.CONTACT_MAX, errors);
    if (!errors.isEmpty()) {
      throw ApiException.badRequest("Phản ánh chưa gửi được: dữ liệu không hợp lệ", errors);
    }
    return new ObjectionInput(request.proposalId(), content, name, contact);
  }

  boolean aboutEntry() {
    return proposalId != null;
  }

  private static void tooLong(String field, String what, String text, int max, List<FieldError> errors) {
    int length = PostingTexts.length(text);
    if (length > max) {
      errors.add(new FieldError(field, what + " tối đa " + PostingTexts.number(max) + " ký tự (đang có "
          + PostingTexts.number(length) + " ký tự)"));
    }
  }
}
