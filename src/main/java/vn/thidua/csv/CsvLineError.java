package vn.thidua.csv;

/**
 * One rejected line of an imported CSV file: its number as a person counts it (the header is line 1)
 * and, when one column is at fault, that column's name.
 */
public record CsvLineError(long line, String field, String message) {
}
