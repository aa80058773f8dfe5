package org.leadssdk.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadssdk.testkit.SyntheticParolees;

/**
 * The name-page collector against Lucene's {@code TopFieldCollector} with the same two-field sort (sort
 * name bytes, then CDC key, then document id), on a raw index of many segments: shared, nested and accented
 * names (in some seeds only three names, so that ties of names decide every page's edge), documents without
 * a name, repeated and missing CDC keys, deleted documents, a filter, page sizes from 1 to more than a
 * segment holds, and cursors both taken from the pages and made up (a name no document has), on one slice
 * and on several (an executor); and once driven by hand without finishing any leaf collector. Pages, sort
 * values and totals must be equal. (A segment's worst kept entries rarely reach a page of several segments;
 * {@link BoundedHeapProperties} checks the heap's ordering with unread keys on its own.)
 */
class NamePageCollectorManagerProperties {
  private static final String[] NAMES = {"MARTINEZ ANA", "MARTINEZ ANA", "MARTINEZ-LOPEZ JOSE", "MARTINE AL",
      "LEE Z", "LEES ANA", "LE AL", "NÚÑEZ JOSÉ", "NUNEZ JOSE", "ÑAÑEZ ANA", "ZHU AL", "O'BRIEN ALBERTO"};

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.testkit.Seeds#some")
  void pagesEqualLuceneSort(long seed) throws IOException {
    SyntheticParolees gen = new SyntheticParolees(seed);
    int count = 300 + gen.nextInt(1_500);
    // One seed in four gives every document one of three names, so that names tie at every page's edge and
    // the CDC keys decide.
    boolean fewNames = gen.nextInt(4) == 0;
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
        int segment = 50 + gen.nextInt(400);
        for (int i = 0; i < count; i++) {
          Document doc = new Document();
          doc.add(new StringField("id", Integer.toString(i), Field.Store.NO));
          doc.add(new StringField("even", i % 2 == 0 ? "y" : "n", Field.Store.NO));
          if (gen.nextInt(40) != 0) {
            String name = fewNames ? "SAME " + gen.nextInt(3)
                : gen.nextInt(4) == 0 ? NAMES[gen.nextInt(NAMES.length)]
                : "N" + gen.nextInt(count) + (gen.nextInt(3) == 0 ? " É" : "");
            doc.add(new SortedDocValuesField(Fields.SORT_NAME, new BytesRef(name)));
          }
          // CDC keys in an order unrelated to the ids (a multiplicative permutation modulo a prime); one in
          // fifteen repeats an earlier document's key, so that name and key tie and the document id decides.
          // One in twenty has no key (read as 0, as Lucene's sort reads a missing long), which makes the key
          // column sparse: a collector that read it backwards would then go wrong.
          int keyOf = i > 0 && gen.nextInt(15) == 0 ? gen.nextInt(i) : i;
          if (gen.nextInt(20) != 0) {
            doc.add(new NumericDocValuesField(Fields.CDC_KEY, 1_000_000L + (keyOf * 7_368_787L) % 10_000_019L));
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
        Query query = gen.nextInt(2) == 0 ? MatchAllDocsQuery.INSTANCE
            : new BooleanQuery.Builder().add(new TermQuery(new Term("even", "y")), BooleanClause.Occur.FILTER).build();
        int size = 1 + gen.nextInt(gen.nextInt(3) == 0 ? 600 : 40);
        // Driven by hand, every live document of every segment, and no leaf collector finished: the matches
        // still waiting in a batch are offered when the next segment starts and in reduce.
        NamePageCollectorManager byHand = new NamePageCollectorManager(size, null);
        NamePageCollectorManager.PageCollector collector = byHand.newCollector();
        for (LeafReaderContext leaf : reader.leaves()) {
          LeafCollector lc = collector.getLeafCollector(leaf);
          Bits live = leaf.reader().getLiveDocs();
          for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
            if (live == null || live.get(doc)) {
              lc.collect(doc);
            }
          }
        }
        assertSamePage(byHand.reduce(List.of(collector)), searcher.search(MatchAllDocsQuery.INSTANCE,
            new TopFieldCollectorManager(NamePageCollectorManager.sort(), size, null, Integer.MAX_VALUE)),
            "seed " + seed + ", by hand without finish()");
        FieldDoc after = null;
        for (int pageNo = 0; pageNo < 200; pageNo++) {
          TopFieldDocs expected = searcher.search(query,
              new TopFieldCollectorManager(NamePageCollectorManager.sort(), size, after, Integer.MAX_VALUE));
          TopFieldDocs actual = searcher.search(query, new NamePageCollectorManager(size, after));
          assertSamePage(actual, expected, "seed " + seed + ", page " + pageNo);
          if (actual.scoreDocs.length < size) {
            break;
          }
          after = (FieldDoc) actual.scoreDocs[actual.scoreDocs.length - 1];
          if (gen.nextInt(6) == 0) {
            // A cursor whose name no document has: the page starts at the next name.
            BytesRef name = (BytesRef) after.fields[0];
            String made = (name == null ? "" : name.utf8ToString()) + (gen.nextInt(2) == 0 ? " " : "\u0001");
            after = new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[] {new BytesRef(made), after.fields[1]});
          } else {
            after = new FieldDoc(Integer.MAX_VALUE, Float.NaN, after.fields);
          }
        }
      }
    }
  }

  @Test
  void refusesAnEmptyPage() {
    assertThatThrownBy(() -> new NamePageCollectorManager(0, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("size").hasMessageContaining("0");
  }

  private static void assertSamePage(TopFieldDocs actual, TopFieldDocs expected, String where) {
    assertThat(actual.totalHits).as(where).isEqualTo(expected.totalHits);
    assertThat(docs(actual.scoreDocs)).as(where).isEqualTo(docs(expected.scoreDocs));
    for (int i = 0; i < actual.scoreDocs.length; i++) {
      Object[] a = ((FieldDoc) actual.scoreDocs[i]).fields;
      Object[] e = ((FieldDoc) expected.scoreDocs[i]).fields;
      assertThat(a).as(where + ", hit " + i).containsExactly(e);
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
