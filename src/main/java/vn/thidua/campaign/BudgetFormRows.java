package vn.thidua.campaign;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;

import vn.thidua.form.FormValues;

/**
 * The budget forms have fixed numbered rows (budgetItem1Description, budgetItem1Amount, ...): Tasklist's
 * dynamic list cannot be completed after editing without a hidden trick, fixed rows always can.
 */
final class BudgetFormRows {

  static final int ROWS = 8;

  private BudgetFormRows() {
  }

  /** The filled rows in order; a row with only one of its two fields filled is kept so it is refused. */
  static LaunchForms.BudgetEstimate estimate(DelegateTask task) {
    List<LaunchForms.BudgetLine> lines = new ArrayList<>();
    for (int row = 1; row <= ROWS; row++) {
      String description = FormValues.text(task.getVariable("budgetItem" + row + "Description"));
      BigDecimal amount = FormValues.amount(task.getVariable("budgetItem" + row + "Amount"));
      if (description != null || amount != null) {
        lines.add(new LaunchForms.BudgetLine(description, amount));
      }
    }
    return new LaunchForms.BudgetEstimate(lines, FormValues.text(task.getVariable("budgetNote")));
  }

  /** Rewrites the rows without gaps, so the settlement form shows each estimated line at its position. */
  static void compact(DelegateTask task, List<LaunchForms.BudgetLine> lines) {
    for (int row = 1; row <= ROWS; row++) {
      LaunchForms.BudgetLine line = row <= lines.size() ? lines.get(row - 1) : null;
      task.setVariable("budgetItem" + row + "Description", line == null ? null : line.description());
      task.setVariable("budgetItem" + row + "Amount", line == null ? null : line.amount().longValue());
    }
  }

  /** The actual amounts of the first {@code lines} rows, which the estimate filled in order. */
  static LaunchForms.Settlement settlement(DelegateTask task, int lines) {
    List<BigDecimal> actuals = new ArrayList<>();
    for (int row = 1; row <= lines; row++) {
      actuals.add(FormValues.amount(task.getVariable("budgetItem" + row + "ActualAmount")));
    }
    return new LaunchForms.Settlement(actuals, FormValues.text(task.getVariable("settlementNote")));
  }
}
