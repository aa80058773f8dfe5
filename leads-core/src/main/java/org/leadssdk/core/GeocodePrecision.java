package org.leadssdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.leadssdk.core.internal.Codes;

/**
 * How precise a geocode is. The wire code is {@link #code()}; an unknown code fails naming it and the known codes.
 */
public enum GeocodePrecision implements Coded {
  /** Rooftop. */
  ROOFTOP("ROOFTOP", "Rooftop"),
  /** Street segment. */
  STREET("STREET", "Street segment"),
  /** ZIP code. */
  ZIP("ZIP", "ZIP code"),
  /** City. */
  CITY("CITY", "City"),
  /** County. */
  COUNTY("COUNTY", "County");

  private static final Codes<GeocodePrecision> CODES = Codes.of("geocodePrecision", GeocodePrecision.class);

  private final String code;
  private final String displayName;

  GeocodePrecision(String code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  /**
   * Returns the constant with this wire code (case and outer spaces ignored).
   *
   * @throws IllegalArgumentException if the code is unknown; the message lists the known codes
   */
  @JsonCreator
  public static GeocodePrecision fromCode(String code) {
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
