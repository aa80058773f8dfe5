package org.leadssdk.geo.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.geo.Area;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/** Conversions between {@link Area.Part}s, JTS geometries, GeoJSON and WKT, and their validation. */
public final class Geometries {
  /** WGS 84 (EPSG:4326), floating precision; x is longitude, y latitude. */
  public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private Geometries() {}

  /** {@code lon,lat} for messages about shape geometry (a query shape, not a person's location). */
  public static String lonLat(GeoPoint p) {
    return p.longitude() + "," + p.latitude();
  }

  /** The JTS geometry of the parts: a Polygon for one part, else a MultiPolygon. Not validated. */
  public static Geometry toJts(List<Area.Part> parts) {
    Polygon[] polygons = new Polygon[parts.size()];
    for (int i = 0; i < polygons.length; i++) {
      Area.Part part = parts.get(i);
      LinearRing[] holes = new LinearRing[part.holes().size()];
      for (int h = 0; h < holes.length; h++) {
        holes[h] = ring(part.holes().get(h));
      }
      polygons[i] = FACTORY.createPolygon(ring(part.shell()), holes);
    }
    return polygons.length == 1 ? polygons[0] : FACTORY.createMultiPolygon(polygons);
  }

  private static LinearRing ring(List<GeoPoint> points) {
    Coordinate[] cs = new Coordinate[points.size()];
    for (int i = 0; i < cs.length; i++) {
      cs[i] = new Coordinate(points.get(i).longitude(), points.get(i).latitude());
    }
    return FACTORY.createLinearRing(cs);
  }

  /**
   * Checks the geometry with JTS {@code IsValidOp}.
   *
   * @throws IllegalArgumentException naming the problem and where it is, e.g.
   *     {@code ring self-intersects at -121.5,38.6}
   */
  public static void validate(Geometry g) {
    TopologyValidationError error = new IsValidOp(g).getValidationError();
    if (error == null) {
      return;
    }
    String what = switch (error.getErrorType()) {
      case TopologyValidationError.RING_SELF_INTERSECTION, TopologyValidationError.SELF_INTERSECTION ->
          "ring self-intersects";
      case TopologyValidationError.HOLE_OUTSIDE_SHELL -> "hole lies outside its shell";
      case TopologyValidationError.NESTED_HOLES -> "hole lies inside another hole";
      case TopologyValidationError.DISCONNECTED_INTERIOR -> "holes split the polygon's interior";
      case TopologyValidationError.NESTED_SHELLS -> "polygons of a multipolygon overlap (nested shells)";
      case TopologyValidationError.TOO_FEW_POINTS -> "ring has too few distinct positions";
      case TopologyValidationError.RING_NOT_CLOSED -> "ring is not closed";
      case TopologyValidationError.INVALID_COORDINATE -> "position is not a finite number";
      default -> error.getMessage().toLowerCase(Locale.ROOT);
    };
    Coordinate c = error.getCoordinate();
    throw new IllegalArgumentException(
        "geometry is not a valid polygon: " + what + (c == null ? "" : " at " + c.x + "," + c.y));
  }

  /**
   * The parts of a JTS Polygon or MultiPolygon; positions are range-checked.
   *
   * @throws IllegalArgumentException if the geometry is of another type, empty, or has a position out
   *     of range, or a ring too short or unclosed
   */
  public static List<Area.Part> parts(Geometry g, String field) {
    List<Area.Part> parts = new ArrayList<>();
    if (g instanceof Polygon p) {
      parts.add(part(p, field));
    } else if (g instanceof MultiPolygon mp) {
      for (int i = 0; i < mp.getNumGeometries(); i++) {
        parts.add(part((Polygon) mp.getGeometryN(i), field + ".polygons[" + i + "]"));
      }
    } else {
      throw new IllegalArgumentException(field + ": a " + g.getGeometryType()
          + " is not an area; expected a Polygon or MultiPolygon");
    }
    if (parts.isEmpty() || g.isEmpty()) {
      throw new IllegalArgumentException(field + ": the geometry is empty; an area needs at least one polygon");
    }
    return parts;
  }

  private static Area.Part part(Polygon p, String field) {
    if (p.isEmpty()) {
      throw new IllegalArgumentException(field + ": the polygon is empty");
    }
    List<List<GeoPoint>> holes = new ArrayList<>();
    for (int h = 0; h < p.getNumInteriorRing(); h++) {
      holes.add(points(p.getInteriorRingN(h).getCoordinates(), field + ".holes[" + h + "]"));
    }
    return new Area.Part(points(p.getExteriorRing().getCoordinates(), field + ".shell"), holes);
  }

  private static List<GeoPoint> points(Coordinate[] cs, String field) {
    List<GeoPoint> points = new ArrayList<>(cs.length);
    for (int i = 0; i < cs.length; i++) {
      points.add(point(cs[i].y, cs[i].x, field + "[" + i + "]"));
    }
    return points;
  }

  private static GeoPoint point(double lat, double lon, String field) {
    if (!(lon >= -180.0 && lon <= 180.0)) {
      throw new IllegalArgumentException(field + ": longitude must be between -180 and 180, got " + lon);
    }
    if (!(lat >= -90.0 && lat <= 90.0)) {
      throw new IllegalArgumentException(field + ": latitude must be between -90 and 90, got " + lat
          + " (positions are longitude first, then latitude)");
    }
    return new GeoPoint(lat, lon);
  }

  /**
   * Reads WKT with JTS's {@link WKTReader}.
   *
   * @throws IllegalArgumentException if the text is not WKT or a ring is unclosed or too short
   */
  public static Geometry parseWkt(String wkt) {
    try {
      return new WKTReader(FACTORY).read(wkt);
    } catch (ParseException e) {
      throw new IllegalArgumentException("wkt: not well-formed WKT: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      // JTS's geometry factory refuses rings it cannot build; say which rule in the SDK's words.
      String m = String.valueOf(e.getMessage());
      if (m.contains("closed")) {
        throw new IllegalArgumentException(
            "wkt: a ring is not closed: its first and last positions differ; repeat the first position at the end",
            e);
      }
      if (m.contains("number of points")) {
        throw new IllegalArgumentException("wkt: a ring needs at least 4 positions (3 corners and the first"
            + " repeated at the end): " + m, e);
      }
      throw new IllegalArgumentException("wkt: " + m, e);
    }
  }

  /**
   * Reads a GeoJSON Polygon, MultiPolygon, or a Feature holding one.
   *
   * @throws IllegalArgumentException naming the JSON path and the rule
   */
  public static List<Area.Part> parseGeoJson(String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("geoJson: not well-formed JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("geoJson: expected a JSON object with \"type\"");
    }
    return geoJsonParts(root, "geoJson");
  }

  /** The parts of a GeoJSON Polygon / MultiPolygon / Feature node. */
  public static List<Area.Part> geoJsonParts(JsonNode node, String path) {
    String type = node.path("type").asText("");
    switch (type) {
      case "Feature" -> {
        JsonNode geometry = node.path("geometry");
        if (!geometry.isObject()) {
          throw new IllegalArgumentException(path + ".geometry: a Feature needs a geometry object");
        }
        return geoJsonParts(geometry, path + ".geometry");
      }
      case "Polygon" -> {
        return List.of(polygon(array(node.path("coordinates"), path + ".coordinates"), path + ".coordinates"));
      }
      case "MultiPolygon" -> {
        JsonNode polys = array(node.path("coordinates"), path + ".coordinates");
        if (polys.isEmpty()) {
          throw new IllegalArgumentException(path + ".coordinates: a MultiPolygon needs at least one polygon");
        }
        List<Area.Part> parts = new ArrayList<>();
        for (int i = 0; i < polys.size(); i++) {
          String p = path + ".coordinates[" + i + "]";
          parts.add(polygon(array(polys.get(i), p), p));
        }
        return parts;
      }
      default -> throw new IllegalArgumentException(path + ".type: " + (type.isEmpty() ? "missing" : "\"" + type
          + "\" is not an area") + "; expected \"Polygon\", \"MultiPolygon\" or a \"Feature\" holding one");
    }
  }

  private static Area.Part polygon(JsonNode rings, String path) {
    if (rings.isEmpty()) {
      throw new IllegalArgumentException(path + ": a polygon needs an outer ring");
    }
    List<List<GeoPoint>> parsed = new ArrayList<>();
    for (int r = 0; r < rings.size(); r++) {
      String rp = path + "[" + r + "]";
      JsonNode ring = array(rings.get(r), rp);
      List<GeoPoint> points = new ArrayList<>(ring.size());
      for (int i = 0; i < ring.size(); i++) {
        String pp = rp + "[" + i + "]";
        JsonNode pos = array(ring.get(i), pp);
        if (pos.size() < 2 || !pos.get(0).isNumber() || !pos.get(1).isNumber()) {
          throw new IllegalArgumentException(pp + ": a position is [longitude, latitude] (numbers), got " + pos);
        }
        points.add(point(pos.get(1).doubleValue(), pos.get(0).doubleValue(), pp));
      }
      parsed.add(points);
    }
    String shell = path + "[0]";
    try {
      return new Area.Part(parsed.get(0), parsed.subList(1, parsed.size()));
    } catch (IllegalArgumentException e) {
      // Part names rings "shell" / "holes[i]"; give the JSON path instead.
      String m = String.valueOf(e.getMessage());
      String fixed = m.startsWith("shell:") ? shell + m.substring("shell".length())
          : m.startsWith("holes[") ? path + "[" + (Integer.parseInt(m.substring(6, m.indexOf(']'))) + 1) + "]"
              + m.substring(m.indexOf(']') + 1) : m;
      throw new IllegalArgumentException(fixed, e);
    }
  }

  private static JsonNode array(JsonNode node, String path) {
    if (!node.isArray()) {
      throw new IllegalArgumentException(path + ": expected an array, got " + (node.isMissingNode() ? "nothing"
          : node.getNodeType().toString().toLowerCase(Locale.ROOT)));
    }
    return node;
  }
}
