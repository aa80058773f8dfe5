package org.leadssdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.leadssdk.core.internal.Codes;

/**
 * Where a geocode came from. The wire code is {@link #code()}; an unknown code fails naming it and the known codes.
 */
public enum GeocodeSource implements Coded {
  /** USPS-validated address. */
  USPS_VALIDATED("USPS", "USPS-validated address"),
  /** Address point. */
  ADDRESS_POINT("ADDRESS-POINT", "Address point"),
  /** ZIP code centroid. */
  ZIP_CENTROID("ZIP", "ZIP code centroid"),
  /** City centroid. */
  CITY_CENTROID("CITY", "City centroid"),
  /** Entered by hand. */
  MANUAL("MANUAL", "Entered by hand");

  private static final Codes<GeocodeSource> CODES = Codes.of("geocodeSource", GeocodeSource.class);

  private final String code;
  private final String displayName;

  GeocodeSource(String code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  /**
   * Returns the constant with this wire code (case and outer spaces ignored).
   *
   * @throws IllegalArgumentException if the code is unknown; the message lists the known codes
   */
  @JsonCreator
  public static GeocodeSource fromCode(String code) {
    return CODES.parse(code);
  }

  @JsonValue
  @Override
  public String code() {
    return code;
  }

  @Override
  public String displayName() {
    return displayName;
  }
}
