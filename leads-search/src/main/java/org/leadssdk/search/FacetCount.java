package org.leadssdk.search;

import org.leadssdk.core.internal.Check;

/**
 * One value of a facet and how many visible matches have it. Immutable.
 *
 * @param value the code, e.g. {@code ACTIVE} or {@code PRCS-SAC}
 * @param count how many visible matches have it
 */
public record FacetCount(String value, long count) {
  /**
   * Validates the count.
   *
   * @throws IllegalArgumentException if the count is negative
   */
  public FacetCount {
    Check.notNull("value", value);
    Check.inRange("count", count, 0, Long.MAX_VALUE);
  }
}
