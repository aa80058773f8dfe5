package org.leadssdk.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.leadssdk.core.County;
import org.leadssdk.core.CountyUnit;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.internal.Check;
import org.leadssdk.core.internal.Mask;
import org.leadssdk.geo.internal.Geometries;
import org.leadssdk.geo.internal.RingDistance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The 58 counties of California, bundled: point → county and county → shape. Immutable and thread-safe;
 * load once with {@link #bundled()} and share.
 *
 * <pre>{@code
 * Optional<CountyMatch> m = Counties.bundled().locate(GeoPoint.of(38.5767, -121.4934)); // SACRAMENTO, EXACT
 * Area fresno = Counties.bundled().shape(County.FRESNO);
 * }</pre>
 *
 * <p>Point → county queries a JTS {@code STRtree} over the counties' bounding boxes and then each
 * candidate's indexed point-in-area locator. A point on a line shared by two counties goes to the one
 * first in {@link County} order (by FIPS).
 *
 * <p><b>Note:</b> the polygons are the Census Bureau's 2017 cartographic boundaries as generalized for
 * national maps (source: {@code us-atlas} 3.0.1, public domain; see the NOTICE beside the data): borders
 * are off by hundreds of meters as a rule and more along winding lines and coasts, and small islands are
 * missing. A point well inside a county is placed reliably; within a few kilometers of a county line or
 * the coast the answer is approximate. Points just outside every polygon (on the coast, in a bay) get the
 * nearest county within {@link #tolerance()} (default 2 km), marked {@link CountyMatch.Kind#NEAREST}. For a
 * legal determination of county, use an authoritative full-resolution boundary.
 */
public final class Counties {
  /** The default tolerance for {@link CountyMatch.Kind#NEAREST} matches: 2 km. */
  public static final Distance DEFAULT_TOLERANCE = Distance.ofKilometers(2);

  private static final String RESOURCE = "/org/leadssdk/geo/data/ca-counties.geojson";

  private final Data data;
  private final Distance tolerance;

  private record Entry(County county, Area area, RingDistance rings) {}

  private record Data(Map<County, Entry> entries, STRtree tree) {}

  private Counties(Data data, Distance tolerance) {
    this.data = data;
    this.tolerance = tolerance;
  }

  private static final class Holder {
    static final Counties BUNDLED = new Counties(load(), DEFAULT_TOLERANCE);
  }

  /** The bundled counties with the default 2 km tolerance (loaded on first use, then shared). */
  public static Counties bundled() {
    return Holder.BUNDLED;
  }

  /**
   * The same counties with another tolerance for nearest-county matches; {@link Distance#ZERO} gives
   * exact matches only.
   */
  public Counties withTolerance(Distance tolerance) {
    Check.notNull("tolerance", tolerance);
    return new Counties(data, tolerance);
  }

  /** The distance within which a point outside every polygon still gets the nearest county. */
  public Distance tolerance() {
    return tolerance;
  }

  /**
   * The county of a point: the county whose polygon holds it ({@code EXACT}), else the county whose
   * boundary is nearest if within {@link #tolerance()} ({@code NEAREST}); empty if none is that close.
   */
  public Optional<CountyMatch> locate(GeoPoint point) {
    Check.notNull("point", point);
    Coordinate c = new Coordinate(point.longitude(), point.latitude());
    List<Entry> candidates = candidates(new Envelope(c));
    for (Entry e : candidates) {
      if (e.area().contains(point)) {
        return Optional.of(new CountyMatch(e.county(), CountyMatch.Kind.EXACT, Distance.ZERO));
      }
    }
    if (tolerance.meters() == 0.0) {
      return Optional.empty();
    }
    BoundingBox near = GreatCircle.boundingBox(point, tolerance);
    Entry best = null;
    double bestMeters = Double.POSITIVE_INFINITY;
    for (Entry e : candidates(new Envelope(near.west(), near.east(), near.south(), near.north()))) {
      double m = e.rings().metersTo(point.latitude(), point.longitude());
      if (m < bestMeters) { // strict: on a tie the county first in FIPS order stays
        bestMeters = m;
        best = e;
      }
    }
    if (best == null || bestMeters > tolerance.meters()) {
      return Optional.empty();
    }
    return Optional.of(new CountyMatch(best.county(), CountyMatch.Kind.NEAREST, Distance.ofMeters(bestMeters)));
  }

  /** Shortcut for {@code locate(point).map(CountyMatch::county)}. */
  public Optional<County> county(GeoPoint point) {
    return locate(point).map(CountyMatch::county);
  }

  /** The bundled shape of a county. */
  public Area shape(County county) {
    Check.notNull("county", county);
    return data.entries().get(county).area();
  }

  /**
   * A county from a Caltrans code ({@code "SAC"}), a Census name ({@code "San Luis Obispo"}, with or
   * without {@code " County"}), a FIPS code ({@code "06067"}) or a PRCS county unit ({@code "PRCS-SAC"});
   * case and outer spaces are ignored.
   *
   * @throws IllegalArgumentException if the text is none of these; the message quotes it
   */
  public static County county(String codeOrName) {
    Check.notNull("county", codeOrName);
    String s = codeOrName.strip().toUpperCase(Locale.ROOT);
    if (s.startsWith("PRCS")) {
      return CountyUnit.parse(s).county();
    }
    Optional<County> found = County.byName(s).or(() -> County.byFips(s));
    if (found.isPresent()) {
      return found.get();
    }
    try {
      return County.fromCode(s);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("county: " + Mask.plain(codeOrName)
          + " is not a California county code (e.g. SAC), name (e.g. Sacramento), FIPS code (e.g. 06067)"
          + " or PRCS county unit (e.g. PRCS-SAC)", e);
    }
  }

  private List<Entry> candidates(Envelope env) {
    List<Entry> found = new ArrayList<>(4);
    data.tree().query(env, item -> found.add((Entry) item));
    found.sort((a, b) -> Integer.compare(a.county().ordinal(), b.county().ordinal()));
    return found;
  }

  private static Data load() {
    JsonNode root;
    try (InputStream in = Counties.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled data " + RESOURCE + " is missing from the leads-geo jar");
      }
      root = JsonMapper.builder().build().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled data " + RESOURCE, e);
    }
    Map<County, Entry> entries = new EnumMap<>(County.class);
    STRtree tree = new STRtree();
    JsonNode features = root.path("features");
    for (int i = 0; i < features.size(); i++) {
      JsonNode f = features.get(i);
      String fips = f.path("properties").path("fips").asText("");
      County county = County.byFips(fips).orElseThrow(
          () -> new IllegalStateException("bundled county data names unknown FIPS " + Mask.plain(fips)));
      Area area = Area.of(Geometries.geoJsonParts(f, "features[" + i + "]"));
      Entry e = new Entry(county, area, RingDistance.of(area.geometry()));
      if (entries.put(county, e) != null) {
        throw new IllegalStateException("bundled county data lists FIPS " + fips + " twice");
      }
      tree.insert(area.geometry().getEnvelopeInternal(), e);
    }
    if (entries.size() != County.values().length) {
      throw new IllegalStateException(
          "bundled county data holds " + entries.size() + " counties, expected " + County.values().length);
    }
    tree.build();
    return new Data(Map.copyOf(entries), tree);
  }
}
