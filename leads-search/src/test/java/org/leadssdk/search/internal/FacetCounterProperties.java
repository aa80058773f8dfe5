package org.leadssdk.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadssdk.testkit.SyntheticParolees;

/**
 * The facet counter against brute-force counts, on a raw index of segments from a few documents to more
 * than a counting batch holds: a single-valued field present on most documents, a single-valued field on
 * few (sparse), a multi-valued field (a document counts once under each of its values), a field no document
 * has, deleted documents, a filter, on one slice and on several (an executor).
 */
class FacetCounterProperties {
  private static final List<String> FIELDS = List.of("status", "rare", "regs", "absent");

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.testkit.Seeds#some")
  void countsEqualBruteForce(long seed) throws IOException {
    SyntheticParolees gen = new SyntheticParolees(seed);
    int count = 200 + gen.nextInt(3_000);
    List<Map<String, List<String>>> values = new ArrayList<>();
    Set<Integer> deleted = new java.util.HashSet<>();
    int segment = gen.nextInt(2) == 0 ? 20 + gen.nextInt(80) : 300 + gen.nextInt(1_200);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
        for (int i = 0; i < count; i++) {
          Map<String, List<String>> doc = new HashMap<>();
          if (gen.nextInt(10) != 0) {
            doc.put("status", List.of("S" + gen.nextInt(6)));
          }
          if (gen.nextInt(12) == 0) {
            doc.put("rare", List.of("R" + gen.nextInt(3)));
          }
          Set<String> regs = new LinkedHashSet<>();
          for (int k = gen.nextInt(4); k > 0; k--) {
            regs.add("G" + gen.nextInt(5));
          }
          if (!regs.isEmpty()) {
            doc.put("regs", List.copyOf(regs));
          }
          values.add(doc);
          Document d = new Document();
          d.add(new StringField("id", Integer.toString(i), Field.Store.NO));
          d.add(new StringField("even", i % 2 == 0 ? "y" : "n", Field.Store.NO));
          doc.forEach((field, vs) -> vs.forEach(v -> d.add(new SortedSetDocValuesField(field, new BytesRef(v)))));
          w.addDocument(d);
          if (i % segment == segment - 1) {
            w.flush();
          }
        }
        for (int i = gen.nextInt(7); i < count; i += 1 + gen.nextInt(9)) {
          w.deleteDocuments(new Term("id", Integer.toString(i)));
          deleted.add(i);
        }
      }
      boolean evenOnly = gen.nextInt(2) == 0;
      Map<String, Map<String, Long>> expected = new HashMap<>();
      FIELDS.forEach(f -> expected.put(f, new HashMap<>()));
      for (int i = 0; i < count; i++) {
        if (deleted.contains(i) || (evenOnly && i % 2 != 0)) {
          continue;
        }
        values.get(i).forEach((field, vs) -> vs.forEach(v -> expected.get(field).merge(v, 1L, Long::sum)));
      }
      try (DirectoryReader reader = DirectoryReader.open(dir);
          ExecutorService threads = Executors.newFixedThreadPool(2)) {
        IndexSearcher searcher = gen.nextInt(2) == 0 ? new IndexSearcher(reader) : new IndexSearcher(reader, threads);
        Query query = evenOnly
            ? new BooleanQuery.Builder().add(new TermQuery(new Term("even", "y")), BooleanClause.Occur.FILTER).build()
            : MatchAllDocsQuery.INSTANCE;
        Map<String, Map<String, Long>> actual = searcher.search(query, new FacetCounter(FIELDS));
        assertThat(actual).as("seed %d, %d documents, segments of %d", seed, count, segment).isEqualTo(expected);
        assertThat(actual.get("absent")).isEmpty();
      }
    }
  }
}
