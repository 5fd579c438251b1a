package vn.thidua.decision;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
@Service public class DecisionNumbers {
  private int n;
  public synchronized IssuedNumber next(NumberingBook book, LocalDate issueDate) { n++; return new IssuedNumber(book, "x", n, n + (book == NumberingBook.PARTY ? "-QĐ/HU" : "/QĐ-UBND")); }
  public IssuedNumber manual(NumberingBook book, LocalDate issueDate, String number) { return new IssuedNumber(book, "x", null, number); }
  public String preview(NumberingBook book, LocalDate issueDate) { return (n + 1) + (book == NumberingBook.PARTY ? "-QĐ/HU" : "/QĐ-UBND"); }
}
