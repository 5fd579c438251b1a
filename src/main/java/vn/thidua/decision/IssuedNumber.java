package vn.thidua.decision;

/**
 * A decision number taken from a book: the scope it belongs to ({@code TERM-2025-10-01}, {@code YEAR-2026}),
 * its place in the sequence (null for a number the office entered from its own register) and the number
 * as written on the decision ({@code 15-QĐ/HU}).
 */
public record IssuedNumber(NumberingBook book, String scopeKey, Integer sequence, String number) {
}
