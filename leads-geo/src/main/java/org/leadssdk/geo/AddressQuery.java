package org.leadssdk.geo;

import org.jspecify.annotations.Nullable;
import org.leadssdk.core.County;
import org.leadssdk.core.ZipCode;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;

/**
 * What to geocode: a street line, a city, a ZIP code and a county, any of them optional but at least a
 * city or a ZIP code. Immutable.
 *
 * <p>A geocoder uses what it can: the bundled {@link OfflineGeocoder} ignores the street (it knows no
 * streets) and uses the ZIP code, else the city (narrowed by the county when given); a host's own geocoder
 * (e.g. a USPS-validated service) can use the street too.
 *
 * @param street the street line, e.g. {@code 1200 K ST}; {@code null} when not known
 * @param city the city name; {@code null} when not known
 * @param zip the ZIP code; {@code null} when not known
 * @param county the county, to choose between places of the same name; {@code null} when not known
 */
public record AddressQuery(
    @Nullable String street, @Nullable String city, @Nullable ZipCode zip, @Nullable County county) {
  /**
   * Validates the query.
   *
   * @throws IllegalArgumentException if neither a city nor a ZIP code is given, or a text is blank, too
   *     long or holds control characters
   */
  public AddressQuery {
    street = Check.optionalText("query.street", street, 100);
    city = Check.optionalText("query.city", city, 60);
    if (city == null && zip == null) {
      throw new IllegalArgumentException("query: give a city or a ZIP code (street alone: "
          + Mask.partial(street) + ")");
    }
  }

  /** A query for a ZIP code. */
  public static AddressQuery ofZip(ZipCode zip) {
    Check.notNull("zip", zip);
    return new AddressQuery(null, null, zip, null);
  }

  /** A query for a city anywhere in California. */
  public static AddressQuery ofCity(String city) {
    Check.notNull("city", city);
    return new AddressQuery(null, city, null, null);
  }

  /** A query for a city in a county. */
  public static AddressQuery ofCity(String city, County county) {
    Check.notNull("city", city);
    Check.notNull("county", county);
    return new AddressQuery(null, city, null, county);
  }

  /** Masked: addresses are sensitive. */
  @Override
  public String toString() {
    return "AddressQuery[street=" + Mask.partial(street) + ", city=" + Mask.partial(city) + ", zip="
        + Mask.partial(zip) + ", county=" + (county == null ? "null" : county.code()) + "]";
  }
}
