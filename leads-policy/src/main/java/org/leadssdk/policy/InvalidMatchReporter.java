package org.leadssdk.policy;

import java.time.Clock;
import java.util.List;
import org.leadssdk.core.internal.Check;
import org.leadssdk.policy.audit.AuditEvent;
import org.leadssdk.policy.audit.AuditRecord;
import org.leadssdk.policy.audit.AuditTrail;

/**
 * Routes invalid ALPR match reports to the Division Administrator and audits them (DOM 53060.7). The
 * report is recorded in the audit trail first (fail closed), then delivered. Thread-safe.
 *
 * <pre>{@code
 * InvalidMatchReporter reporter = InvalidMatchReporter.create(notifier, trail, clock);
 * reporter.report(user, new InvalidMatchReport(plate, readAt, Disposition.MISREAD, null));
 * }</pre>
 */
public final class InvalidMatchReporter {
  private final DivisionAdministratorNotifier notifier;
  private final AuditTrail trail;
  private final Clock clock;

  private InvalidMatchReporter(DivisionAdministratorNotifier notifier, AuditTrail trail, Clock clock) {
    this.notifier = Check.notNull("notifier", notifier);
    this.trail = Check.notNull("trail", trail);
    this.clock = Check.notNull("clock", clock);
  }

  /** A reporter delivering through {@code notifier} and auditing to {@code trail}. */
  public static InvalidMatchReporter create(DivisionAdministratorNotifier notifier, AuditTrail trail, Clock clock) {
    return new InvalidMatchReporter(notifier, trail, clock);
  }

  /**
   * Audits the report, then delivers it to the administrator of the user's division.
   *
   * @return the audit record of the report
   * @throws IllegalArgumentException if the user has no ALPR profile (no division to route to)
   * @throws org.leadssdk.policy.audit.AuditFailedException if the report cannot be audited (it is then not
   *     delivered)
   */
  public AuditRecord report(User user, InvalidMatchReport report) {
    Check.notNull("user", user);
    Check.notNull("report", report);
    AlprProfile alpr = user.alpr();
    if (alpr == null) {
      throw new IllegalArgumentException("user " + user.id() + " has no ALPR profile, so no division to report to");
    }
    String note = report.note();
    AuditEvent event = AuditEvent.builder(clock.instant(), user.id(), user.agencyOri(),
            Action.ALPR_INVALID_MATCH_REPORT, Outcome.PERMIT)
        .reasonCodes(List.of("INVALID_MATCH_" + report.disposition().name()))
        .plate(report.plate().number(), report.plate().state().code())
        .detail("disposition=" + report.disposition().name() + "; observedAt=" + report.observedAt()
            + "; routedTo=" + alpr.division().name() + " Division Administrator"
            + (note == null ? "" : "; note=" + Redactor.maskSsnShapes(note)))
        .build();
    AuditRecord record = trail.append(event);
    notifier.notify(alpr.division(), user, report);
    return record;
  }
}
