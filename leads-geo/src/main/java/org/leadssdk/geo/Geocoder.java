package org.leadssdk.geo;

import java.util.List;
import java.util.Optional;
import org.leadssdk.core.County;
import org.leadssdk.core.ZipCode;
import org.leadssdk.core.internal.Check;

/**
 * Turns a ZIP code, a city or an address into points. The SDK's own is {@link OfflineGeocoder} (the
 * bundled gazetteer); a host plugs in its own, e.g. one backed by a USPS-validated address service, by
 * implementing {@link #geocode(AddressQuery)}. Implementations are thread-safe.
 *
 * <pre>{@code
 * Geocoder geocoder = OfflineGeocoder.create();
 * Optional<GeocodeResult> zip = geocoder.geocode(ZipCode.parse("95814"));
 * List<GeocodeResult> both = geocoder.geocodeCity("Mountain View");   // Santa Clara and Contra Costa
 * }</pre>
 */
public interface Geocoder {
  /**
   * The candidates for a query, best first; empty when nothing is found. More than one candidate means
   * the query is ambiguous (e.g. a city name found in two counties): the caller chooses, or asks again
   * with a county.
   */
  List<GeocodeResult> geocode(AddressQuery query);

  /** The point of a ZIP code (the +4 part is ignored by the offline geocoder). */
  default Optional<GeocodeResult> geocode(ZipCode zip) {
    Check.notNull("zip", zip);
    return geocode(AddressQuery.ofZip(zip)).stream().findFirst();
  }

  /** Every place of that name in California, best first; several when the name is ambiguous. */
  default List<GeocodeResult> geocodeCity(String city) {
    Check.notNull("city", city);
    return geocode(AddressQuery.ofCity(city));
  }

  /** The place of that name in the county, if any. */
  default Optional<GeocodeResult> geocodeCity(String city, County county) {
    Check.notNull("city", city);
    Check.notNull("county", county);
    return geocode(AddressQuery.ofCity(city, county)).stream().findFirst();
  }
}
