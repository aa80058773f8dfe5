package org.leadssdk.search.saved;

import java.time.Instant;
import java.util.List;
import org.leadssdk.core.internal.Check;

/**
 * What applying one delta did and which alerts went out. Immutable. The counts reconcile:
 * {@code entries = applied + stale}.
 *
 * @param at the alert instant
 * @param entries feed entries given
 * @param applied entries applied (newer than what the index held)
 * @param stale entries ignored as not newer
 * @param savedSearches saved searches evaluated
 * @param delivered alerts audited and handed to the listener
 * @param withheld alerts not given because policy refuses their owner now (each refusal audited)
 * @param undelivered ids of saved searches whose alert did not reach the listener: its audit event could
 *     not be written (fail closed), or the listener threw, or the saved criteria are refused now (saved
 *     under older rules; a warning names the reason); the host may re-run or correct those saved searches
 */
public record DeltaAlertReport(
    Instant at, int entries, int applied, int stale, int savedSearches, int delivered, int withheld,
    List<String> undelivered) {
  /**
   * Validates the report.
   *
   * @throws IllegalArgumentException if a count is negative or entries do not reconcile
   */
  public DeltaAlertReport {
    Check.notNull("report.at", at);
    Check.argument(applied >= 0 && stale >= 0 && entries == applied + stale,
        () -> "report: entries " + entries + " must equal applied " + applied + " + stale " + stale);
    Check.argument(savedSearches >= 0 && delivered >= 0 && withheld >= 0, () -> "report: counts must be >= 0");
    undelivered = Check.copy("report.undelivered", undelivered);
  }
}
