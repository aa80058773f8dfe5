package org.leadssdk.geo;

import org.leadssdk.core.County;
import org.leadssdk.core.internal.Check;

/**
 * The county of a point, and whether the point lies inside the county's bundled polygon or only near it.
 * Immutable.
 *
 * @param county the county
 * @param kind {@link Kind#EXACT} when a polygon holds the point, {@link Kind#NEAREST} when the point lies
 *     outside every polygon and this is the closest one within the tolerance
 * @param distance zero for {@code EXACT}; for {@code NEAREST} the distance to the county's boundary
 */
public record CountyMatch(County county, Kind kind, Distance distance) {
  /** How the county was found. */
  public enum Kind {
    /** The county's polygon holds the point (boundary included). */
    EXACT,
    /** No polygon holds the point; this county's boundary is the closest, within the tolerance. */
    NEAREST
  }

  /**
   * Validates the match.
   *
   * @throws IllegalArgumentException if an exact match has a distance above zero
   */
  public CountyMatch {
    Check.notNull("countyMatch.county", county);
    Check.notNull("countyMatch.kind", kind);
    Check.notNull("countyMatch.distance", distance);
    if (kind == Kind.EXACT && distance.meters() != 0.0) {
      throw new IllegalArgumentException("countyMatch.distance must be 0 for an EXACT match, got " + distance);
    }
  }

  /** Whether the point lies inside the county's polygon. */
  public boolean isExact() {
    return kind == Kind.EXACT;
  }
}
