package vn.thidua.rating;

import java.math.BigDecimal;

import vn.thidua.organization.Nominee;

/** A rating that passed every check, ready to be recorded. */
record RatingContent(int year, Nominee nominee, QualityRating rating, BigDecimal score, String note) {
}
