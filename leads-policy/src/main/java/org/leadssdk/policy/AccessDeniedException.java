package org.leadssdk.policy;

import org.leadssdk.core.LeadsException;
import org.leadssdk.core.internal.Check;

/**
 * Thrown when a request is denied by policy; carries the {@link Decision} with all its reasons.
 */
public final class AccessDeniedException extends LeadsException {
  private static final long serialVersionUID = 1L;

  private final transient Decision decision;

  /**
   * Creates the exception for a denial.
   *
   * @throws IllegalArgumentException if the decision is a permit
   */
  public AccessDeniedException(Decision decision) {
    super(message(decision));
    this.decision = decision;
  }

  private static String message(Decision decision) {
    Check.notNull("decision", decision);
    Check.argument(!decision.permitted(), () -> "an AccessDeniedException needs a DENY decision");
    StringBuilder b = new StringBuilder("access denied (").append(decision.reasons().size()).append(" reasons):");
    for (Reason r : decision.reasons()) {
      b.append("\n - ").append(r);
    }
    return b.toString();
  }

  /** The denial, with every reason. */
  public Decision decision() {
    return decision;
  }
}
