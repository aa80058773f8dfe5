package org.leadssdk.geo;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.internal.Check;
import org.leadssdk.geo.internal.Geometries;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;

/**
 * One or more polygons, each with an outer ring and optional holes: a GeoJSON {@code Polygon} or
 * {@code MultiPolygon}. Valid by construction (OGC simple-features rules, checked with JTS
 * {@code IsValidOp}). Immutable and thread-safe.
 *
 * <p>Edges are straight lines in longitude/latitude, as in GeoJSON (RFC 7946) and WKT; positions are
 * WGS 84 degrees. Containment includes the boundary.
 *
 * <pre>{@code
 * Area beat = Area.parseWkt("POLYGON ((-121.50 38.57, -121.47 38.57, -121.47 38.59, -121.50 38.57))");
 * boolean inside = beat.contains(GeoPoint.of(38.575, -121.48));
 * }</pre>
 */
public final class Area implements Shape {
  private final List<Part> parts;
  private final Geometry geometry;
  private final IndexedPointInAreaLocator locator;
  private final BoundingBox box;

  private Area(List<Part> parts, Geometry geometry) {
    this.parts = parts;
    this.geometry = geometry;
    this.locator = new IndexedPointInAreaLocator(geometry);
    Envelope e = geometry.getEnvelopeInternal();
    this.box = new BoundingBox(e.getMinY(), e.getMinX(), e.getMaxY(), e.getMaxX());
  }

  /**
   * One polygon of an area: an outer ring and its holes. Each ring is closed (its last position repeats
   * its first) and has at least 4 positions. Immutable.
   *
   * @param shell the outer ring
   * @param holes the inner rings; empty when none
   */
  public record Part(List<GeoPoint> shell, List<List<GeoPoint>> holes) {
    /**
     * Validates the rings one by one (the polygon as a whole is checked by {@link Area#of}).
     *
     * @throws IllegalArgumentException if a ring has fewer than 4 positions or is not closed
     */
    public Part {
      shell = ring("shell", shell);
      Check.notNull("holes", holes);
      List<List<GeoPoint>> copies = new ArrayList<>(holes.size());
      for (int i = 0; i < holes.size(); i++) {
        copies.add(ring("holes[" + i + "]", holes.get(i)));
      }
      holes = List.copyOf(copies);
    }

    /** A polygon without holes. */
    public static Part of(List<GeoPoint> shell) {
      return new Part(shell, List.of());
    }

    private static List<GeoPoint> ring(String field, List<GeoPoint> ring) {
      List<GeoPoint> copy = Check.copy(field, ring);
      if (copy.size() < 4) {
        throw new IllegalArgumentException(field + ": a ring needs at least 4 positions (3 corners and the first"
            + " repeated at the end), got " + copy.size());
      }
      GeoPoint first = copy.get(0);
      GeoPoint last = copy.get(copy.size() - 1);
      if (!first.equals(last)) {
        throw new IllegalArgumentException(field + ": ring is not closed: first position "
            + Geometries.lonLat(first) + " differs from last position " + Geometries.lonLat(last)
            + "; repeat the first position at the end");
      }
      return copy;
    }
  }

  /**
   * An area of the given polygons.
   *
   * @throws IllegalArgumentException if there is no polygon or the polygons are not valid, e.g. a ring
   *     crosses itself ({@code "ring self-intersects at -121.5,38.6"}), a hole lies outside its shell, or
   *     two polygons overlap
   */
  public static Area of(List<Part> parts) {
    List<Part> copy = Check.copy("parts", parts);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("parts: an area needs at least one polygon");
    }
    Geometry g = Geometries.toJts(copy);
    Geometries.validate(g);
    return new Area(copy, g);
  }

  /** An area of one polygon without holes; see {@link #of(List)}. */
  public static Area ofShell(List<GeoPoint> shell) {
    return of(List.of(Part.of(shell)));
  }

  /**
   * Reads a GeoJSON (RFC 7946) {@code Polygon} or {@code MultiPolygon} geometry, or a {@code Feature}
   * holding one. Positions are {@code [longitude, latitude]}; a third value (altitude) is ignored.
   *
   * @throws IllegalArgumentException naming the JSON path and the rule, if the text is not such a
   *     geometry, a position is out of range, a ring is unclosed or too short, or the polygon is invalid
   */
  public static Area parseGeoJson(String geoJson) {
    Check.notNull("geoJson", geoJson);
    return of(Geometries.parseGeoJson(geoJson));
  }

  /**
   * Reads a WKT {@code POLYGON} or {@code MULTIPOLYGON}, positions as {@code longitude latitude}.
   *
   * @throws IllegalArgumentException if the text is not such a geometry, a position is out of range, a
   *     ring is unclosed or too short, or the polygon is invalid
   */
  public static Area parseWkt(String wkt) {
    Check.notNull("wkt", wkt);
    return of(Geometries.parts(Geometries.parseWkt(wkt), "wkt"));
  }

  /** The polygons, in the order given. */
  public List<Part> parts() {
    return parts;
  }

  @Override
  public boolean contains(GeoPoint point) {
    Check.notNull("point", point);
    return locator.locate(new Coordinate(point.longitude(), point.latitude())) != Location.EXTERIOR;
  }

  @Override
  public BoundingBox boundingBox() {
    return box;
  }

  /** A point inside the area (not on its boundary), e.g. for a label. */
  public GeoPoint interiorPoint() {
    Coordinate c = geometry.getInteriorPoint().getCoordinate();
    return new GeoPoint(c.y, c.x);
  }

  /** The area as WKT, {@code longitude latitude} order. */
  public String toWkt() {
    return geometry.toText();
  }

  /** The JTS geometry (shared, never modified); for the package's own indexes. */
  Geometry geometry() {
    return geometry;
  }

  /** Equal when the polygons have the same rings in the same order. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Area a && a.parts.equals(parts);
  }

  @Override
  public int hashCode() {
    return parts.hashCode();
  }

  /** The size only; positions can be sensitive. */
  @Override
  public String toString() {
    int positions = 0;
    for (Part p : parts) {
      positions += p.shell().size();
      for (List<GeoPoint> h : p.holes()) {
        positions += h.size();
      }
    }
    return "Area[polygons=" + parts.size() + ", positions=" + positions + "]";
  }
}
