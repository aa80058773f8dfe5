package org.leadssdk.geo;

import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.internal.Check;

/**
 * The points within a great-circle distance of a center, boundary included. Immutable.
 *
 * @param center the center
 * @param radius the great-circle radius (see {@link GreatCircle} for the earth model)
 */
public record Circle(GeoPoint center, Distance radius) implements Shape {
  /** Validates that both parts are given. */
  public Circle {
    Check.notNull("circle.center", center);
    Check.notNull("circle.radius", radius);
  }

  /** A circle of {@code radius} around {@code center}. */
  public static Circle of(GeoPoint center, Distance radius) {
    return new Circle(center, radius);
  }

  @Override
  public boolean contains(GeoPoint point) {
    Check.notNull("point", point);
    return GreatCircle.meters(center.latitude(), center.longitude(), point.latitude(), point.longitude())
        <= radius.meters();
  }

  @Override
  public BoundingBox boundingBox() {
    return GreatCircle.boundingBox(center, radius);
  }

  /** Masks the center: locations are sensitive. */
  @Override
  public String toString() {
    return "Circle[center=***, radius=" + radius + "]";
  }
}
