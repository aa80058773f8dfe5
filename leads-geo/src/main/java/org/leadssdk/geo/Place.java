package org.leadssdk.geo;

import org.leadssdk.core.County;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.internal.Check;

/**
 * A populated place of the bundled gazetteer (GeoNames cities of about 1,000 people or more). Immutable.
 *
 * @param name the place name, e.g. {@code Fresno}; names repeat across counties
 * @param point the GeoNames coordinate
 * @param county the county containing the point
 * @param population the GeoNames population
 */
public record Place(String name, GeoPoint point, County county, int population) {
  /** Validates that all parts are given and the population is not negative. */
  public Place {
    Check.notNull("name", name);
    Check.notNull("point", point);
    Check.notNull("county", county);
    Check.inRange("population", population, 0, Integer.MAX_VALUE);
  }
}
