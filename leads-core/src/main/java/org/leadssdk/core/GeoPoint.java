package org.leadssdk.core;

import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;

/**
 * A WGS 84 position in decimal degrees. Immutable.
 *
 * @param latitude degrees north, {@code -90..90}
 * @param longitude degrees east, {@code -180..180}
 */
public record GeoPoint(double latitude, double longitude) {
  /**
   * Validates the position.
   *
   * @throws IllegalArgumentException if a coordinate is out of range or NaN
   */
  public GeoPoint {
    Check.inRange("latitude", latitude, -90.0, 90.0);
    Check.inRange("longitude", longitude, -180.0, 180.0);
    // -0.0 and 0.0 are the same position; keep equals consistent with that.
    latitude = latitude == 0.0 ? 0.0 : latitude;
    longitude = longitude == 0.0 ? 0.0 : longitude;
  }

  /** Same as the constructor; reads as a value factory. */
  public static GeoPoint of(double latitude, double longitude) {
    return new GeoPoint(latitude, longitude);
  }

  /**
   * Parses {@code "LAT,LON"} in decimal degrees, e.g. {@code "38.5767,-121.4934"}.
   *
   * @throws IllegalArgumentException if the text is not two comma-separated numbers in range
   */
  public static GeoPoint parse(String text) {
    Check.notNull("point", text);
    String[] parts = text.split(",", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("point must be \"LAT,LON\" in decimal degrees, got " + Mask.partial(text));
    }
    try {
      return new GeoPoint(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "point must be \"LAT,LON\" in decimal degrees, got " + Mask.partial(text), e);
    }
  }
}
