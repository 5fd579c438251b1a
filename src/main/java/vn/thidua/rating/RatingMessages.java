package vn.thidua.rating;

/** Messages said the same way by the API and the import. */
final class RatingMessages {

  private RatingMessages() {
  }

  static String alreadyRated(String nomineeName, RatingRecord existing) {
    return nomineeName + " đã có xếp loại năm " + existing.getRatingYear() + " (" + existing.getRating().label()
        + "); hãy sửa xếp loại đã có thay vì nhập mới";
  }
}
