package org.leadssdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.leadssdk.core.internal.Codes;

/**
 * Vehicle style, NCIC VST codes (a common subset). The wire code is {@link #code()}; an unknown code fails naming it and the known codes.
 */
public enum VehicleStyle implements Coded {
  /** Two-door sedan. */
  TWO_DOOR("2D", "Two-door sedan"),
  /** Four-door sedan. */
  FOUR_DOOR("4D", "Four-door sedan"),
  /** Convertible. */
  CONVERTIBLE("CV", "Convertible"),
  /** Hatchback. */
  HATCHBACK("HB", "Hatchback"),
  /** Pickup. */
  PICKUP("PK", "Pickup"),
  /** Van. */
  VAN("VN", "Van"),
  /** Station wagon. */
  STATION_WAGON("SW", "Station wagon"),
  /** Sport utility. */
  SPORT_UTILITY("UT", "Sport utility"),
  /** Motorcycle. */
  MOTORCYCLE("MC", "Motorcycle"),
  /** Truck. */
  TRUCK("TK", "Truck"),
  /** Other. */
  OTHER("OT", "Other");

  private static final Codes<VehicleStyle> CODES = Codes.of("style", VehicleStyle.class);

  private final String code;
  private final String displayName;

  VehicleStyle(String code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  /**
   * Returns the constant with this wire code (case and outer spaces ignored).
   *
   * @throws IllegalArgumentException if the code is unknown; the message lists the known codes
   */
  @JsonCreator
  public static VehicleStyle fromCode(String code) {
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
