package org.leadssdk.policy;

import java.time.Clock;
import java.time.Instant;
import org.leadssdk.core.internal.Check;
import org.leadssdk.policy.audit.AuditEvent;
import org.leadssdk.policy.audit.AuditTrail;

/**
 * Decides and audits in one step: every decision, permit or denial, becomes an audit event before the
 * caller goes on; a denial then throws {@link AccessDeniedException}; a failed audit write throws
 * {@link org.leadssdk.policy.audit.AuditFailedException} (fail closed). Thread-safe.
 *
 * <pre>{@code
 * PolicyGate gate = PolicyGate.create(leadsPolicy, alprPolicy, trail, clock);
 * gate.authorize(AccessContext.of(user, agency, Action.EXPORT));   // throws unless permitted and audited
 * }</pre>
 */
public final class PolicyGate {
  private final LeadsAccessPolicy leads;
  private final AlprPolicy alpr;
  private final AuditTrail trail;
  private final Clock clock;

  private PolicyGate(LeadsAccessPolicy leads, AlprPolicy alpr, AuditTrail trail, Clock clock) {
    this.leads = Check.notNull("leads", leads);
    this.alpr = Check.notNull("alpr", alpr);
    this.trail = Check.notNull("trail", trail);
    this.clock = Check.notNull("clock", clock);
  }

  /** A gate over the two policies, auditing to {@code trail}, reading time from {@code clock}. */
  public static PolicyGate create(LeadsAccessPolicy leads, AlprPolicy alpr, AuditTrail trail, Clock clock) {
    return new PolicyGate(leads, alpr, trail, clock);
  }

  /**
   * Decides a LEADS action and records the decision.
   *
   * @return the permit
   * @throws AccessDeniedException if denied (after the denial is recorded)
   * @throws org.leadssdk.policy.audit.AuditFailedException if the decision cannot be recorded
   */
  public Decision authorize(AccessContext context) {
    Instant now = clock.instant();
    Decision d = leads.decide(context, now);
    trail.append(AuditEvent.of(context, d, now).build());
    if (!d.permitted()) {
      throw new AccessDeniedException(d);
    }
    return d;
  }

  /**
   * Decides an ALPR query and records it with the SB 34 contents.
   *
   * @return the permit
   * @throws AccessDeniedException if denied (after the denial is recorded)
   * @throws org.leadssdk.policy.audit.AuditFailedException if the decision cannot be recorded
   */
  public Decision authorizeAlpr(AlprRequest request) {
    Instant now = clock.instant();
    Decision d = alpr.decide(request, now);
    trail.append(AuditEvent.ofAlpr(request, d, now).build());
    if (!d.permitted()) {
      throw new AccessDeniedException(d);
    }
    return d;
  }
}
