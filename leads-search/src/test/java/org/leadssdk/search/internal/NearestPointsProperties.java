package org.leadssdk.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.geo.GeoUtils;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.SloppyMath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.testkit.SyntheticParolees;

/**
 * The nearest search on the segments' location grids against brute force, on indexes where every segment
 * has many rows (several thousand points a segment, clustered, a fifth of them on another point's exact
 * place), with deleted documents and documents the retention filter hides, and from centres near the
 * points and anywhere on earth. Pages are followed with the cursor to the end of the radius.
 */
class NearestPointsProperties {
  private static final long NOW = 1_790_000_000_000L;

  /** One indexed point: its id, place (as encoded), CDC key and whether it is deleted or hidden. */
  private record Point(int id, double lat, double lon, long cdcKey, boolean deleted, boolean hidden) {}

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.testkit.Seeds#some")
  void pagesFollowedToTheEndEqualBruteForce(long seed) throws IOException {
    SyntheticParolees gen = new SyntheticParolees(seed);
    List<Point> points = new ArrayList<>();
    GeoPoint[] clusters = {gen.point(), gen.point(), gen.point()};
    int count = 6_000 + gen.nextInt(6_000);
    for (int i = 0; i < count; i++) {
      double lat;
      double lon;
      if (!points.isEmpty() && gen.nextInt(5) == 0) {
        Point twin = points.get(gen.nextInt(points.size()));
        lat = twin.lat();
        lon = twin.lon();
      } else {
        GeoPoint c = clusters[gen.nextInt(clusters.length)];
        double spread = gen.nextInt(3) == 0 ? 1.5 : 0.05;
        lat = Math.max(-89.9, Math.min(89.9, c.latitude() + gen.uniform(-spread, spread)));
        lon = Math.max(-179.9, Math.min(179.9, c.longitude() + gen.uniform(-spread, spread)));
      }
      lat = GeoEncodingUtils.decodeLatitude(GeoEncodingUtils.encodeLatitude(lat));
      lon = GeoEncodingUtils.decodeLongitude(GeoEncodingUtils.encodeLongitude(lon));
      // Unique CDC keys in an order unrelated to the ids (a multiplicative permutation modulo a prime).
      points.add(new Point(i, lat, lon, 1_000_000L + (i * 7_368_787L) % 10_000_019L,
          gen.nextInt(10) == 0, gen.nextInt(25) == 0));
    }
    search(seed, points, id -> id % 2_500 == 2_499, (searcher, grids, visibility) -> {
      for (int q = 0; q < 6; q++) {
        Point at = points.get(gen.nextInt(points.size()));
        double lat = q == 0 ? at.lat() : at.lat() + gen.uniform(-0.02, 0.02);
        double lon = q == 0 ? at.lon() : at.lon() + gen.uniform(-0.02, 0.02);
        double radius = q % 2 == 0 ? gen.uniform(50, 5_000) : gen.uniform(5_000, 400_000);
        if (q >= 4) {
          // From anywhere on earth (rows above, below or beside the grid's), up to half the globe: rows
          // read from outside the grid, and whole rows when the box spans all longitudes.
          lat = gen.uniform(-89, 89);
          lon = gen.uniform(-179.9, 179.9);
          radius = gen.uniform(1_000_000, 20_000_000);
        }
        int n = 1 + gen.nextInt(60);
        check(seed, searcher, grids, visibility, points, lat, lon, radius, n);
      }
    });
  }

  /**
   * Points where the grid's arithmetic has its edges, each kind in its own segment so that each grid has
   * the row height the test expects: on the poles, on ±180° and on both sides of the antimeridian (a grid
   * of tall rows); exactly on the first and last latitude of 305 m rows; many on one longitude. Searched
   * from a row's first and last latitude of both kinds of grid and from the points themselves, with pages
   * of one upwards.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.testkit.Seeds#some")
  void pointsOnTheGridsEdgesEqualBruteForce(long seed) throws IOException {
    SyntheticParolees gen = new SyntheticParolees(seed);
    int row = (gen.nextInt(2) == 0 ? -1 : 1) * gen.nextInt(30_000);
    int sharedLonEnc = GeoEncodingUtils.encodeLongitude(gen.uniform(-179, 179));
    List<Point> points = new ArrayList<>();
    int[] ends = new int[3];
    for (int kind = 0; kind < 3; kind++) {
      int count = 600 + gen.nextInt(1_200);
      for (int k = 0; k < count; k++) {
        int latEnc;
        int lonEnc;
        if (kind == 0) {
          switch (gen.nextInt(3)) {
            case 0 -> { // a pole, any longitude (or ±180)
              latEnc = gen.nextInt(2) == 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE;
              lonEnc = gen.nextInt(3) == 0 ? (gen.nextInt(2) == 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE)
                  : GeoEncodingUtils.encodeLongitude(gen.uniform(-180, 180));
            }
            case 1 -> { // either side of the antimeridian
              latEnc = GeoEncodingUtils.encodeLatitude(gen.uniform(-60, 60));
              lonEnc = gen.nextInt(2) == 0 ? Integer.MAX_VALUE - gen.nextInt(5_000_000)
                  : Integer.MIN_VALUE + gen.nextInt(5_000_000);
            }
            default -> { // anywhere
              latEnc = GeoEncodingUtils.encodeLatitude(gen.uniform(-90, 90));
              lonEnc = GeoEncodingUtils.encodeLongitude(gen.uniform(-180, 180));
            }
          }
        } else if (kind == 1) { // the first or last latitude of a row near the chosen one
          int r = row + gen.nextInt(5) - 2;
          latEnc = gen.nextInt(2) == 0 ? r << LocationGrid.ROW_SHIFT : (r << LocationGrid.ROW_SHIFT) - 1;
          lonEnc = sharedLonEnc + gen.nextInt(200_000) - 100_000;
        } else { // one longitude, rows around the chosen one
          latEnc = (row << LocationGrid.ROW_SHIFT) + gen.nextInt(1 << 20) - (1 << 19);
          lonEnc = sharedLonEnc;
        }
        int id = points.size();
        points.add(new Point(id, GeoEncodingUtils.decodeLatitude(latEnc), GeoEncodingUtils.decodeLongitude(lonEnc),
            1_000_000L + (id * 7_368_787L) % 10_000_019L, gen.nextInt(10) == 0, gen.nextInt(25) == 0));
      }
      ends[kind] = points.size() - 1;
    }
    search(seed, points, id -> id == ends[0] || id == ends[1], (searcher, grids, visibility) -> {
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      assertThat(leaves).as("seed %d: one segment per kind", seed).hasSize(3);
      LocationGrid far = grids.of(leaves.get(0).reader());
      LocationGrid edges = grids.of(leaves.get(1).reader());
      assertThat(far.shift).as("seed %d: poles and antimeridian: tall rows", seed).isGreaterThan(LocationGrid.ROW_SHIFT);
      assertThat(edges.shift).as("seed %d: rows' edges: 305 m rows", seed).isEqualTo(LocationGrid.ROW_SHIFT);
      assertThat(grids.of(leaves.get(2).reader()).shift).as("seed %d: one longitude", seed)
          .isEqualTo(LocationGrid.ROW_SHIFT);
      Point farPoint = points.get(gen.nextInt(ends[0] + 1));
      int farRow = far.row(GeoEncodingUtils.encodeLatitude(farPoint.lat()));
      double[][] centres = {
          {GeoEncodingUtils.decodeLatitude(edges.rowMin(row)), GeoEncodingUtils.decodeLongitude(sharedLonEnc)},
          {GeoEncodingUtils.decodeLatitude(edges.rowMax(row)), GeoEncodingUtils.decodeLongitude(sharedLonEnc)},
          {GeoEncodingUtils.decodeLatitude(far.rowMin(farRow)), farPoint.lon()},
          {GeoEncodingUtils.decodeLatitude(far.rowMax(farRow)), farPoint.lon()},
      };
      for (int q = 0; q < 9; q++) {
        double lat;
        double lon;
        if (q < centres.length) {
          lat = centres[q][0];
          lon = centres[q][1];
        } else {
          Point at = points.get(gen.nextInt(points.size()));
          lat = at.lat();
          lon = at.lon();
        }
        double radius = switch (q % 3) {
          case 0 -> gen.uniform(10, 2_000);
          case 1 -> gen.uniform(2_000, 500_000);
          default -> gen.uniform(500_000, 20_000_000);
        };
        int n = q % 2 == 0 ? 1 : 1 + gen.nextInt(40);
        check(seed, searcher, grids, visibility, points, lat, lon, radius, n);
      }
    });
  }

  /** What is searched on the index of some points. */
  private interface Searches {
    void run(IndexSearcher searcher, LocationGrid.Cache grids, VisibilityFilter visibility) throws IOException;
  }

  /**
   * Indexes the points in segments (a new one after each id {@code flushAfter} accepts), deletes and hides
   * the marked ones, and runs the searches.
   */
  private static void search(long seed, List<Point> points, IntPredicate flushAfter, Searches searches)
      throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
        for (Point p : points) {
          Document doc = new Document();
          doc.add(new StringField("id", Integer.toString(p.id()), Field.Store.NO));
          doc.add(new LatLonPoint(Fields.LOCATION, p.lat(), p.lon()));
          doc.add(new LatLonDocValuesField(Fields.LOCATION, p.lat(), p.lon()));
          doc.add(new NumericDocValuesField(Fields.CDC_KEY, p.cdcKey()));
          if (p.hidden()) {
            doc.add(new NumericDocValuesField(Fields.VISIBLE_FROM, 0));
            doc.add(new NumericDocValuesField(Fields.VISIBLE_UNTIL, NOW - 1));
          }
          w.addDocument(doc);
          if (flushAfter.test(p.id())) {
            w.flush();
          }
        }
        for (Point p : points) {
          if (p.deleted()) {
            w.deleteDocuments(new Term("id", Integer.toString(p.id())));
          }
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(reader.leaves()).as("seed %d: several segments", seed).hasSizeGreaterThan(1);
        searches.run(new IndexSearcher(reader), new LocationGrid.Cache(Fields.LOCATION), new VisibilityFilter());
      }
    }
  }

  private static void check(long seed, IndexSearcher searcher, LocationGrid.Cache grids, VisibilityFilter visibility,
      List<Point> points, double lat, double lon, double radius, int n) throws IOException {
    double radiusKey = GeoUtils.distanceQuerySortKey(radius);
    List<Point> expected = new ArrayList<>();
    long hidden = 0;
    for (Point p : points) {
      if (p.deleted() || SloppyMath.haversinSortKey(lat, lon, p.lat(), p.lon()) > radiusKey) {
        continue;
      }
      if (p.hidden()) {
        hidden++;
      } else {
        expected.add(p);
      }
    }
    Comparator<Point> order = Comparator.comparingDouble((Point p) -> meters(lat, lon, p)).thenComparingLong(Point::cdcKey);
    expected.sort(order);

    List<Long> found = new ArrayList<>();
    List<Double> distances = new ArrayList<>();
    FieldDoc after = null;
    String what = String.format(java.util.Locale.ROOT, "seed %d: %d nearest within %.0f m of %.5f,%.5f", seed, n,
        radius, lat, lon);
    for (int pages = 0; pages < 30; pages++) {
      NearestPoints.Result page = NearestPoints.nearest(searcher, grids, lat, lon, radius, n, after,
          visibility, NOW);
      assertThat(page.hidden()).as(what + ": hidden").isEqualTo(hidden);
      if (page.exact()) {
        assertThat(page.matches()).as(what + ": exact count").isEqualTo(expected.size());
      } else {
        assertThat(page.matches()).as(what + ": lower bound").isBetween((long) n, (long) expected.size());
      }
      for (FieldDoc fd : page.hits()) {
        distances.add((Double) fd.fields[0]);
        found.add((Long) fd.fields[1]);
      }
      if (page.hits().length < n) {
        break;
      }
      after = page.hits()[page.hits().length - 1];
    }
    // Thirty pages at most: the whole radius, or its nearest records in order.
    List<Point> prefix = expected.subList(0, Math.min(expected.size(), found.size()));
    assertThat(found).as(what + ": CDC keys in order").isEqualTo(prefix.stream().map(Point::cdcKey).toList());
    assertThat(distances).as(what + ": distances").isEqualTo(prefix.stream().map(p -> meters(lat, lon, p)).toList());
    assertThat(found.size()).as(what + ": pages end only at the end of the radius")
        .isEqualTo(Math.min(expected.size(), 30 * n));
  }

  private static double meters(double lat, double lon, Point p) {
    return SloppyMath.haversinMeters(SloppyMath.haversinSortKey(lat, lon, p.lat(), p.lon()));
  }
}
