package org.leadssdk.search.internal;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;

/**
 * The located documents of one segment, in rows of latitude each sorted by longitude: what a nearest
 * search reads instead of the segment's BKD tree. A row is 2<sup>16</sup> encoded latitude units high
 * (about 0.0027°, 305 m), taller in a grid of few points spread far apart, so that there are never many
 * more rows than points. A search reads the rows its current bound crosses, nearest row first, and in
 * each row starts at the point's longitude (found by binary search) and reads outward while the bound
 * allows; where the bound's box spans all longitudes (near a pole or across ±180°) it reads whole rows. A
 * BKD leaf, by contrast, is read whole (512 points) in every segment the search enters.
 *
 * <p>Built from the location's doc values (the encoded coordinates {@code LatLonDocValuesField} and
 * {@code LatLonPoint} share) once per segment and kept for the segment's life by {@link Cache}: 12 bytes a
 * located document and 4 a row, 12 MB for a million documents in one segment (about 32 MB while it is
 * built). Deleted documents are kept (deletions change while a segment lives); the search checks the live
 * documents of its own reader. Immutable.
 */
public final class LocationGrid {
  /** Row height as a shift of the encoded latitude, unless the grid has few points spread far apart. */
  static final int ROW_SHIFT = 16;
  static final LocationGrid EMPTY = new LocationGrid(ROW_SHIFT, 0, new int[] {0}, new int[0], new int[0], new int[0]);

  /** This grid's row height as a shift of the encoded latitude ({@link #ROW_SHIFT} or more). */
  final int shift;
  /** The row of {@code rowStart[0]}. */
  final int firstRow;
  /** Where each row starts in the arrays below; one more entry than rows. */
  final int[] rowStart;
  /** Encoded latitudes, longitudes and doc ids, by row, then longitude, then doc id. */
  final int[] lats;
  final int[] lons;
  final int[] docs;

  private LocationGrid(int shift, int firstRow, int[] rowStart, int[] lats, int[] lons, int[] docs) {
    this.shift = shift;
    this.firstRow = firstRow;
    this.rowStart = rowStart;
    this.lats = lats;
    this.lons = lons;
    this.docs = docs;
  }

  /** The row of an encoded latitude. */
  int row(int latEnc) {
    return latEnc >> shift;
  }

  /** The smallest encoded latitude of a row (a row of this grid: no overflow). */
  int rowMin(int row) {
    return row << shift;
  }

  /** The largest encoded latitude of a row (a row of this grid: no overflow). */
  int rowMax(int row) {
    return (row << shift) | (int) ((1L << shift) - 1);
  }

  /** Where row {@code row} (one of this grid's) starts in the arrays. */
  int rowFrom(int row) {
    return rowStart[row - firstRow];
  }

  /** Where row {@code row} (one of this grid's) ends in the arrays (exclusive). */
  int rowTo(int row) {
    return rowStart[row - firstRow + 1];
  }

  /** The last row (inclusive); below {@link #firstRow} when there is no point. */
  int lastRow() {
    return firstRow + rowStart.length - 2;
  }

  /** How many points the grid holds. */
  int size() {
    return docs.length;
  }

  /**
   * The grid of every located document of {@code reader} in {@code field}, or only of those in
   * {@code only} if it is given.
   */
  static LocationGrid load(LeafReader reader, String field, @Nullable FixedBitSet only) throws IOException {
    SortedNumericDocValues values = reader.getSortedNumericDocValues(field);
    if (values == null) {
      return EMPTY;
    }
    int capacity = (int) Math.max(1, Math.min(reader.maxDoc(), only == null ? values.cost() : only.cardinality()));
    Points points = new Points(capacity);
    if (only == null) {
      for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) {
        points.add(d, values);
      }
    } else {
      // Few documents: each looked up rather than all read.
      for (int d = only.nextSetBit(0); d != DocIdSetIterator.NO_MORE_DOCS;
          d = d + 1 < only.length() ? only.nextSetBit(d + 1) : DocIdSetIterator.NO_MORE_DOCS) {
        if (values.advanceExact(d)) {
          points.add(d, values);
        }
      }
    }
    return of(points.n, points.docs, points.lats, points.lons);
  }

  /** Growing arrays of points read from doc values. */
  private static final class Points {
    int[] docs;
    int[] lats;
    int[] lons;
    int n;

    Points(int capacity) {
      docs = new int[capacity];
      lats = new int[capacity];
      lons = new int[capacity];
    }

    void add(int doc, SortedNumericDocValues values) throws IOException {
      for (int k = values.docValueCount(); k > 0; k--) {
        long encoded = values.nextValue();
        if (n == docs.length) {
          docs = ArrayUtil.grow(docs, n + 1);
          lats = ArrayUtil.growExact(lats, docs.length);
          lons = ArrayUtil.growExact(lons, docs.length);
        }
        docs[n] = doc;
        lats[n] = (int) (encoded >>> 32);
        lons[n] = (int) encoded;
        n++;
      }
    }
  }

  /** The grid of the first {@code n} points of the arrays (which are not changed). */
  static LocationGrid of(int n, int[] docs, int[] lats, int[] lons) {
    if (n == 0) {
      return EMPTY;
    }
    int minLat = Integer.MAX_VALUE;
    int maxLat = Integer.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      minLat = Math.min(minLat, lats[i]);
      maxLat = Math.max(maxLat, lats[i]);
    }
    // Taller rows when the points are few for their spread: never many more rows than points.
    int shift = ROW_SHIFT;
    while (shift < 31 && (maxLat >> shift) - (minLat >> shift) + 1 > 2L * n + 16) {
      shift++;
    }
    int minRow = minLat >> shift;
    int rows = (maxLat >> shift) - minRow + 1;
    int[] rowStart = new int[rows + 1];
    for (int i = 0; i < n; i++) {
      rowStart[(lats[i] >> shift) - minRow + 1]++;
    }
    for (int r = 0; r < rows; r++) {
      rowStart[r + 1] += rowStart[r];
    }
    // Counting sort by row, then each row sorted by longitude, then input position (doc order).
    int[] next = Arrays.copyOf(rowStart, rows);
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[next[(lats[i] >> shift) - minRow]++] = ((long) lons[i] << 32) | i;
    }
    for (int r = 0; r < rows; r++) {
      if (rowStart[r + 1] - rowStart[r] > 1) {
        Arrays.sort(keys, rowStart[r], rowStart[r + 1]);
      }
    }
    int[] sortedLats = new int[n];
    int[] sortedLons = new int[n];
    int[] sortedDocs = new int[n];
    for (int j = 0; j < n; j++) {
      int i = (int) keys[j];
      sortedLats[j] = lats[i];
      sortedLons[j] = lons[i];
      sortedDocs[j] = docs[i];
    }
    return new LocationGrid(shift, minRow, rowStart, sortedLats, sortedLons, sortedDocs);
  }

  /**
   * The first position in {@code [from, to)} whose longitude is at least {@code lonEnc}, or {@code to}.
   */
  int firstAtLeast(int from, int to, int lonEnc) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (lons[mid] < lonEnc) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The grids of the segments of an index, one per segment core, built when a search first needs one and
   * dropped when the segment closes. Thread-safe: two searches may build the same grid at once; one is
   * kept.
   */
  public static final class Cache {
    private final SegmentCache<LocationGrid> grids;

    /** A cache of grids of the {@code LatLonDocValuesField} {@code field}. */
    public Cache(String field) {
      this.grids = new SegmentCache<>(reader -> load(reader, field, null));
    }

    /** The grid of the segment {@code reader}. */
    LocationGrid of(LeafReader reader) throws IOException {
      return grids.of(reader);
    }
  }
}
