package org.leadssdk.geo;

import org.leadssdk.core.GeoPoint;

/**
 * A region of the earth's surface: a {@link Circle} (great-circle radius around a point), a
 * {@link BoundingBox} (latitude/longitude rectangle) or an {@link Area} (polygons with holes). Immutable
 * and thread-safe.
 *
 * <p>Adding a permitted type would break exhaustive switches of callers, so it is a breaking change.
 *
 * <pre>{@code
 * String text = switch (shape) {
 *   case Circle c -> "within " + c.radius() + " of a point";
 *   case BoundingBox b -> "inside a box";
 *   case Area a -> "inside " + a.parts().size() + " polygon(s)";
 * };
 * }</pre>
 */
public sealed interface Shape permits Circle, BoundingBox, Area {
  /** Whether {@code point} lies inside the shape or on its boundary. */
  boolean contains(GeoPoint point);

  /** The smallest latitude/longitude box holding the whole shape. */
  BoundingBox boundingBox();
}
