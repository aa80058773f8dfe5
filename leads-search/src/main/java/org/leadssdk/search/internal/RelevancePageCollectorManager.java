package org.leadssdk.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.NumericUtils;
import org.jspecify.annotations.Nullable;

/**
 * Collects a page of every match by score (highest first), then CDC key ({@link Fields#CDC_KEY}), then
 * document id, after an optional cursor, counting every match: the same page, order, sort values and total
 * as Lucene's {@code TopFieldCollector} with that two-field sort and no total-hits threshold, for less work.
 *
 * <p>Scores tie a great deal (a name query scores every exact match alike), and {@code TopFieldCollector}
 * reads the CDC key of each match that ties the page's lowest score the moment it sees it: one scattered
 * read of the doc values per tie, in between the steps of the query's iterators. This collector keeps each
 * segment's candidates (matches that score at least the page's lowest score so far) as document and score,
 * and reads their keys in batches, in document order, in a tight loop where the reads overlap; a candidate
 * that fell below the lowest score while it waited is dropped unread.
 *
 * <p>Each collector is used by one thread and keeps the best {@code size} matches of all the segments it
 * saw; the manager merges the collectors, once.
 */
public final class RelevancePageCollectorManager
    implements CollectorManager<RelevancePageCollectorManager.PageCollector, TopFieldDocs> {
  private static final Sort SORT = new Sort(SortField.FIELD_SCORE, new SortField(Fields.CDC_KEY, SortField.Type.LONG));
  /** Candidates of a segment held before their keys are read. */
  static final int BATCH = 1024;

  private final int size;
  private final boolean hasAfter;
  private final float afterScore;
  private final long afterCdcKey;
  private final int afterDoc;

  /**
   * @param size the page size, at least 1
   * @param after the cursor (fields: the score as a {@link Float}, the CDC key as a {@link Long}; and its
   *     document id, which decides between equal scores and keys), or {@code null} for the first page
   * @throws IllegalArgumentException if {@code size < 1} or the cursor's fields are not a score and a key
   */
  public RelevancePageCollectorManager(int size, @Nullable FieldDoc after) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be at least 1, got " + size);
    }
    if (after != null && (after.fields == null || after.fields.length != 2 || !(after.fields[0] instanceof Float)
        || !(after.fields[1] instanceof Long))) {
      throw new IllegalArgumentException("after: a relevance cursor holds a score (Float) and a CDC key (Long)");
    }
    this.size = size;
    this.hasAfter = after != null;
    this.afterScore = after == null ? 0f : (Float) after.fields[0];
    this.afterCdcKey = after == null ? 0L : (Long) after.fields[1];
    this.afterDoc = after == null ? 0 : after.doc;
  }

  /** The sort this manager's pages follow (for the sort fields of the returned documents). */
  public static Sort sort() {
    return SORT;
  }

  @Override
  public PageCollector newCollector() {
    return new PageCollector(this);
  }

  @Override
  public TopFieldDocs reduce(Collection<PageCollector> collectors) throws IOException {
    long total = 0;
    List<FieldDoc> all = new ArrayList<>();
    for (PageCollector c : collectors) {
      c.segmentBatch.flush();
      total += c.total;
      for (int i = 0; i < c.best.size(); i++) {
        all.add(new FieldDoc(c.best.doc(i), Float.NaN, new Object[] {score(c.best.rank(i)), c.best.key(i)}));
      }
    }
    all.sort(RelevancePageCollectorManager::compare);
    List<FieldDoc> page = all.subList(0, Math.min(size, all.size()));
    return new TopFieldDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO), page.toArray(new FieldDoc[0]),
        SORT.getSort());
  }

  /**
   * A score as a rank: higher scores first, in {@link Float#compare} order ({@code -0.0} below {@code 0.0}),
   * equal scores equal.
   */
  static int rank(float score) {
    return ~NumericUtils.floatToSortableInt(score);
  }

  /** The score of a {@link #rank}: its exact inverse, except that any NaN comes back as the standard NaN. */
  static float score(int rank) {
    return NumericUtils.sortableIntToFloat(~rank);
  }

  private static int compare(FieldDoc a, FieldDoc b) {
    int byScore = Float.compare((Float) b.fields[0], (Float) a.fields[0]);
    if (byScore != 0) {
      return byScore;
    }
    int byKey = Long.compare((Long) a.fields[1], (Long) b.fields[1]);
    return byKey != 0 ? byKey : Integer.compare(a.doc, b.doc);
  }

  /**
   * One thread's collector: a bounded heap of its best matches (worst on top) over every segment it saw, and
   * how many matched.
   */
  public static final class PageCollector implements Collector {
    private final RelevancePageCollectorManager owner;
    private final BoundedHeap best;
    private long total;
    private final WaitingBatch segmentBatch = new WaitingBatch();
    // The candidates of the segment being collected whose keys are not read yet (segments come one by one).
    private final int[] waitingDocs = new int[BATCH];
    private final float[] waitingScores = new float[BATCH];
    private final long[] waitingKeys = new long[BATCH];
    private int waiting;

    PageCollector(RelevancePageCollectorManager owner) {
      this.owner = owner;
      this.best = new BoundedHeap(owner.size);
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      segmentBatch.flush();
      Segment segment = new Segment(context.docBase, DocValues.getNumeric(context.reader(), Fields.CDC_KEY));
      return segmentBatch.waitOn(segment);
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE;
    }

    /** Whether a match of this score cannot enter: the page is full of higher scores. */
    private boolean below(float score) {
      return best.rejects(rank(score));
    }

    /** One segment: its matches as they come, and the candidates whose keys are not read yet. */
    private final class Segment implements WaitingBatch.Batched {
      private final int docBase;
      private final NumericDocValues cdcKeys;
      /** The cursor's document id in this segment's numbering (as Lucene's paging collector counts it). */
      private final int afterDoc;
      private @Nullable Scorable scorer;

      Segment(int docBase, NumericDocValues cdcKeys) {
        this.docBase = docBase;
        this.cdcKeys = cdcKeys;
        this.afterDoc = owner.afterDoc - docBase;
      }

      @Override
      public void setScorer(Scorable scorer) {
        this.scorer = scorer;
      }

      @Override
      public void collect(int doc) throws IOException {
        total++;
        float score = Objects.requireNonNull(scorer, "no scorer set").score();
        if (below(score) || (owner.hasAfter && Float.compare(score, owner.afterScore) > 0)) {
          return;
        }
        waitingDocs[waiting] = doc;
        waitingScores[waiting] = score;
        if (++waiting == BATCH) {
          flush();
        }
      }

      /**
       * Reads the keys of the waiting candidates still good enough, in document order, then offers them. The
       * reads come first, in a loop of their own: no branch waits on a key, so the reads overlap.
       */
      @Override
      public void flush() throws IOException {
        int kept = 0;
        for (int i = 0; i < waiting; i++) {
          if (!below(waitingScores[i])) {
            waitingDocs[kept] = waitingDocs[i];
            waitingScores[kept++] = waitingScores[i];
          }
        }
        for (int i = 0; i < kept; i++) {
          int doc = waitingDocs[i];
          waitingKeys[i] = cdcKeys.advanceExact(doc) ? cdcKeys.longValue() : 0L;
        }
        for (int i = 0; i < kept; i++) {
          float score = waitingScores[i];
          int doc = waitingDocs[i];
          long key = waitingKeys[i];
          if (owner.hasAfter && Float.compare(score, owner.afterScore) == 0
              && (key < owner.afterCdcKey || (key == owner.afterCdcKey && doc <= afterDoc))) {
            continue;
          }
          best.offer(rank(score), key, docBase + doc);
        }
        waiting = 0;
      }
    }
  }
}
