package org.leadssdk.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.geo.GeoUtils;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.SloppyMath;
import org.jspecify.annotations.Nullable;

/**
 * The nearest visible documents to a point within a radius, found on each segment's {@link LocationGrid}
 * rather than by sorting every match: rows of latitude are read nearest first, and in each row the
 * longitudes nearest the point first; a row or a point is skipped once it cannot be nearer than the
 * {@code n}-th found so far. The cost follows the page size and how densely the rows near the point are
 * filled, not how many records the radius holds (except where the bound's box spans all longitudes and
 * whole rows are read; a deeper page also reads again every point nearer than its cursor).
 *
 * <p>The matches, distances and order are those of Lucene's distance query and distance sort on the same
 * field ({@code LatLonPoint.newDistanceQuery}, {@code LatLonDocValuesField.newDistanceSort}): a point
 * matches when its haversine sort key is at most {@link GeoUtils#distanceQuerySortKey}, its distance is
 * {@link SloppyMath#haversinMeters(double)} of that key, and ties are broken by {@link Fields#CDC_KEY}. So a
 * page found here and a page found by sorting are the same page, and their cursors are interchangeable.
 *
 * <p>Only the matches seen are counted: the total is exact when the radius holds no more visible matches
 * than were needed, else a lower bound. Records retention hides are counted exactly, from the grid of the
 * hidden records' locations ({@link VisibilityFilter#hiddenLocationsAt}). Thread-safe (no state).
 */
public final class NearestPoints {
  /** Relative and absolute slack of a bound, so that rounding never skips a point it should visit. */
  private static final double RELATIVE_SLACK = 1e-9;
  private static final double ABSOLUTE_SLACK = 1e-15;

  private NearestPoints() {}

  /**
   * What a nearest search found.
   *
   * @param hits the page, nearest first: {@link FieldDoc}s whose fields are the distance in meters
   *     ({@code Double}) and the CDC sort key ({@code Long}), as the distance sort gives them
   * @param matches the visible matches counted (all of them if {@code exact})
   * @param exact whether {@code matches} is every visible match within the radius
   * @param hidden how many matches within the radius retention hides (always exact)
   */
  public record Result(FieldDoc[] hits, long matches, boolean exact, long hidden) {}

  /**
   * The {@code n} nearest visible documents to a point within {@code radiusMeters}, after {@code after}.
   *
   * @param grids the grids of the location field's segments
   * @param after the last hit of the previous page (distance, CDC key), or null for the first page
   */
  public static Result nearest(IndexSearcher searcher, LocationGrid.Cache grids, double latitude, double longitude,
      double radiusMeters, int n, @Nullable FieldDoc after, VisibilityFilter visibility, long epochMillis)
      throws IOException {
    Walk walk = new Walk(latitude, longitude, GeoUtils.distanceQuerySortKey(radiusMeters), n, after);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    long hidden = 0;
    for (LeafReaderContext leaf : leaves) {
      LeafReader reader = leaf.reader();
      VisibilityFilter.LeafView view = visibility.viewAt(reader, epochMillis);
      hidden += walk.countWithinRadius(visibility.hiddenLocationsAt(reader, epochMillis), reader.getLiveDocs());
      LocationGrid grid = grids.of(reader);
      if (grid.size() == 0) {
        continue;
      }
      walk.enter(leaf, view.excluded());
      walk.scan(grid);
    }
    return new Result(walk.page(leaves), walk.matches, walk.bound == walk.radiusKey, hidden);
  }

  /** The walk over all segments: the candidates kept so far and the bound they set. */
  static final class Walk {
    private final double lat;
    private final double lon;
    /** The point, encoded. */
    private final int latEnc;
    private final int lonEnc;
    private final double cosLat;
    final double radiusKey;
    private final int n;
    private final @Nullable FieldDoc after;
    private final double afterMeters;
    private final long afterKey;
    /** No point with a larger sort key can enter the page. */
    double bound;
    /**
     * The distance of the {@code n}-th nearest kept so far (after a prune): a point beyond {@link #bound}
     * at this distance still ties with it.
     */
    private double boundMeters = Double.POSITIVE_INFINITY;
    /** The encoded latitudes (and longitudes, unless {@code !lonFilter}) a point within the bound may have. */
    private int minLatEnc;
    private int maxLatEnc;
    private boolean lonFilter;
    private int minLonEnc;
    private int maxLonEnc;
    /** The same box for the radius itself (it never changes). */
    private final int radiusMinLatEnc;
    private final int radiusMaxLatEnc;
    private final boolean radiusLonFilter;
    private final int radiusMinLonEnc;
    private final int radiusMaxLonEnc;
    long matches;

    private double[] keys = new double[64];
    private int[] leafOrds = new int[64];
    private int[] docs = new int[64];
    private int size;

    private int leafOrd;
    private @Nullable Bits live;
    private @Nullable FixedBitSet excluded;
    private @Nullable LeafReader reader;

    Walk(double lat, double lon, double radiusKey, int n, @Nullable FieldDoc after) {
      this.lat = lat;
      this.lon = lon;
      this.latEnc = GeoEncodingUtils.encodeLatitude(lat);
      this.lonEnc = GeoEncodingUtils.encodeLongitude(lon);
      this.cosLat = Math.cos(Math.toRadians(lat));
      this.radiusKey = radiusKey;
      this.n = n;
      this.after = after;
      this.afterMeters = after == null ? Double.NEGATIVE_INFINITY : (Double) after.fields[0];
      this.afterKey = after == null ? Long.MIN_VALUE : (Long) after.fields[1];
      setBound(radiusKey);
      this.radiusMinLatEnc = minLatEnc;
      this.radiusMaxLatEnc = maxLatEnc;
      this.radiusLonFilter = lonFilter;
      this.radiusMinLonEnc = minLonEnc;
      this.radiusMaxLonEnc = maxLonEnc;
    }

    void enter(LeafReaderContext leaf, @Nullable FixedBitSet excludedDocs) {
      this.leafOrd = leaf.ord;
      this.live = leaf.reader().getLiveDocs();
      this.excluded = excludedDocs;
      this.reader = leaf.reader();
    }

    /**
     * Reads the rows of {@code grid} that may hold a point within the bound, from the point's row outward,
     * and stops in each direction at the first row beyond the bound (the bound only shrinks). Rows between
     * the point and a grid that lies wholly above or below it are skipped.
     */
    void scan(LocationGrid grid) throws IOException {
      int center = grid.row(latEnc);
      int first = grid.firstRow;
      int last = grid.lastRow();
      int start = center < first ? first - center : center > last ? center - last : 0;
      boolean up = center + start <= last;
      boolean down = center - start >= first;
      for (long d = start; up || down; d++) {
        if (up) {
          long r = center + d;
          if (r > last || grid.rowMin((int) r) > maxLatEnc) {
            up = false;
          } else {
            scanRow(grid, (int) r);
          }
        }
        if (down && d > 0) {
          long r = center - d;
          if (r < first || grid.rowMax((int) r) < minLatEnc) {
            down = false;
          } else {
            scanRow(grid, (int) r);
          }
        } else if (d == 0) {
          down = center > first;
        }
      }
    }

    /** Reads one row: the longitude nearest the point's first, outward while the bound allows. */
    private void scanRow(LocationGrid grid, int row) throws IOException {
      int from = grid.rowFrom(row);
      int to = grid.rowTo(row);
      if (!lonFilter) {
        for (int i = from; i < to; i++) {
          visit(grid.docs[i], grid.lats[i], grid.lons[i]);
        }
        return;
      }
      int right = grid.firstAtLeast(from, to, lonEnc);
      int left = right - 1;
      int[] lons = grid.lons;
      while (true) {
        // The box may have shrunk at the last visit; lonFilter stays on once on (bounds only shrink).
        boolean canRight = right < to && lons[right] <= maxLonEnc;
        boolean canLeft = left >= from && lons[left] >= minLonEnc;
        if (canRight && (!canLeft || (long) lons[right] - lonEnc <= (long) lonEnc - lons[left])) {
          visit(grid.docs[right], grid.lats[right], lons[right]);
          right++;
        } else if (canLeft) {
          visit(grid.docs[left], grid.lats[left], lons[left]);
          left--;
        } else {
          return;
        }
      }
    }

    /** How many points of {@code grid} are live and within the radius (the bound plays no part). */
    long countWithinRadius(LocationGrid grid, @Nullable Bits liveDocs) {
      if (grid.size() == 0) {
        return 0;
      }
      long count = 0;
      int first = Math.max(grid.firstRow, grid.row(radiusMinLatEnc));
      int last = Math.min(grid.lastRow(), grid.row(radiusMaxLatEnc));
      for (int r = first; r <= last; r++) {
        int from = grid.rowFrom(r);
        int to = grid.rowTo(r);
        int i = radiusLonFilter ? grid.firstAtLeast(from, to, radiusMinLonEnc) : from;
        for (; i < to; i++) {
          if (radiusLonFilter && grid.lons[i] > radiusMaxLonEnc) {
            break;
          }
          if ((liveDocs == null || liveDocs.get(grid.docs[i])) && withinRadius(grid.lats[i], grid.lons[i])) {
            count++;
          }
        }
      }
      return count;
    }

    private void visit(int docID, int pointLatEnc, int pointLonEnc) throws IOException {
      if (pointLatEnc < minLatEnc || pointLatEnc > maxLatEnc) {
        return;
      }
      if (lonFilter && (pointLonEnc < minLonEnc || pointLonEnc > maxLonEnc)) {
        return;
      }
      if ((live != null && !live.get(docID)) || (excluded != null && excluded.get(docID))) {
        return;
      }
      double key = SloppyMath.haversinSortKey(lat, lon,
          GeoEncodingUtils.decodeLatitude(pointLatEnc), GeoEncodingUtils.decodeLongitude(pointLonEnc));
      if (key > radiusKey) {
        return;
      }
      matches++;
      if ((key > bound && SloppyMath.haversinMeters(key) > boundMeters) || !isAfterCursor(key, docID)) {
        return;
      }
      add(key, docID);
    }

    private boolean isAfterCursor(double key, int docID) throws IOException {
      if (after == null) {
        return true;
      }
      double meters = SloppyMath.haversinMeters(key);
      if (meters != afterMeters) {
        return meters > afterMeters;
      }
      return cdcKey(java.util.Objects.requireNonNull(reader), docID) > afterKey;
    }

    private void add(double key, int docID) {
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        leafOrds = Arrays.copyOf(leafOrds, size * 2);
        docs = Arrays.copyOf(docs, size * 2);
      }
      keys[size] = key;
      leafOrds[size] = leafOrd;
      docs[size] = docID;
      size++;
      if (size >= 4 * n) {
        prune();
      }
    }

    /** Keeps the candidates no farther than the {@code n}-th nearest (ties kept) and tightens the bound. */
    private void prune() {
      double[] sorted = Arrays.copyOf(keys, size);
      Arrays.sort(sorted);
      // Cut on the distance the page reports, not the sort key: two keys may give the same meters, and the
      // page orders equal meters by CDC key.
      double nthMeters = SloppyMath.haversinMeters(sorted[n - 1]);
      double largestKept = sorted[n - 1];
      int kept = 0;
      for (int i = 0; i < size; i++) {
        if (SloppyMath.haversinMeters(keys[i]) <= nthMeters) {
          largestKept = Math.max(largestKept, keys[i]);
          keys[kept] = keys[i];
          leafOrds[kept] = leafOrds[i];
          docs[kept] = docs[i];
          kept++;
        }
      }
      size = kept;
      setBound(largestKept);
      boundMeters = nthMeters;
    }

    /** Sets the bound and the box of encoded coordinates a point within it may have. */
    private void setBound(double key) {
      bound = key;
      // h >= 1 - cos(dLat): the latitude may differ by at most acos(1 - h), a little more for rounding.
      double maxDLat = Math.toDegrees(Math.acos(Math.max(-1, 1 - key * (1 + RELATIVE_SLACK) - ABSOLUTE_SLACK))) * (1 + 1e-9)
          + 1e-9;
      double south = lat - maxDLat;
      double north = lat + maxDLat;
      minLatEnc = south <= -90 ? Integer.MIN_VALUE : GeoEncodingUtils.encodeLatitude(south);
      maxLatEnc = north >= 90 ? Integer.MAX_VALUE : GeoEncodingUtils.encodeLatitudeCeil(north);
      // h >= cos(lat) cos(pointLat) (1 - cos(dLon)), with cos(pointLat) at least that of the box's farthest latitude.
      double farthest = Math.max(Math.abs(south), Math.abs(north));
      double cosProduct = cosLat * Math.cos(Math.toRadians(farthest));
      lonFilter = false;
      if (farthest < 89 && cosProduct > 1e-6) {
        double c = 1 - key * (1 + RELATIVE_SLACK) / cosProduct - ABSOLUTE_SLACK;
        if (c > -1) {
          double maxDLon = Math.toDegrees(Math.acos(c)) * (1 + 1e-9) + 1e-9;
          double west = lon - maxDLon;
          double east = lon + maxDLon;
          if (west > -180 && east < 180) {
            lonFilter = true;
            minLonEnc = GeoEncodingUtils.encodeLongitude(west);
            maxLonEnc = GeoEncodingUtils.encodeLongitudeCeil(east);
          }
        }
      }
    }

    /** Whether a point, given by its encoded coordinates, lies within the radius. */
    boolean withinRadius(int latEnc, int lonEnc) {
      if (latEnc < radiusMinLatEnc || latEnc > radiusMaxLatEnc
          || (radiusLonFilter && (lonEnc < radiusMinLonEnc || lonEnc > radiusMaxLonEnc))) {
        return false;
      }
      double key = SloppyMath.haversinSortKey(lat, lon,
          GeoEncodingUtils.decodeLatitude(latEnc), GeoEncodingUtils.decodeLongitude(lonEnc));
      return key <= radiusKey;
    }

    /**
     * The kept candidates as a sorted page: distance, then CDC key; at most {@code n}. Only candidates no
     * farther than the {@code n}-th nearest can be on it, so only their CDC keys are read.
     */
    FieldDoc[] page(List<LeafReaderContext> leaves) throws IOException {
      double[] meters = new double[size];
      for (int i = 0; i < size; i++) {
        meters[i] = SloppyMath.haversinMeters(keys[i]);
      }
      int[] kept = new int[size];
      int count = 0;
      double nthMeters = Double.POSITIVE_INFINITY;
      if (size > n) {
        double[] sorted = meters.clone();
        Arrays.sort(sorted);
        nthMeters = sorted[n - 1];
      }
      for (int i = 0; i < size; i++) {
        if (meters[i] <= nthMeters) {
          kept[count++] = i;
        }
      }
      // Read each segment's CDC keys in doc order (doc values go forward only).
      Integer[] order = new Integer[count];
      for (int i = 0; i < count; i++) {
        order[i] = kept[i];
      }
      Arrays.sort(order, (a, b) -> leafOrds[a] != leafOrds[b] ? Integer.compare(leafOrds[a], leafOrds[b])
          : Integer.compare(docs[a], docs[b]));
      List<FieldDoc> out = new ArrayList<>(count);
      NumericDocValues values = null;
      int current = -1;
      for (int i : order) {
        LeafReaderContext leaf = leaves.get(leafOrds[i]);
        if (leafOrds[i] != current) {
          current = leafOrds[i];
          values = leaf.reader().getNumericDocValues(Fields.CDC_KEY);
        }
        if (values == null || !values.advanceExact(docs[i])) {
          throw new IllegalStateException("a located document has no CDC sort key; the index may be damaged");
        }
        out.add(new FieldDoc(leaf.docBase + docs[i], Float.NaN,
            new Object[] {meters[i], values.longValue()}));
      }
      out.sort((a, b) -> {
        int byDistance = Double.compare((Double) a.fields[0], (Double) b.fields[0]);
        return byDistance != 0 ? byDistance : Long.compare((Long) a.fields[1], (Long) b.fields[1]);
      });
      return out.subList(0, Math.min(n, out.size())).toArray(new FieldDoc[0]);
    }

    private static long cdcKey(LeafReader reader, int docID) throws IOException {
      NumericDocValues values = reader.getNumericDocValues(Fields.CDC_KEY);
      if (values == null || !values.advanceExact(docID)) {
        throw new IllegalStateException("a located document has no CDC sort key; the index may be damaged");
      }
      return values.longValue();
    }
  }
}
