package org.leadssdk.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
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
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Collects a page of matches sorted by name: the sort name's bytes ({@link Fields#SORT_NAME}), then the CDC
 * key ({@link Fields#CDC_KEY}), then the document id, after an optional cursor. The same page, order and sort
 * values as Lucene's {@code TopFieldCollector} with that two-field sort, for less work. A cursor is its
 * name and key alone: documents equal to it in both are before it (CDC keys are unique among live records),
 * as with a cursor whose document id is {@link Integer#MAX_VALUE}.
 *
 * <p>Each segment keeps its best {@code size} matches by the segment's own ordinal of the sort name and the
 * CDC key, compared as numbers; no term is looked up while collecting. The names of the matches are read in
 * batches, and a match's CDC key only when its name ties with a kept one's (every live record has a name,
 * and names rarely tie; documents that share one read their keys): most matches cost one read of the name
 * column. At the end, the segments' lists are merged by the names' bytes, and only the names the merge
 * needs are looked up, in ascending order within each segment: about {@code size} plus one per segment. {@code TopFieldCollector} instead copies the name
 * of every competitive match out of the compressed terms dictionary and looks its bottom name up again in
 * each new segment. The keys of the page's entries are read last, in document order within each segment.
 *
 * <p>Every match is counted, so the total is always exact ({@code TopFieldCollector} reports a lower bound
 * once it passes its total-hits threshold). A document without a sort name sorts first, as in Lucene's
 * string sort. Each collector is used by one thread; the manager merges them, once: {@link #reduce} consumes
 * the collectors' lists.
 */
public final class NamePageCollectorManager
    implements CollectorManager<NamePageCollectorManager.PageCollector, TopFieldDocs> {
  private static final Sort SORT = new Sort(
      new SortField(Fields.SORT_NAME, SortField.Type.STRING), new SortField(Fields.CDC_KEY, SortField.Type.LONG));

  /** How many matches are held before their names are read together. */
  private static final int BATCH = 256;

  private final int size;
  private final @Nullable BytesRef afterName;
  private final long afterCdcKey;
  private final boolean hasAfter;

  /**
   * @param size the page size, at least 1
   * @param after the cursor's values (sort name as a {@link BytesRef}, CDC key as a {@link Long}; its
   *     document id is not used), or {@code null} for the first page
   */
  public NamePageCollectorManager(int size, @Nullable FieldDoc after) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be at least 1, got " + size);
    }
    this.size = size;
    this.hasAfter = after != null;
    this.afterName = after == null ? null : (BytesRef) after.fields[0];
    this.afterCdcKey = after == null ? 0 : (Long) after.fields[1];
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
    PriorityQueue<LeafBest> merge = new PriorityQueue<>(NamePageCollectorManager::compareUnchecked);
    List<LeafBest> all = new ArrayList<>();
    try {
      for (PageCollector c : collectors) {
        c.segmentBatch.flush();
        total += c.total;
        for (LeafBest leaf : c.leaves) {
          all.add(leaf);
          if (leaf.advance()) {
            merge.add(leaf);
          }
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    // The page as (segment, entry, name); the keys of its entries are read afterwards, segment by segment in
    // document order.
    List<LeafBest> pageLeaves = new ArrayList<>(size);
    int[] pageEntries = new int[size];
    List<@Nullable BytesRef> pageNames = new ArrayList<>(size);
    try {
      while (pageLeaves.size() < size && !merge.isEmpty()) {
        LeafBest leaf = merge.poll();
        pageEntries[pageLeaves.size()] = leaf.next;
        pageLeaves.add(leaf);
        pageNames.add(leaf.currentName);
        if (leaf.advance()) {
          merge.add(leaf);
        }
      }
    } catch (UncheckedIOException e) {
      // A key read by the merge's comparator (a tie of names) failed.
      throw e.getCause();
    }
    for (LeafBest leaf : all) {
      leaf.readPageKeys();
    }
    FieldDoc[] page = new FieldDoc[pageLeaves.size()];
    for (int i = 0; i < page.length; i++) {
      LeafBest leaf = pageLeaves.get(i);
      int entry = pageEntries[i];
      page[i] = new FieldDoc(leaf.docBase + leaf.best.doc(entry), Float.NaN,
          new Object[] {pageNames.get(i), leaf.best.key(entry)});
    }
    return new TopFieldDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO), page, SORT.getSort());
  }

  private static int compareUnchecked(LeafBest a, LeafBest b) {
    try {
      return compare(a, b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int compare(LeafBest a, LeafBest b) throws IOException {
    BytesRef x = a.currentName;
    BytesRef y = b.currentName;
    int byName = x == null ? (y == null ? 0 : -1) : (y == null ? 1 : x.compareTo(y));
    if (byName != 0) {
      return byName;
    }
    int byKey = Long.compare(a.currentCdcKey(), b.currentCdcKey());
    return byKey != 0 ? byKey : Integer.compare(a.docBase + a.currentDoc(), b.docBase + b.currentDoc());
  }

  /** One thread's collector: the best matches of each segment it saw, and how many matched. */
  public static final class PageCollector implements Collector {
    private final NamePageCollectorManager owner;
    private final List<LeafBest> leaves = new ArrayList<>();
    private long total;
    private final WaitingBatch segmentBatch = new WaitingBatch();
    // The matches of the segment being collected whose names are not read yet (segments come one by one).
    private final int[] waitingDocs = new int[BATCH];
    private final int[] waitingOrds = new int[BATCH];
    private int waiting;

    PageCollector(NamePageCollectorManager owner) {
      this.owner = owner;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      segmentBatch.flush();
      SortedDocValues names = DocValues.getSorted(context.reader(), Fields.SORT_NAME);
      LeafBest best = new LeafBest(Math.max(1, Math.min(owner.size, context.reader().maxDoc())), context.docBase,
          names, new CdcKeys(context.reader()));
      leaves.add(best);
      // The cursor as this segment's ordinals: a name ordinal before which nothing qualifies, and whether
      // the cursor's own name occurs here (then its records qualify only after the cursor's CDC key).
      int firstOrd = Integer.MIN_VALUE;
      int afterOrd = Integer.MIN_VALUE;
      if (owner.hasAfter) {
        BytesRef afterName = owner.afterName;
        if (afterName == null) {
          afterOrd = -1;
          firstOrd = -1;
        } else {
          int found = names.lookupTerm(afterName);
          if (found >= 0) {
            afterOrd = found;
            firstOrd = found;
          } else {
            firstOrd = -found - 1;
          }
        }
      }
      Segment segment = new Segment(names, best, firstOrd, afterOrd);
      return segmentBatch.waitOn(segment);
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    /**
     * One segment: its matches as they come, offered in batches. The names of a batch are read in a loop of
     * their own, with no branch waiting on one, so that the reads (each in another part of the column)
     * overlap; the CDC key is read only for a tie of names.
     */
    private final class Segment implements WaitingBatch.Batched {
      private final SortedDocValues names;
      private final LeafBest best;
      private final int minOrd;
      private final int cursorOrd;

      Segment(SortedDocValues names, LeafBest best, int minOrd, int cursorOrd) {
        this.names = names;
        this.best = best;
        this.minOrd = minOrd;
        this.cursorOrd = cursorOrd;
      }

      @Override
      public void setScorer(Scorable scorer) {
        // The order needs no scores.
      }

      @Override
      public void collect(int doc) throws IOException {
        total++;
        waitingDocs[waiting] = doc;
        if (++waiting == BATCH) {
          flush();
        }
      }

      @Override
      public void flush() throws IOException {
        int n = waiting;
        waiting = 0;
        for (int i = 0; i < n; i++) {
          int doc = waitingDocs[i];
          waitingOrds[i] = names.advanceExact(doc) ? names.ordValue() : -1;
        }
        for (int i = 0; i < n; i++) {
          int ord = waitingOrds[i];
          if (ord < minOrd || best.rejects(ord)) {
            continue;
          }
          int doc = waitingDocs[i];
          long key = BoundedHeap.UNREAD;
          if (ord == cursorOrd) {
            key = best.keys.key(doc);
            if (key <= owner.afterCdcKey) {
              continue;
            }
          }
          best.offer(ord, key, doc);
        }
      }
    }
  }

  /**
   * The CDC keys of one segment, read forward with one doc-values cursor; a read behind the cursor takes a
   * new one (only ties of names and the page's own keys are read, so that is rare).
   */
  private static final class CdcKeys implements BoundedHeap.KeySource {
    private final LeafReader reader;
    private @Nullable NumericDocValues values;

    CdcKeys(LeafReader reader) {
      this.reader = reader;
    }

    @Override
    public long key(int doc) throws IOException {
      NumericDocValues v = values;
      if (v == null || v.docID() > doc) {
        v = DocValues.getNumeric(reader, Fields.CDC_KEY);
        values = v;
      }
      return v.advanceExact(doc) ? v.longValue() : 0L;
    }
  }

  /**
   * The best matches of one segment by (name ordinal, CDC key, document): a bounded heap while collecting,
   * then read in ascending order by the merge, which looks each name up once.
   */
  private static final class LeafBest {
    private final int docBase;
    private final SortedDocValues names;
    private final CdcKeys keys;
    private final BoundedHeap best;
    // The merge's position in the sorted entries, and the name of the current one.
    private int next = -1;
    private @Nullable BytesRef currentName;

    LeafBest(int capacity, int docBase, SortedDocValues names, CdcKeys keys) {
      this.docBase = docBase;
      this.names = names;
      this.keys = keys;
      this.best = new BoundedHeap(capacity, keys);
    }

    /** Whether a match of this ordinal cannot enter (the heap is full of names that sort before it). */
    boolean rejects(int ord) {
      return best.rejects(ord);
    }

    /**
     * Documents arrive in increasing order: one equal in name and key to the worst kept never enters. The
     * key may be {@link BoundedHeap#UNREAD}: it is read only if the heap must order equal names.
     */
    void offer(int ord, long key, int doc) throws IOException {
      best.offer(ord, key, doc);
    }

    /** Moves to the next entry in ascending order; false when there is none. */
    boolean advance() throws IOException {
      if (next == -1) {
        best.sortAscending();
      }
      next++;
      if (next >= best.size()) {
        return false;
      }
      int ord = best.rank(next);
      currentName = ord < 0 ? null : BytesRef.deepCopyOf(names.lookupOrd(ord));
      return true;
    }

    int currentDoc() {
      return best.doc(next);
    }

    long currentCdcKey() throws IOException {
      return best.key(next);
    }

    /**
     * Reads, in document order, the keys of the entries the merge has put on the page: those before the
     * current one (a polled entry is always followed by an advance).
     */
    void readPageKeys() throws IOException {
      best.readKeys(0, Math.max(0, Math.min(next, best.size())));
    }
  }
}
