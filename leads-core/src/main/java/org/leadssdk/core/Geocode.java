package org.leadssdk.core;

import org.leadssdk.core.internal.Check;

/**
 * Where an address lies, where that position came from and how precise it is. Immutable.
 *
 * @param point the position
 * @param source where the position came from
 * @param precision how precise it is
 */
public record Geocode(GeoPoint point, GeocodeSource source, GeocodePrecision precision) {
  /** Validates that all parts are given. */
  public Geocode {
    Check.notNull("geocode.point", point);
    Check.notNull("geocode.source", source);
    Check.notNull("geocode.precision", precision);
  }

  /** Masks the position: locations are sensitive. */
  @Override
  public String toString() {
    return "Geocode[point=***, source=" + source.code() + ", precision=" + precision.code() + "]";
  }
}
