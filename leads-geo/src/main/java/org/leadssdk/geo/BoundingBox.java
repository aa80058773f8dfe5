package org.leadssdk.geo;

import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.internal.Check;

/**
 * A latitude/longitude rectangle, edges included. Immutable.
 *
 * <p><b>Note:</b> a box does not cross the antimeridian ({@code west <= east}); use two boxes or an
 * {@link Area} for a region that does.
 *
 * @param south southern edge, degrees, {@code -90..90}
 * @param west western edge, degrees, {@code -180..180}
 * @param north northern edge, degrees, {@code south..90}
 * @param east eastern edge, degrees, {@code west..180}
 */
public record BoundingBox(double south, double west, double north, double east) implements Shape {
  /**
   * Validates the edges.
   *
   * @throws IllegalArgumentException if an edge is out of range or NaN, {@code south > north} or
   *     {@code west > east}
   */
  public BoundingBox {
    Check.inRange("boundingBox.south", south, -90.0, 90.0);
    Check.inRange("boundingBox.north", north, -90.0, 90.0);
    Check.inRange("boundingBox.west", west, -180.0, 180.0);
    Check.inRange("boundingBox.east", east, -180.0, 180.0);
    if (south > north) {
      throw new IllegalArgumentException(
          "boundingBox.south (" + south + ") must not be north of boundingBox.north (" + north + ")");
    }
    if (west > east) {
      throw new IllegalArgumentException("boundingBox.west (" + west + ") must not be east of boundingBox.east ("
          + east + "); a box that crosses the antimeridian is not supported, use two boxes");
    }
  }

  /** The box spanned by two opposite corners, in any order. */
  public static BoundingBox of(GeoPoint corner, GeoPoint opposite) {
    Check.notNull("corner", corner);
    Check.notNull("opposite", opposite);
    return new BoundingBox(
        Math.min(corner.latitude(), opposite.latitude()),
        Math.min(corner.longitude(), opposite.longitude()),
        Math.max(corner.latitude(), opposite.latitude()),
        Math.max(corner.longitude(), opposite.longitude()));
  }

  @Override
  public boolean contains(GeoPoint point) {
    Check.notNull("point", point);
    return contains(point.latitude(), point.longitude());
  }

  /** Whether the position in degrees lies in the box, edges included. */
  public boolean contains(double latitude, double longitude) {
    return latitude >= south && latitude <= north && longitude >= west && longitude <= east;
  }

  @Override
  public BoundingBox boundingBox() {
    return this;
  }
}
