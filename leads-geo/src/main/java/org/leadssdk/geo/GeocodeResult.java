package org.leadssdk.geo;

import org.leadssdk.core.County;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.Geocode;
import org.leadssdk.core.GeocodePrecision;
import org.leadssdk.core.GeocodeSource;
import org.leadssdk.core.internal.Check;

/**
 * A point found for a query, with its county, how precise it is and how the name matched. Immutable.
 *
 * @param point the position
 * @param county the county of the position
 * @param precision how precise the position is ({@code ZIP} or {@code CITY} for the offline geocoder)
 * @param source where the position came from
 * @param matchedName the name of the entry found, e.g. {@code "95814 Sacramento"} or {@code "Mountain View"}
 * @param match how the query's name matched the entry's
 */
public record GeocodeResult(
    GeoPoint point,
    County county,
    GeocodePrecision precision,
    GeocodeSource source,
    String matchedName,
    Match match) {
  /** How a query's name matched. */
  public enum Match {
    /** The same text, case and outer spaces ignored (a ZIP code always matches exactly). */
    EXACT,
    /**
     * The same after normalization: accents, punctuation and spaces ignored, SAINT/ST, FORT/FT and
     * MOUNT/MT taken as equal ({@code "St. Helena"} = {@code "Saint Helena"}).
     */
    NORMALIZED,
    /** Close but not equal after normalization (one or two letters differ): check before relying on it. */
    FUZZY
  }

  /** Validates that all parts are given. */
  public GeocodeResult {
    Check.notNull("result.point", point);
    Check.notNull("result.county", county);
    Check.notNull("result.precision", precision);
    Check.notNull("result.source", source);
    Check.notNull("result.matchedName", matchedName);
    Check.notNull("result.match", match);
  }

  /** The result as a core {@link Geocode}, to store on an address. */
  public Geocode toGeocode() {
    return new Geocode(point, source, precision);
  }

  /** Masks the position: locations are sensitive. */
  @Override
  public String toString() {
    return "GeocodeResult[point=***, county=" + county.code() + ", precision=" + precision.code() + ", match="
        + match + "]";
  }
}
