package org.leadssdk.policy;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.internal.Check;

/**
 * Whether a record may be shown at an instant, over which window, and why. Immutable.
 *
 * @param visible whether the record may be shown at the instant asked about
 * @param visibleFrom the first instant of the window (inclusive); {@code null} when the window has no
 *     time-based start (visible while the status holds)
 * @param visibleUntil the end of the window (exclusive); {@code null} when it has no time-based end
 * @param firstDay the first calendar day of the window; {@code null} when unbounded
 * @param lastDay the last calendar day of the window (inclusive); {@code null} when unbounded
 * @param reason why, for the user
 * @param rule the rule applied
 */
public record Visibility(
    boolean visible,
    @Nullable Instant visibleFrom,
    @Nullable Instant visibleUntil,
    @Nullable LocalDate firstDay,
    @Nullable LocalDate lastDay,
    String reason,
    Rule rule) {
  /**
   * Validates the verdict.
   *
   * @throws IllegalArgumentException if the window ends before it starts or the reason is blank
   */
  public Visibility {
    reason = Check.text("visibility.reason", reason, 300);
    Check.notNull("visibility.rule", rule);
    if (visibleFrom != null && visibleUntil != null) {
      Instant from = visibleFrom;
      Instant until = visibleUntil;
      Check.argument(!until.isBefore(from), () -> "visibleUntil " + until + " is before visibleFrom " + from);
    }
  }

  /** Whether {@code instant} lies inside the time window (ignoring the status). */
  public boolean windowContains(Instant instant) {
    return (visibleFrom == null || !instant.isBefore(visibleFrom))
        && (visibleUntil == null || instant.isBefore(visibleUntil));
  }
}
