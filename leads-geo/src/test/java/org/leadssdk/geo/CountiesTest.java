package org.leadssdk.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadssdk.core.County;
import org.leadssdk.core.CountyUnit;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.geo.jts.JtsShapes;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.operation.distance.DistanceOp;

class CountiesTest {
  private static final Counties COUNTIES = Counties.bundled();
  private static final GeometryFactory GF = new GeometryFactory();
  /** The oracle's own copy of the 58 shapes as plain (non-prepared, non-indexed) JTS geometries. */
  private static final Map<County, Geometry> BRUTE = new EnumMap<>(County.class);

  static {
    for (County c : County.values()) {
      BRUTE.put(c, JtsShapes.toJts(COUNTIES.shape(c)));
    }
  }

  static LongStream seeds() {
    return TestData.seeds();
  }

  @ParameterizedTest(name = "{0} -> {3}")
  @CsvSource({
      "State Capitol, 38.5767, -121.4934, SAC",
      "Fresno City Hall, 36.7378, -119.7871, FRE",
      "Los Angeles City Hall, 34.0537, -118.2428, LA",
      "San Francisco City Hall, 37.7793, -122.4193, SF",
      "San Diego City Hall, 32.7165, -117.1611, SD",
      "Oakland City Hall, 37.8053, -122.2725, ALA",
      "San Jose City Hall, 37.3382, -121.8863, SCL",
      "Bakersfield City Hall, 35.3733, -119.0187, KER",
      "Redding City Hall, 40.5865, -122.3917, SHA",
      "Yosemite Valley, 37.7456, -119.5936, MPA",
      "Avalon (Santa Catalina Island), 33.3428, -118.3282, LA",
      "Santa Ana, 33.7455, -117.8677, ORA"})
  void landmarksLandInTheirCounty(String landmark, double lat, double lon, String code) {
    Optional<CountyMatch> m = COUNTIES.locate(GeoPoint.of(lat, lon));
    assertThat(m).as(landmark).isPresent();
    assertThat(m.get().county()).as(landmark).isEqualTo(County.fromCode(code));
    assertThat(m.get().kind()).isEqualTo(CountyMatch.Kind.EXACT);
  }

  @ParameterizedTest
  @EnumSource(County.class)
  void everyCountyRoundTripsAndHoldsItsOwnInteriorPoint(County county) {
    assertThat(County.fromCode(county.code())).isEqualTo(county);
    assertThat(Counties.county(county.code())).isEqualTo(county);
    assertThat(Counties.county(county.countyName())).isEqualTo(county);
    assertThat(Counties.county(county.countyName().toLowerCase(java.util.Locale.ROOT) + " county")).isEqualTo(county);
    assertThat(Counties.county(county.fips())).isEqualTo(county);
    assertThat(Counties.county(CountyUnit.of(county).code())).isEqualTo(county);
    assertThat(CountyUnit.parse(CountyUnit.of(county).code()).county()).isEqualTo(county);
    Area shape = COUNTIES.shape(county);
    GeoPoint inside = shape.interiorPoint();
    assertThat(shape.contains(inside)).isTrue();
    assertThat(COUNTIES.locate(inside)).contains(new CountyMatch(county, CountyMatch.Kind.EXACT, Distance.ZERO));
  }

  @Test
  void unknownCountyTextIsRejectedQuotingIt() {
    assertThatThrownBy(() -> Counties.county("Gotham"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"Gotham\"")
        .hasMessageContaining("PRCS-SAC");
    assertThatThrownBy(() -> Counties.county("PRCS-XYZ")).hasMessageContaining("countyUnit");
  }

  @Test
  void pointInTheBayGetsTheNearestCountyAndSaysSo() {
    // Just off Ocean Beach, San Francisco, about 0.5 km west of the generalized coastline.
    GeoPoint offshore = GeoPoint.of(37.76, -122.52);
    CountyMatch m = COUNTIES.locate(offshore).orElseThrow();
    assertThat(m.county()).isEqualTo(County.SAN_FRANCISCO);
    assertThat(m.kind()).isEqualTo(CountyMatch.Kind.NEAREST);
    assertThat(m.distance().meters()).isBetween(1.0, 2000.0);
    assertThat(COUNTIES.withTolerance(Distance.ZERO).locate(offshore)).isEmpty();
  }

  @Test
  void pointsFarOutsideCaliforniaHaveNoCounty() {
    assertThat(COUNTIES.locate(GeoPoint.of(36.17, -115.14))).as("Las Vegas, Nevada").isEmpty();
    assertThat(COUNTIES.locate(GeoPoint.of(35.0, -125.0))).as("Pacific").isEmpty();
    assertThat(COUNTIES.locate(GeoPoint.of(0, 0))).isEmpty();
  }

  /** Brute force: the first county (FIPS order) whose plain JTS polygon covers the point. */
  private static Optional<County> bruteExact(GeoPoint p) {
    var point = GF.createPoint(new Coordinate(p.longitude(), p.latitude()));
    for (County c : County.values()) {
      if (BRUTE.get(c).covers(point)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Brute force: meters to each county, by JTS DistanceOp in a local equirectangular projection. */
  private static Map<County, Double> bruteDistances(GeoPoint p) {
    double k = Math.toRadians(1) * GreatCircle.EARTH_RADIUS_METERS;
    AffineTransformation t = new AffineTransformation()
        .translate(-p.longitude(), -p.latitude())
        .scale(Math.cos(Math.toRadians(p.latitude())) * k, k);
    var origin = GF.createPoint(new Coordinate(0, 0));
    Map<County, Double> d = new EnumMap<>(County.class);
    for (County c : County.values()) {
      d.put(c, DistanceOp.distance(t.transform(BRUTE.get(c)), origin));
    }
    return d;
  }

  /** Random points: half uniform over California's box, half within 3 km of a random county vertex. */
  private static List<GeoPoint> points(long seed, int n) {
    SplittableRandom r = new SplittableRandom(seed);
    List<GeoPoint> out = new ArrayList<>(n);
    County[] all = County.values();
    for (int i = 0; i < n; i++) {
      if (i % 2 == 0) {
        out.add(TestData.pointInCaliforniaBox(r));
      } else {
        Area.Part part = COUNTIES.shape(all[r.nextInt(all.length)]).parts().get(0);
        GeoPoint v = part.shell().get(r.nextInt(part.shell().size()));
        out.add(GreatCircle.destination(v, r.nextDouble(0, 360), Distance.ofMeters(r.nextDouble(0, 3000))));
      }
    }
    return out;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void pointInCountyMatchesBruteForceOverAll58Shapes(long seed) {
    for (GeoPoint p : points(seed, 100)) {
      Optional<County> expected = bruteExact(p);
      Optional<CountyMatch> actual = COUNTIES.locate(p);
      if (expected.isPresent()) {
        assertThat(actual).as("seed %d, %s", seed, p)
            .contains(new CountyMatch(expected.get(), CountyMatch.Kind.EXACT, Distance.ZERO));
        continue;
      }
      Map<County, Double> d = bruteDistances(p);
      County nearest = d.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
      double min = d.get(nearest);
      if (min > Counties.DEFAULT_TOLERANCE.meters() + 1) {
        assertThat(actual).as("seed %d, %s is %.1f m from %s", seed, p, min, nearest).isEmpty();
      } else if (min < Counties.DEFAULT_TOLERANCE.meters() - 1) {
        CountyMatch m = actual.orElseThrow(() -> new AssertionError("seed " + seed + ": no match for " + p));
        assertThat(m.kind()).as("seed %d, %s", seed, p).isEqualTo(CountyMatch.Kind.NEAREST);
        assertThat(m.distance().meters()).as("seed %d, %s", seed, p).isCloseTo(min, within(1.0));
        // The nearest county, unless another is within a meter (a tie the two methods may break apart).
        assertThat(d.get(m.county())).as("seed %d, %s", seed, p).isCloseTo(min, within(1.0));
      }
    }
  }
}
