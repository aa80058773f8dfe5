package org.leadssdk.policy;

import java.util.List;
import org.leadssdk.core.internal.Check;

/**
 * An access decision: {@link Outcome#PERMIT} or {@link Outcome#DENY} with every reason, not only the
 * first. A denial lists each requirement that failed, each citing its rule, so that a host can show the
 * user everything to fix at once. A permit carries one reason naming the rules that were checked.
 * Immutable.
 *
 * @param outcome permit or deny
 * @param reasons the reasons; never empty
 */
public record Decision(Outcome outcome, List<Reason> reasons) {
  /**
   * Validates the decision.
   *
   * @throws IllegalArgumentException if there is no reason
   */
  public Decision {
    Check.notNull("decision.outcome", outcome);
    reasons = Check.copy("decision.reasons", reasons);
    Check.argument(!reasons.isEmpty(), () -> "decision.reasons must not be empty: every decision says why");
  }

  /** A permit with its reason. */
  public static Decision permit(Reason reason) {
    return new Decision(Outcome.PERMIT, List.of(reason));
  }

  /**
   * A denial with all its reasons.
   *
   * @throws IllegalArgumentException if {@code reasons} is empty
   */
  public static Decision deny(List<Reason> reasons) {
    return new Decision(Outcome.DENY, reasons);
  }

  /** Whether the outcome is {@link Outcome#PERMIT}. */
  public boolean permitted() {
    return outcome == Outcome.PERMIT;
  }

  /** The reason codes in order, e.g. for an audit event. */
  public List<String> reasonCodes() {
    return reasons.stream().map(Reason::code).toList();
  }

  /** Whether a reason with this code is present. */
  public boolean hasReason(String code) {
    for (Reason r : reasons) {
      if (r.code().equals(code)) {
        return true;
      }
    }
    return false;
  }
}
