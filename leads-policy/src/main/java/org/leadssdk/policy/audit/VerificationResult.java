package org.leadssdk.policy.audit;

import java.util.List;
import org.leadssdk.core.internal.Check;

/**
 * The outcome of {@link AuditTrail#verify()}: every alteration found, each located. Immutable.
 *
 * @param recordsRead how many records were read
 * @param lastSequence the highest sequence number read (0 when none)
 * @param problems the alterations found, in stored order; empty when the trail is intact
 */
public record VerificationResult(long recordsRead, long lastSequence, List<AuditProblem> problems) {
  /** Copies the list. */
  public VerificationResult {
    problems = Check.copy("problems", problems);
  }

  /** Whether no alteration was found. */
  public boolean intact() {
    return problems.isEmpty();
  }

  /** Whether a problem of this kind was found. */
  public boolean has(AuditProblem.Kind kind) {
    return problems.stream().anyMatch(p -> p.kind() == kind);
  }
}
