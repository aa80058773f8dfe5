package org.leadssdk.geo.internal;

import java.util.ArrayList;
import java.util.List;
import org.leadssdk.geo.GreatCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Distance in meters from a point to the nearest edge of a polygon's rings, for short distances (a few
 * kilometers): each edge is measured in a local equirectangular projection centred on the point, whose
 * error over such distances is far below a meter. Immutable and thread-safe.
 */
public final class RingDistance {
  private static final double METERS_PER_DEGREE = Math.toRadians(1) * GreatCircle.EARTH_RADIUS_METERS;

  /** Each ring as {@code lon0, lat0, lon1, lat1, ...}. */
  private final List<double[]> rings;

  private RingDistance(List<double[]> rings) {
    this.rings = rings;
  }

  /** The rings of a Polygon or MultiPolygon. */
  public static RingDistance of(Geometry g) {
    List<double[]> rings = new ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Polygon p = (Polygon) g.getGeometryN(i);
      rings.add(flat(p.getExteriorRing().getCoordinates()));
      for (int h = 0; h < p.getNumInteriorRing(); h++) {
        rings.add(flat(p.getInteriorRingN(h).getCoordinates()));
      }
    }
    return new RingDistance(List.copyOf(rings));
  }

  private static double[] flat(Coordinate[] cs) {
    double[] xy = new double[cs.length * 2];
    for (int i = 0; i < cs.length; i++) {
      xy[2 * i] = cs[i].x;
      xy[2 * i + 1] = cs[i].y;
    }
    return xy;
  }

  /** Meters from the position to the nearest edge. */
  public double metersTo(double lat, double lon) {
    double kx = Math.cos(Math.toRadians(lat)) * METERS_PER_DEGREE;
    double ky = METERS_PER_DEGREE;
    double best = Double.POSITIVE_INFINITY;
    for (double[] r : rings) {
      double ax = (r[0] - lon) * kx;
      double ay = (r[1] - lat) * ky;
      for (int i = 2; i < r.length; i += 2) {
        double bx = (r[i] - lon) * kx;
        double by = (r[i + 1] - lat) * ky;
        best = Math.min(best, toSegment(ax, ay, bx, by));
        ax = bx;
        ay = by;
      }
    }
    return best;
  }

  /** Distance from the origin to the segment a-b. */
  private static double toSegment(double ax, double ay, double bx, double by) {
    double dx = bx - ax;
    double dy = by - ay;
    double len2 = dx * dx + dy * dy;
    double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
    double px = ax + t * dx;
    double py = ay + t * dy;
    return Math.sqrt(px * px + py * py);
  }
}
