package org.leadssdk.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.jspecify.annotations.Nullable;

/**
 * Counts the values of a few keyword fields over the documents a search collects, as a filter panel
 * shows them: one pass, counting each segment's ordinals of the field's doc values in an array and
 * turning them into values at the end of the segment (a dimension holds tens of values, so that is a
 * handful of lookups). Documents are counted in batches, field by field; a segment's last batch is counted
 * when its leaf collector is finished, which Lucene does for every segment it collects. A document counts
 * once under each of its values. Each collector is used by one thread; the manager merges them.
 */
public final class FacetCounter implements CollectorManager<FacetCounter.Counting, Map<String, Map<String, Long>>> {
  /** How many documents are held before their values are read together. */
  private static final int BATCH = 256;

  private final List<String> fields;

  /** @param fields the doc-values fields to count (sorted-set doc values, one or more values a document) */
  public FacetCounter(Collection<String> fields) {
    this.fields = List.copyOf(fields);
  }

  @Override
  public Counting newCollector() {
    return new Counting(fields);
  }

  @Override
  public Map<String, Map<String, Long>> reduce(Collection<Counting> collectors) {
    Map<String, Map<String, Long>> out = new HashMap<>();
    for (String field : fields) {
      out.put(field, new HashMap<>());
    }
    for (Counting c : collectors) {
      for (int f = 0; f < fields.size(); f++) {
        Map<String, Long> into = out.get(fields.get(f));
        c.totals.get(f).forEach((value, count) -> into.merge(value, count, Long::sum));
      }
    }
    return out;
  }

  /** One thread's counts. */
  public static final class Counting implements Collector {
    private final List<String> fields;
    private final List<Map<String, Long>> totals = new ArrayList<>();

    Counting(List<String> fields) {
      this.fields = fields;
      for (int i = 0; i < fields.size(); i++) {
        totals.add(new HashMap<>());
      }
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      int n = fields.size();
      SortedSetDocValues[] multi = new SortedSetDocValues[n];
      SortedDocValues[] single = new SortedDocValues[n];
      int[][] counts = new int[n][];
      for (int f = 0; f < n; f++) {
        SortedSetDocValues values = context.reader().getSortedSetDocValues(fields.get(f));
        if (values == null) {
          continue;
        }
        SortedDocValues singleton = DocValues.unwrapSingleton(values);
        if (singleton != null) {
          single[f] = singleton;
        } else {
          multi[f] = values;
        }
        counts[f] = new int[Math.toIntExact(values.getValueCount())];
      }
      int[] docs = new int[BATCH];
      int[] ords = new int[BATCH];
      return new LeafCollector() {
        private int waiting;

        @Override
        public void setScorer(Scorable scorer) {
          // Counts need no scores.
        }

        @Override
        public void collect(int doc) throws IOException {
          docs[waiting] = doc;
          if (++waiting == BATCH) {
            flush();
          }
        }

        /**
         * Counts the waiting documents field by field. A single-valued field's ordinals are read in a loop
         * of their own, with no branch waiting on one, so that the reads overlap.
         */
        private void flush() throws IOException {
          int count = waiting;
          waiting = 0;
          for (int f = 0; f < n; f++) {
            int[] c = counts[f];
            SortedDocValues s = single[f];
            if (s != null) {
              for (int i = 0; i < count; i++) {
                ords[i] = s.advanceExact(docs[i]) ? s.ordValue() : -1;
              }
              for (int i = 0; i < count; i++) {
                if (ords[i] >= 0) {
                  c[ords[i]]++;
                }
              }
              continue;
            }
            SortedSetDocValues m = multi[f];
            if (m != null) {
              for (int i = 0; i < count; i++) {
                if (m.advanceExact(docs[i])) {
                  for (int k = m.docValueCount(); k > 0; k--) {
                    c[(int) m.nextOrd()]++;
                  }
                }
              }
            }
          }
        }

        @Override
        public void finish() throws IOException {
          flush();
          for (int f = 0; f < n; f++) {
            int[] c = counts[f];
            if (c == null) {
              continue;
            }
            Map<String, Long> into = totals.get(f);
            for (int ord = 0; ord < c.length; ord++) {
              if (c[ord] > 0) {
                into.merge(lookup(single[f], multi[f], ord), (long) c[ord], Long::sum);
              }
            }
          }
        }
      };
    }

    private static String lookup(@Nullable SortedDocValues single, @Nullable SortedSetDocValues multi, int ord)
        throws IOException {
      return single != null
          ? single.lookupOrd(ord).utf8ToString()
          : java.util.Objects.requireNonNull(multi).lookupOrd(ord).utf8ToString();
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
