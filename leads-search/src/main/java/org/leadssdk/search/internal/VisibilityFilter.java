package org.leadssdk.search.internal;

import java.io.IOException;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;

/**
 * Which documents a search must not show at an instant: tombstones always, and records outside their
 * retention window. Computed per segment and cached with the span of time in which it holds (retention
 * bounds fall on few instants), so a search pays a map lookup, not a scan. Thread-safe.
 */
public final class VisibilityFilter {
  private final SegmentCache<Segment> segments = new SegmentCache<>(Segment::load);

  /** A query matching what must not be shown at {@code epochMillis}: tombstones and hidden records. */
  public Query excludedAt(long epochMillis) {
    return new FilterQuery(this, epochMillis);
  }

  /**
   * What one segment must not show at {@code epochMillis}, for a collector that filters as it collects
   * (and so counts what retention hides in the same pass).
   *
   * @param excluded tombstones and hidden records, or null if the segment has none
   * @param hidden the records retention hides (not tombstones), or null if none
   */
  public record LeafView(@Nullable FixedBitSet excluded, @Nullable FixedBitSet hidden) {}

  /** The tombstones and hidden records of the segment {@code reader} at {@code epochMillis}. */
  public LeafView viewAt(LeafReader reader, long epochMillis) throws IOException {
    Snapshot s = segment(reader).at(epochMillis);
    return new LeafView(s.excluded(), s.hidden());
  }

  /**
   * The locations of the records retention hides in the segment {@code reader} at {@code epochMillis}, for
   * a search that counts hidden matches by place without running a query (a nearest search). Computed
   * once per segment and span of time, like the rest.
   */
  public LocationGrid hiddenLocationsAt(LeafReader reader, long epochMillis) throws IOException {
    Segment segment = segment(reader);
    Snapshot s = segment.at(epochMillis);
    Located located = segment.located;
    if (located != null && located.of() == s) {
      return located.locations();
    }
    FixedBitSet hidden = s.hidden();
    LocationGrid locations = hidden == null ? LocationGrid.EMPTY : LocationGrid.load(reader, Fields.LOCATION, hidden);
    segment.located = new Located(s, locations);
    return locations;
  }

  private record Located(Snapshot of, LocationGrid locations) {}

  private Segment segment(LeafReader reader) throws IOException {
    return segments.of(reader);
  }

  /** The cached facts of one segment. */
  private static final class Segment {
    private final int maxDoc;
    private final @Nullable FixedBitSet tombstones;
    private final int[] boundedDocs;
    private final long[] from;
    private final long[] until;
    private volatile @Nullable Snapshot snapshot;
    private volatile @Nullable Snapshot previous;
    private volatile @Nullable Located located;

    private Segment(int maxDoc, @Nullable FixedBitSet tombstones, int[] docs, long[] from, long[] until) {
      this.maxDoc = maxDoc;
      this.tombstones = tombstones;
      this.boundedDocs = docs;
      this.from = from;
      this.until = until;
    }

    static Segment load(LeafReader reader) throws IOException {
      int maxDoc = reader.maxDoc();
      FixedBitSet tomb = null;
      NumericDocValues t = reader.getNumericDocValues(Fields.TOMBSTONE);
      if (t != null) {
        tomb = new FixedBitSet(maxDoc);
        for (int d = t.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = t.nextDoc()) {
          tomb.set(d);
        }
      }
      NumericDocValues f = reader.getNumericDocValues(Fields.VISIBLE_FROM);
      NumericDocValues u = reader.getNumericDocValues(Fields.VISIBLE_UNTIL);
      int n = 0;
      int[] docs = new int[16];
      long[] from = new long[16];
      long[] until = new long[16];
      if (f != null && u != null) {
        for (int d = f.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = f.nextDoc()) {
          if (!u.advanceExact(d)) {
            continue;
          }
          if (n == docs.length) {
            docs = java.util.Arrays.copyOf(docs, n * 2);
            from = java.util.Arrays.copyOf(from, n * 2);
            until = java.util.Arrays.copyOf(until, n * 2);
          }
          docs[n] = d;
          from[n] = f.longValue();
          until[n] = u.longValue();
          n++;
        }
      }
      return new Segment(maxDoc, tomb, java.util.Arrays.copyOf(docs, n), java.util.Arrays.copyOf(from, n),
          java.util.Arrays.copyOf(until, n));
    }

    Snapshot at(long now) {
      Snapshot s = snapshot;
      if (s != null && s.holdsAt(now)) {
        return s;
      }
      Snapshot before = previous;
      if (before != null && before.holdsAt(now)) {
        return before;
      }
      Snapshot computed = compute(now);
      // Two are kept: a "since" download asks about two instants page after page (races only recompute).
      previous = s;
      snapshot = computed;
      return computed;
    }

    private Snapshot compute(long now) {
      long validFrom = Long.MIN_VALUE;
      long validUntil = Long.MAX_VALUE;
      FixedBitSet hidden = null;
      for (int i = 0; i < boundedDocs.length; i++) {
        boolean visible = now >= from[i] && now < until[i];
        if (!visible) {
          if (hidden == null) {
            hidden = new FixedBitSet(maxDoc);
          }
          hidden.set(boundedDocs[i]);
        }
        // The snapshot holds until the nearest bound after now, and since the latest bound at or before now.
        for (long bound : new long[] {from[i], until[i]}) {
          if (bound > now) {
            validUntil = Math.min(validUntil, bound);
          } else {
            validFrom = Math.max(validFrom, bound);
          }
        }
      }
      FixedBitSet excluded;
      if (hidden == null) {
        excluded = tombstones;
      } else if (tombstones == null) {
        excluded = hidden;
      } else {
        excluded = hidden.clone();
        excluded.or(tombstones);
      }
      return new Snapshot(validFrom, validUntil, hidden, excluded);
    }
  }

  private record Snapshot(long validFrom, long validUntil, @Nullable FixedBitSet hidden, @Nullable FixedBitSet excluded) {
    boolean holdsAt(long now) {
      return now >= validFrom && now < validUntil;
    }
  }

  private static final class FilterQuery extends Query {
    private final VisibilityFilter owner;
    private final long now;

    FilterQuery(VisibilityFilter owner, long now) {
      this.owner = owner;
      this.now = now;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
      return new ConstantScoreWeight(this, boost) {
        @Override
        public @Nullable ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
          Snapshot s = owner.segment(context.reader()).at(now);
          FixedBitSet bits = s.excluded();
          if (bits == null) {
            return null;
          }
          DocIdSetIterator it = new BitSetIterator(bits, bits.approximateCardinality());
          return new Weight.DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, it));
        }

        @Override
        public boolean isCacheable(LeafReaderContext ctx) {
          return false;
        }
      };
    }

    @Override
    public String toString(String field) {
      return "excludedAt(" + now + ")";
    }

    @Override
    public void visit(QueryVisitor visitor) {
      visitor.visitLeaf(this);
    }

    @Override
    public boolean equals(Object other) {
      return sameClassAs(other)
          && owner == ((FilterQuery) other).owner
          && now == ((FilterQuery) other).now;
    }

    @Override
    public int hashCode() {
      return classHash() ^ Long.hashCode(now);
    }
  }
}
