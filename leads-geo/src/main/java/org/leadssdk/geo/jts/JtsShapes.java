package org.leadssdk.geo.jts;

import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.internal.Check;
import org.leadssdk.geo.Area;
import org.leadssdk.geo.BoundingBox;
import org.leadssdk.geo.Circle;
import org.leadssdk.geo.Distance;
import org.leadssdk.geo.GreatCircle;
import org.leadssdk.geo.Shape;
import org.leadssdk.geo.internal.Geometries;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Converts {@link Shape}s to JTS geometries and back. Coordinates are {@code x = longitude},
 * {@code y = latitude} in WGS 84 degrees (SRID 4326). Stateless and thread-safe.
 *
 * <pre>{@code
 * Geometry g = JtsShapes.toJts(Counties.bundled().shape(County.FRESNO));
 * Shape beat = JtsShapes.fromJts(vendorPolygon);
 * }</pre>
 */
public final class JtsShapes {
  /** Vertices of the polygon that stands for a {@link Circle}. */
  public static final int CIRCLE_VERTICES = 72;

  private JtsShapes() {}

  /**
   * The JTS geometry of a shape: an {@link Area} gives its Polygon or MultiPolygon, a {@link BoundingBox}
   * a rectangular Polygon.
   *
   * <p><b>Note:</b> a {@link Circle} has no exact JTS form; it becomes a polygon of
   * {@value #CIRCLE_VERTICES} vertices on the circle (each at the radius along a bearing 5° from the
   * last), so points near the edge may test differently from {@link Circle#contains}.
   */
  public static Geometry toJts(Shape shape) {
    Check.notNull("shape", shape);
    return switch (shape) {
      case Area a -> Geometries.toJts(a.parts());
      case BoundingBox b -> Geometries.FACTORY.toGeometry(new Envelope(b.west(), b.east(), b.south(), b.north()));
      case Circle c -> circle(c.center(), c.radius());
    };
  }

  private static Geometry circle(GeoPoint center, Distance radius) {
    Coordinate[] ring = new Coordinate[CIRCLE_VERTICES + 1];
    for (int i = 0; i < CIRCLE_VERTICES; i++) {
      GeoPoint p = GreatCircle.destination(center, i * 360.0 / CIRCLE_VERTICES, radius);
      ring[i] = new Coordinate(p.longitude(), p.latitude());
    }
    ring[CIRCLE_VERTICES] = ring[0].copy();
    return Geometries.FACTORY.createPolygon(ring);
  }

  /**
   * The {@link Area} of a JTS Polygon or MultiPolygon (coordinates as longitude, latitude degrees),
   * validated like every area.
   *
   * @throws IllegalArgumentException if the geometry is of another type or empty, a coordinate is out
   *     of range, or the polygon is invalid (e.g. {@code ring self-intersects at -121.5,38.6})
   */
  public static Area fromJts(Geometry geometry) {
    Check.notNull("geometry", geometry);
    return Area.of(Geometries.parts(geometry, "geometry"));
  }
}
