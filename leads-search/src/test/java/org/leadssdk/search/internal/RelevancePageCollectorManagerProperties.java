package org.leadssdk.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadssdk.testkit.SyntheticParolees;

/**
 * The relevance-page collector against Lucene's {@code TopFieldCollector} with the same two-field sort
 * (score, highest first, then CDC key, then document id) and no total-hits threshold, on a raw index of many
 * segments: queries whose scores nearly all tie (constant scores, a few boosted tiers, match-all) and scored
 * words (BM25), documents without a CDC key, repeated keys, deleted documents, segments of more matches than
 * one batch of candidates, page sizes from 1 to more than a segment holds, and cursors both taken from the
 * pages and made up (a score between the scores documents have), on one slice and on several (an executor).
 * Pages, sort values and totals must be equal.
 */
class RelevancePageCollectorManagerProperties {
  private static final String[] WORDS = {"dragon", "tattoo", "rose", "skull", "left", "arm", "chest", "star"};

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.testkit.Seeds#some")
  void pagesEqualLuceneSort(long seed) throws IOException {
    SyntheticParolees gen = new SyntheticParolees(seed);
    int count = 300 + gen.nextInt(gen.nextInt(3) == 0 ? 6_000 : 1_500);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
        // Some segments hold more matches than a batch of candidates (RelevancePageCollectorManager.BATCH).
        int segment = 50 + gen.nextInt(gen.nextInt(2) == 0 ? 3_000 : 400);
        // Some segments have no CDC key field at all (every key missing, read as 0).
        boolean keyless = false;
        for (int i = 0; i < count; i++) {
          if (i % segment == 0) {
            keyless = gen.nextInt(8) == 0;
          }
          Document doc = new Document();
          doc.add(new StringField("id", Integer.toString(i), Field.Store.NO));
          doc.add(new StringField("tier", Integer.toString(gen.nextInt(3)), Field.Store.NO));
          StringBuilder text = new StringBuilder();
          for (int n = 1 + gen.nextInt(6); n > 0; n--) {
            text.append(WORDS[gen.nextInt(WORDS.length)]).append(' ');
          }
          doc.add(new TextField("text", text.toString(), Field.Store.NO));
          if (!keyless && gen.nextInt(40) != 0) {
            // CDC keys in an order unrelated to the ids (a multiplicative permutation modulo a prime); one in
            // fifteen repeats an earlier document's key, so that score and key tie and the document id decides;
            // a few are 0 (tying with the missing keys) or negative.
            int keyOf = i > 0 && gen.nextInt(15) == 0 ? gen.nextInt(i) : i;
            long key = (keyOf * 7_368_787L) % 10_000_019L;
            doc.add(new NumericDocValuesField(Fields.CDC_KEY,
                keyOf % 97 == 0 ? 0L : keyOf % 89 == 0 ? -key - 1 : 1_000_000L + key));
          }
          w.addDocument(doc);
          if (i % segment == segment - 1) {
            w.flush();
          }
        }
        for (int i = 0; i < count; i += 9 + gen.nextInt(5)) {
          w.deleteDocuments(new Term("id", Integer.toString(i)));
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir);
          ExecutorService threads = Executors.newFixedThreadPool(2)) {
        // With an executor, the searcher cuts the segments into slices (five at most each), one collector a
        // slice, so that the merge of several collectors is checked too.
        IndexSearcher searcher = gen.nextInt(2) == 0 ? new IndexSearcher(reader) : new IndexSearcher(reader, threads);
        Query query = query(gen.nextInt(4), gen);
        int size = 1 + gen.nextInt(gen.nextInt(3) == 0 ? 600 : 40);
        assertEveryPageEqual(searcher, query, size, gen, "seed " + seed);
      }
    }
  }

  /**
   * One segment of 5,000 matches (several batches of candidates), keys from 25 values (score and key tie
   * over and over, so cursors must carry the document id), pages larger than a batch and of one; and a
   * search that never calls its leaves' finish (the last segment's candidates wait until the merge).
   */
  @Test
  void batchesTiesAndUnfinishedSegments() throws IOException {
    SyntheticParolees gen = new SyntheticParolees(5);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
        for (int i = 0; i < 5_000; i++) {
          w.addDocument(fixedDoc(i, WORDS[i % WORDS.length], (i * 31L) % 25));
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(reader.leaves()).hasSize(1);
        IndexSearcher searcher = new IndexSearcher(reader);
        for (int kind = 0; kind < 4; kind++) {
          Query query = query(kind, gen);
          for (int size : new int[] {1, 7, RelevancePageCollectorManager.BATCH + 300}) {
            assertEveryPageEqual(searcher, query, size, gen, "query " + query + ", size " + size);
          }
          TopFieldDocs expected = searcher.search(query, new TopFieldCollectorManager(
              RelevancePageCollectorManager.sort(), 40, null, Integer.MAX_VALUE));
          assertSamePage(searcher.search(query, new NoFinish(new RelevancePageCollectorManager(40, null))), expected,
              "without finish, query " + query);
        }
      }
    }
  }

  /** Many small segments searched on an executor: several slices, so several collectors to merge. */
  @Test
  void mergesTheCollectorsOfSeveralSlices() throws IOException {
    SyntheticParolees gen = new SyntheticParolees(11);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
        for (int i = 0; i < 3_000; i++) {
          w.addDocument(fixedDoc(i, WORDS[i % WORDS.length] + " " + WORDS[(i / 7) % WORDS.length],
              (i * 7_368_787L) % 10_000_019L));
          if (i % 100 == 99) {
            w.flush();
          }
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir);
          ExecutorService threads = Executors.newFixedThreadPool(2)) {
        IndexSearcher searcher = new IndexSearcher(reader, threads);
        assertThat(searcher.getSlices().length).isGreaterThan(1);
        for (int kind = 0; kind < 4; kind++) {
          assertEveryPageEqual(searcher, query(kind, gen), 1 + gen.nextInt(60), gen, "kind " + kind);
        }
      }
    }
  }

  /** A document of the fixed cases: tier {@code i % 3}, the words, the CDC key. */
  private static Document fixedDoc(int i, String words, long cdcKey) {
    Document doc = new Document();
    doc.add(new StringField("tier", Integer.toString(i % 3), Field.Store.NO));
    doc.add(new TextField("text", words, Field.Store.NO));
    doc.add(new NumericDocValuesField(Fields.CDC_KEY, cdcKey));
    return doc;
  }

  /** Every page of a search, each against Lucene's, following cursors taken from the pages or made up. */
  private static void assertEveryPageEqual(IndexSearcher searcher, Query query, int size, SyntheticParolees gen,
      String where) throws IOException {
    FieldDoc after = null;
    for (int pageNo = 0; pageNo < 300; pageNo++) {
      TopFieldDocs expected = searcher.search(query,
          new TopFieldCollectorManager(RelevancePageCollectorManager.sort(), size, after, Integer.MAX_VALUE));
      TopFieldDocs actual = searcher.search(query, new RelevancePageCollectorManager(size, after));
      assertSamePage(actual, expected, where + ", query " + query + ", page " + pageNo);
      if (actual.scoreDocs.length < size) {
        return;
      }
      FieldDoc last = (FieldDoc) actual.scoreDocs[actual.scoreDocs.length - 1];
      int pick = gen.nextInt(6);
      if (pick == 0) {
        // A cursor whose score no document has: the page starts at the next lower score.
        float made = Math.nextDown((Float) last.fields[0]);
        after = new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[] {made, last.fields[1]});
      } else if (pick <= 2) {
        // The cursor's own document id: a document with the same score and key after it still comes.
        after = new FieldDoc(last.doc, Float.NaN, last.fields);
      } else {
        after = new FieldDoc(Integer.MAX_VALUE, Float.NaN, last.fields);
      }
    }
  }

  /** Hands out the manager's collectors behind leaf collectors that never pass on {@code finish}. */
  private static final class NoFinish implements CollectorManager<Collector, TopFieldDocs> {
    private final RelevancePageCollectorManager manager;
    private final List<RelevancePageCollectorManager.PageCollector> collectors =
        Collections.synchronizedList(new ArrayList<>());

    NoFinish(RelevancePageCollectorManager manager) {
      this.manager = manager;
    }

    @Override
    public Collector newCollector() {
      RelevancePageCollectorManager.PageCollector collector = manager.newCollector();
      collectors.add(collector);
      return new Collector() {
        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
          LeafCollector leaf = collector.getLeafCollector(context);
          return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) throws IOException {
              leaf.setScorer(scorer);
            }

            @Override
            public void collect(int doc) throws IOException {
              leaf.collect(doc);
            }
          };
        }

        @Override
        public ScoreMode scoreMode() {
          return collector.scoreMode();
        }
      };
    }

    @Override
    public TopFieldDocs reduce(Collection<Collector> ignored) throws IOException {
      return manager.reduce(collectors);
    }
  }

  private static Query query(int kind, SyntheticParolees gen) {
    return switch (kind) {
      case 0 -> new ConstantScoreQuery(new TermQuery(new Term("text", WORDS[gen.nextInt(WORDS.length)])));
      case 1 -> new BooleanQuery.Builder()
          .add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("tier", "0"))), 10f), BooleanClause.Occur.SHOULD)
          .add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("tier", "1"))), 4f), BooleanClause.Occur.SHOULD)
          .add(new ConstantScoreQuery(new TermQuery(new Term("text", WORDS[gen.nextInt(WORDS.length)]))),
              BooleanClause.Occur.SHOULD)
          .build();
      case 2 -> new BooleanQuery.Builder()
          .add(new TermQuery(new Term("text", WORDS[gen.nextInt(WORDS.length)])), BooleanClause.Occur.MUST)
          .add(new TermQuery(new Term("text", WORDS[gen.nextInt(WORDS.length)])), BooleanClause.Occur.SHOULD)
          .build();
      default -> MatchAllDocsQuery.INSTANCE;
    };
  }

  @Test
  void refusesAnEmptyPageAndAForeignCursor() {
    assertThatThrownBy(() -> new RelevancePageCollectorManager(0, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("size").hasMessageContaining("0");
    assertThatThrownBy(() -> new RelevancePageCollectorManager(5, new FieldDoc(1, Float.NaN, new Object[] {1.5})))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after");
    assertThatThrownBy(() -> new RelevancePageCollectorManager(5, new FieldDoc(1, Float.NaN, new Object[] {"x", 1L})))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after");
  }

  private static void assertSamePage(TopFieldDocs actual, TopFieldDocs expected, String where) {
    assertThat(actual.totalHits).as(where).isEqualTo(expected.totalHits);
    assertThat(docs(actual.scoreDocs)).as(where).isEqualTo(docs(expected.scoreDocs));
    for (int i = 0; i < actual.scoreDocs.length; i++) {
      Object[] a = ((FieldDoc) actual.scoreDocs[i]).fields;
      Object[] e = ((FieldDoc) expected.scoreDocs[i]).fields;
      assertThat(a).as(where + ", hit " + i).containsExactly(e);
      // Lucene leaves the score of a field-sorted hit NaN (the score is in the fields); so does the collector.
      assertThat(Float.floatToIntBits(actual.scoreDocs[i].score)).as(where + ", score of hit " + i)
          .isEqualTo(Float.floatToIntBits(expected.scoreDocs[i].score));
    }
  }

  private static List<Integer> docs(ScoreDoc[] hits) {
    List<Integer> out = new ArrayList<>(hits.length);
    for (ScoreDoc d : hits) {
      out.add(d.doc);
    }
    return out;
  }
}
