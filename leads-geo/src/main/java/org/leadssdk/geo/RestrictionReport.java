package org.leadssdk.geo;

import java.util.List;
import org.leadssdk.core.internal.Check;

/**
 * The result of {@link ResidenceRestrictions#check}: every violation, nearest first, and for every rule
 * whether it applied and why. Immutable.
 *
 * @param violations the violations of all rules, nearest first
 * @param outcomes one per {@link ResidenceRule}, in its order
 */
public record RestrictionReport(List<RestrictionViolation> violations, List<RuleOutcome> outcomes) {
  /** Copies the lists. */
  public RestrictionReport {
    violations = Check.copy("report.violations", violations);
    outcomes = Check.copy("report.outcomes", outcomes);
  }

  /** Whether no rule is violated. */
  public boolean isCompliant() {
    return violations.isEmpty();
  }

  /** The outcome of a rule. */
  public RuleOutcome outcome(ResidenceRule rule) {
    Check.notNull("rule", rule);
    return outcomes.stream().filter(o -> o.rule() == rule).findFirst()
        .orElseThrow(() -> new IllegalStateException("report has no outcome for " + rule));
  }
}
