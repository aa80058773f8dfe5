package org.leadssdk.search;

import org.leadssdk.core.County;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.internal.Check;
import org.leadssdk.geo.Distance;
import org.leadssdk.geo.Shape;

/**
 * Where the current residence must lie: within a distance of a point, inside a shape (a box or polygons
 * from leads-geo), or inside a county's bundled boundary. Closed set of variants.
 */
public sealed interface GeoFilter permits GeoFilter.Within, GeoFilter.Inside, GeoFilter.InCounty {

  /** The farthest radius accepted. */
  Distance MAX_RADIUS = Distance.ofKilometers(1000);

  /**
   * Within {@code radius} (great circle) of {@code center}.
   *
   * @throws IllegalArgumentException if the radius is zero or longer than 1,000 km
   */
  static GeoFilter within(GeoPoint center, Distance radius) {
    return new Within(center, radius);
  }

  /** Inside a shape: a {@link org.leadssdk.geo.BoundingBox}, {@link org.leadssdk.geo.Area} or circle. */
  static GeoFilter inside(Shape shape) {
    return new Inside(shape);
  }

  /** Inside the county's bundled boundary (see {@link org.leadssdk.geo.Counties} for its precision). */
  static GeoFilter inside(County county) {
    return new InCounty(county);
  }

  /**
   * A circle.
   *
   * @param center the centre
   * @param radius the great-circle radius, {@code > 0} and at most 1,000 km
   */
  record Within(GeoPoint center, Distance radius) implements GeoFilter {
    /**
     * Validates the circle.
     *
     * @throws IllegalArgumentException if the radius is zero or longer than 1,000 km
     */
    public Within {
      Check.notNull("center", center);
      Check.notNull("radius", radius);
      Check.argument(radius.meters() > 0 && !radius.isLongerThan(MAX_RADIUS),
          () -> "radius must be > 0 and at most " + MAX_RADIUS + ", got " + radius);
    }
  }

  /**
   * A shape from leads-geo.
   *
   * @param shape the shape
   */
  record Inside(Shape shape) implements GeoFilter {
    /** Validates that the shape is given. */
    public Inside {
      Check.notNull("shape", shape);
    }
  }

  /**
   * A county's boundary.
   *
   * @param county the county
   */
  record InCounty(County county) implements GeoFilter {
    /** Validates that the county is given. */
    public InCounty {
      Check.notNull("county", county);
    }
  }
}
