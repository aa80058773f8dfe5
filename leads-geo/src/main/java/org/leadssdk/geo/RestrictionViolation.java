package org.leadssdk.geo;

import org.leadssdk.core.internal.Check;

/**
 * A protected place closer to the residence than a rule allows. Immutable.
 *
 * @param rule the rule broken
 * @param place the protected place
 * @param distance the great-circle distance from the residence to the place
 */
public record RestrictionViolation(ResidenceRule rule, ProtectedPlace place, Distance distance) {
  /** Validates that all parts are given. */
  public RestrictionViolation {
    Check.notNull("violation.rule", rule);
    Check.notNull("violation.place", place);
    Check.notNull("violation.distance", distance);
  }
}
