package vn.thidua.summary;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * How the summary's report steps retry ({@code thidua.summary.retry-cycle}), read by {@code phase-summary} as
 * {@code ${phaseSummaryJobs.retryCycle}}: after the last try the failure becomes an incident in Cockpit.
 */
@Component("phaseSummaryJobs")
@ConfigurationProperties("thidua.summary")
public class PhaseSummaryJobs {

  /** ISO 8601 repetitions and wait between tries, e.g. R3/PT10M: three tries, ten minutes apart. */
  private String retryCycle = "R3/PT10M";

  public String getRetryCycle() {
    return retryCycle;
  }

  public void setRetryCycle(String retryCycle) {
    this.retryCycle = retryCycle;
  }
}
