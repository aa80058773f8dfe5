package org.leadssdk.search;

import java.util.List;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.internal.Check;

/**
 * Where the current residence must lie. Closed set of variants; build them with the static factories.
 */
public sealed interface GeoFilter permits GeoFilter.Within, GeoFilter.InsidePolygon {

  /** Within {@code radiusMeters} (great circle) of {@code center}. */
  static GeoFilter within(GeoPoint center, double radiusMeters) {
    return new Within(center, radiusMeters);
  }

  /** Inside the polygon whose outer ring is {@code ring} (closed or not; at least 3 distinct points). */
  static GeoFilter inside(List<GeoPoint> ring) {
    return new InsidePolygon(List.of(ring));
  }

  /**
   * A circle.
   *
   * @param center the centre
   * @param radiusMeters great-circle radius in meters, finite, {@code > 0} and at most 1,000 km
   */
  record Within(GeoPoint center, double radiusMeters) implements GeoFilter {
    /**
     * Validates the circle.
     *
     * @throws IllegalArgumentException if the radius is not in {@code (0, 1_000_000]} meters
     */
    public Within {
      Check.notNull("center", center);
      Check.argument(radiusMeters > 0 && radiusMeters <= 1_000_000,
          () -> "radiusMeters must be > 0 and at most 1,000,000 (1,000 km), got " + radiusMeters);
    }
  }

  /**
   * A polygon: the first ring is the outer boundary, any others are holes.
   *
   * @param rings the rings, each at least 3 distinct points (the closing point may be repeated)
   */
  record InsidePolygon(List<List<GeoPoint>> rings) implements GeoFilter {
    /**
     * Validates the rings.
     *
     * @throws IllegalArgumentException if there is no ring or a ring has fewer than 3 distinct points
     */
    public InsidePolygon {
      Check.notNull("rings", rings);
      Check.argument(!rings.isEmpty(), () -> "polygon needs an outer ring");
      rings = rings.stream().map(r -> Check.copy("rings[]", r)).toList();
      for (int i = 0; i < rings.size(); i++) {
        int index = i;
        long distinct = rings.get(i).stream().distinct().count();
        Check.argument(distinct >= 3,
            () -> "polygon ring " + index + " needs at least 3 distinct points, got " + distinct);
      }
    }
  }
}
