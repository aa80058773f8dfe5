package org.leadssdk.geo;

import org.leadssdk.core.internal.Check;

/**
 * Whether a rule applied to the subject, and why. Immutable.
 *
 * @param rule the rule
 * @param applies whether it applies to the subject
 * @param reason why it applies or not, citing the rule, e.g. {@code "DOM 81010.2(e)(1)(C): commitment
 *     offense PC 261(a)(2) (rape)"}
 * @param violations how many protected places it found too close (0 when it does not apply)
 */
public record RuleOutcome(ResidenceRule rule, boolean applies, String reason, int violations) {
  /** Validates the outcome. */
  public RuleOutcome {
    Check.notNull("outcome.rule", rule);
    Check.notNull("outcome.reason", reason);
    Check.inRange("outcome.violations", violations, 0, Integer.MAX_VALUE);
    Check.argument(applies || violations == 0, () -> "outcome.violations must be 0 when the rule does not apply");
  }
}
