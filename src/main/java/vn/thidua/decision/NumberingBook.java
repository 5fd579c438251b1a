package vn.thidua.decision;
public enum NumberingBook { PARTY, STATE }
