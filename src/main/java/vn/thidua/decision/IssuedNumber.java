package vn.thidua.decision;
public record IssuedNumber(NumberingBook book, String scopeKey, Integer sequence, String number) {}
