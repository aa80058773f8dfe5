package org.leadssdk.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.SmallFloat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.Smt;
import org.leadssdk.testkit.SyntheticParolees;

/**
 * The all-field word query against brute force: on an index of generated texts (surnames and SMT words,
 * repeated within a text, texts of 1 to 60 words) in many segments with deletions, every word (common,
 * rare, absent) must match exactly the live documents whose text holds it, each scored by BM25's formula
 * with the frequency taken as one; the top ten must be the same when Lucene skips by score (block maxima
 * from the impacts) as when every match is scored; two or three words, as one {@link WordsPresenceQuery}
 * and as a conjunction of single words, alone and under a filter, must match the documents holding all and
 * score the sum, the one query and the conjunction bit for bit alike; explanations must give the score; and
 * a weight made on one reader must refuse another. The bulk scorer that collects every match must give,
 * over random windows, what Lucene's default bulk scorer gives over the query's scorer, and a conjunction
 * beside an excluded word (collected window by window) must match the brute force. (Without scores both queries are Lucene's term queries;
 * the counts checked here are theirs.) A fixed case checks that skipping by score does pass over blocks of
 * longer records.
 */
class TermPresenceQueryProperties {
  private static final double K1 = 1.2;
  private static final double B = 0.75;

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.testkit.Seeds#some")
  void matchesAndScoresAsOneOccurrence(long seed) throws IOException {
    SyntheticParolees gen = new SyntheticParolees(seed);
    List<String> vocabulary = vocabulary(gen);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      IndexWriterConfig config = new IndexWriterConfig(Analyzers.INDEX).setMergePolicy(NoMergePolicy.INSTANCE);
      Map<Integer, List<String>> texts = new TreeMap<>();
      try (IndexWriter w = new IndexWriter(dir, config)) {
        int count = 1_500 + gen.nextInt(3_500);
        int segment = 200 + gen.nextInt(1_800);
        for (int i = 0; i < count; i++) {
          List<String> words = text(vocabulary, gen);
          texts.put(i, words);
          w.addDocument(doc(i, words));
          if (i % segment == segment - 1) {
            w.flush();
          }
        }
        for (int i = 0; i < count; i += 5 + gen.nextInt(13)) {
          w.deleteDocuments(new Term("id", Integer.toString(i)));
          texts.remove(i);
        }
        try (DirectoryReader reader = DirectoryReader.open(w)) {
          IndexSearcher searcher = new IndexSearcher(reader);
          Map<Integer, Integer> docOfId = docIds(searcher);
          List<String> words = new ArrayList<>(vocabulary.subList(0, 6));
          for (int q = 0; q < 10; q++) {
            words.add(vocabulary.get(gen.nextInt(vocabulary.size())));
          }
          words.add("zzabsent");
          for (String word : words) {
            Map<Integer, Double> expected = oracle(searcher, texts, docOfId, List.of(word));
            TermPresenceQuery query = new TermPresenceQuery(new Term(Fields.ALL, word));
            assertScores(searcher, query, expected, "seed %d, word %s", seed, word);
            windowsAgree(searcher, query, gen, "seed " + seed + ", word " + word);
            assertThat(top(searcher, query, 10)).as("seed %d, %s skipping by score", seed, word)
                .isEqualTo(top(expected, 10));
            assertThat(searcher.count(query)).as("seed %d, count of %s", seed, word).isEqualTo(expected.size());
            explains(searcher, query, expected, gen, seed);
          }
          for (int q = 0; q < 8; q++) {
            // Two or three words (sometimes one twice, which then weighs twice), as one query and as the
            // conjunction of single words.
            List<String> several = new ArrayList<>(List.of(words.get(gen.nextInt(words.size() - 1)), words.get(gen.nextInt(6))));
            if (gen.nextInt(2) == 0) {
              several.add(gen.nextInt(4) == 0 ? several.get(0) : words.get(gen.nextInt(words.size())));
            }
            Map<Integer, Double> expected = oracle(searcher, texts, docOfId, several);
            List<Term> terms = several.stream().map(text -> new Term(Fields.ALL, text)).toList();
            WordsPresenceQuery together = new WordsPresenceQuery(terms);
            // The one query and the conjunction give bit-identical scores (page cursors keep scores exactly,
            // and a search may score one page counting every match and the next skipping by score).
            assertThat(exactScores(searcher, together)).as("seed %d, %s", seed, together)
                .isEqualTo(exactScores(searcher, together.conjunction()));
            for (Query form : List.of(together, together.conjunction())) {
              assertScores(searcher, form, expected, "seed %d, %s", seed, form);
              assertThat(top(searcher, form, 10)).as("seed %d, %s skipping by score", seed, form)
                  .isEqualTo(top(expected, 10));
              assertThat(searcher.count(form)).as("seed %d, count of %s", seed, form).isEqualTo(expected.size());
              explains(searcher, form, expected, gen, seed);
            }
            // Inside a larger query (a filter beside it), where Lucene asks for its scorer, not a bulk scorer.
            Query filtered = new BooleanQuery.Builder().add(together, BooleanClause.Occur.MUST)
                .add(new TermPresenceQuery(new Term(Fields.ALL, words.get(0))), BooleanClause.Occur.FILTER).build();
            Map<Integer, Double> both = new HashMap<>();
            Map<Integer, Double> withFirst = oracle(searcher, texts, docOfId, List.of(words.get(0)));
            expected.forEach((doc, score) -> {
              if (withFirst.containsKey(doc)) {
                both.put(doc, score);
              }
            });
            assertScores(searcher, filtered, both, "seed %d, %s", seed, filtered);
            windowsAgree(searcher, together, gen, "seed " + seed + ", " + together);
            // Beside an excluded word, where Lucene calls the bulk scorer window by window.
            String other = words.get(gen.nextInt(words.size()));
            Query excluding = new BooleanQuery.Builder().add(together, BooleanClause.Occur.MUST)
                .add(new TermPresenceQuery(new Term(Fields.ALL, other)), BooleanClause.Occur.MUST_NOT).build();
            Map<Integer, Double> withOther = oracle(searcher, texts, docOfId, List.of(other));
            Map<Integer, Double> without = new HashMap<>(expected);
            without.keySet().removeAll(withOther.keySet());
            assertScores(searcher, excluding, without, "seed %d, %s", seed, excluding);
          }

          // A weight serves only the reader it was made for (as Lucene's term weights do): on a changed,
          // merged reader it refuses rather than reuse another reader's term positions.
          String word = vocabulary.get(gen.nextInt(6));
          Weight single = searcher.createWeight(new TermPresenceQuery(new Term(Fields.ALL, word)), ScoreMode.COMPLETE, 1f);
          Weight several = searcher.createWeight(new WordsPresenceQuery(
              List.of(new Term(Fields.ALL, word), new Term(Fields.ALL, vocabulary.get(gen.nextInt(6))))), ScoreMode.COMPLETE, 1f);
          for (int i = 0; i < 200; i++) {
            w.addDocument(doc(100_000 + i, text(vocabulary, gen)));
          }
          w.getConfig().setMergePolicy(new TieredMergePolicy());
          w.forceMerge(1);
          try (DirectoryReader merged = DirectoryReader.open(w)) {
            LeafReaderContext leaf = merged.leaves().get(0);
            for (Weight weight : List.of(single, several)) {
              assertThatThrownBy(() -> weight.scorer(leaf)).as("seed %d, %s", seed, weight.getQuery())
                  .isInstanceOf(IllegalStateException.class).hasMessageContaining("made for another reader");
            }
          }
        }
      }
    }
  }

  @Test
  void aRepeatedWordCountsOnce() throws IOException {
    // Two records of the same length: one says "tattoo" three times, the other once.
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Analyzers.INDEX))) {
        w.addDocument(doc(0, List.of("tattoo", "dragon", "tattoo", "rose", "tattoo", "arm")));
        w.addDocument(doc(1, List.of("tattoo", "dragon", "scar", "rose", "mole", "arm")));
        w.addDocument(doc(2, List.of("scar", "left", "cheek")));
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        TopDocs top = searcher.search(new TermPresenceQuery(new Term(Fields.ALL, "tattoo")), 10);
        assertThat(top.scoreDocs).hasSize(2);
        assertThat(top.scoreDocs[0].score).isEqualTo(top.scoreDocs[1].score);
        // A boost multiplies the score, as it does a term query's.
        TopDocs boosted = searcher.search(new BoostQuery(new TermPresenceQuery(new Term(Fields.ALL, "tattoo")), 3f), 10);
        assertThat(boosted.scoreDocs[0].score).isCloseTo(3 * top.scoreDocs[0].score, within(1e-5f));
      }
    }
  }

  @Test
  void skippingByScorePassesOverBlocksOfLongerRecords() throws IOException {
    // Ten one-word records, then 20,000 records that repeat both words fifty times. Counted once, a long
    // record scores below every short one, so Lucene, skipping by score, must pass over the long records'
    // blocks (with the frequencies counted, a long record's bound would reach the page and nothing be skipped).
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Analyzers.INDEX))) {
        List<String> longText = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
          longText.add("dragon");
          longText.add("tattoo");
        }
        for (int i = 0; i < 20_010; i++) {
          w.addDocument(doc(i, i < 10 ? List.of("dragon", "tattoo") : longText));
        }
        w.forceMerge(1);
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query one = new TermPresenceQuery(new Term(Fields.ALL, "tattoo"));
        Query two = new WordsPresenceQuery(List.of(new Term(Fields.ALL, "dragon"), new Term(Fields.ALL, "tattoo")));
        for (Query q : List.of(one, two)) {
          TopDocs top = searcher.search(q, new TopScoreDocCollectorManager(10, 10));
          assertThat(top.scoreDocs).extracting(sd -> sd.doc).as("%s", q)
              .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
          assertThat(top.totalHits.relation()).as("%s skipped", q).isEqualTo(TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO);
          assertThat(top.totalHits.value()).as("%s skipped", q).isLessThan(20_010);
        }
      }
    }
  }

  @Test
  void theAllFieldQueryScoresEachWordOnce() {
    assertThat(TextQueries.allFields("tattoo")).isEqualTo(new TermPresenceQuery(new Term(Fields.ALL, "tattoo")));
    assertThat(TextQueries.allFields("dragon tattoo")).isEqualTo(new WordsPresenceQuery(
        List.of(new Term(Fields.ALL, "dragon"), new Term(Fields.ALL, "tattoo"))));
    // Other shapes keep the parser's structure, with each plain word counted once.
    Query either = TextQueries.allFields("dragon | tattoo");
    assertThat(either).isInstanceOf(BooleanQuery.class);
    assertThat(((BooleanQuery) either).clauses()).extracting(BooleanClause::query).containsExactly(
        new TermPresenceQuery(new Term(Fields.ALL, "dragon")), new TermPresenceQuery(new Term(Fields.ALL, "tattoo")));
  }

  @Test
  void severalWordsOfOneFieldAreNeeded() {
    assertThatThrownBy(() -> new WordsPresenceQuery(List.of(new Term(Fields.ALL, "tattoo"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least two");
    assertThatThrownBy(() -> new WordsPresenceQuery(List.of(new Term(Fields.ALL, "tattoo"), new Term(Fields.SMT_TEXT, "rose"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("all must be of field all");
  }

  private static void assertScores(IndexSearcher searcher, Query query, Map<Integer, Double> expected,
      String description, Object... args) throws IOException {
    TopDocs all = searcher.search(query, new TopScoreDocCollectorManager(Math.max(1, expected.size() + 1), Integer.MAX_VALUE));
    Map<Integer, Float> actual = new HashMap<>();
    for (ScoreDoc sd : all.scoreDocs) {
      actual.put(sd.doc, sd.score);
    }
    assertThat(actual.keySet()).as(description, args).isEqualTo(expected.keySet());
    expected.forEach((doc, score) -> assertThat((double) actual.get(doc)).as(description + ", doc %d", append(args, doc))
        .isCloseTo(score, within(1e-5 * Math.max(1, score))));
  }

  /**
   * The query's bulk scorer over random consecutive windows of each segment, some starting past the first
   * document: the same documents, scores (exactly) and return values as Lucene's default bulk scorer over
   * the query's scorer, with the same live documents.
   */
  private static void windowsAgree(IndexSearcher searcher, Query query, SyntheticParolees gen, String what)
      throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      BulkScorer ours = weight.bulkScorer(leaf);
      Scorer scorer = weight.scorer(leaf);
      assertThat(ours == null).as(what).isEqualTo(scorer == null);
      if (ours == null) {
        continue;
      }
      // Lucene's default bulk scorer (what a scorer supplier gives unless it overrides bulkScorer()).
      BulkScorer lucene = new ScorerSupplier() {
        @Override
        public Scorer get(long leadCost) {
          return scorer;
        }

        @Override
        public long cost() {
          return scorer.iterator().cost();
        }
      }.bulkScorer();
      Bits live = leaf.reader().getLiveDocs();
      int maxDoc = leaf.reader().maxDoc();
      List<String> got = new ArrayList<>();
      List<String> want = new ArrayList<>();
      int min = gen.nextInt(3) == 0 ? gen.nextInt(maxDoc) : 0;
      while (min < maxDoc) {
        int max = gen.nextInt(8) == 0 ? DocIdSetIterator.NO_MORE_DOCS : Math.min(maxDoc, min + 1 + gen.nextInt(400));
        int next = ours.score(recorder(got), live, min, max);
        assertThat(next).as("%s, window %d-%d of segment %d", what, min, max, leaf.ord)
            .isEqualTo(lucene.score(recorder(want), live, min, max));
        min = max == DocIdSetIterator.NO_MORE_DOCS ? maxDoc : max + (gen.nextInt(4) == 0 ? gen.nextInt(50) : 0);
      }
      assertThat(got).as("%s, segment %d", what, leaf.ord).isEqualTo(want);
    }
  }

  /** A collector that writes each document and the bits of its score into {@code out}. */
  private static LeafCollector recorder(List<String> out) {
    return new LeafCollector() {
      private Scorable scorer;

      @Override
      public void setScorer(Scorable s) {
        this.scorer = s;
      }

      @Override
      public void collect(int doc) throws IOException {
        out.add(doc + ":" + Float.floatToIntBits(scorer.score()));
      }
    };
  }

  /** Every match's score (all of them, counted whole), exactly. */
  private static Map<Integer, Float> exactScores(IndexSearcher searcher, Query query) throws IOException {
    Map<Integer, Float> out = new HashMap<>();
    for (ScoreDoc sd : searcher.search(query, new TopScoreDocCollectorManager(Math.max(1, searcher.count(query)),
        Integer.MAX_VALUE)).scoreDocs) {
      out.put(sd.doc, sd.score);
    }
    return out;
  }

  private static Object[] append(Object[] args, Object more) {
    Object[] out = java.util.Arrays.copyOf(args, args.length + 1);
    out[args.length] = more;
    return out;
  }

  private static void explains(IndexSearcher searcher, Query query, Map<Integer, Double> expected,
      SyntheticParolees gen, long seed) throws IOException {
    Query rewritten = searcher.rewrite(query);
    List<Integer> docs = new ArrayList<>(expected.keySet());
    for (int i = 0; i < Math.min(3, docs.size()); i++) {
      int doc = docs.get(gen.nextInt(docs.size()));
      Explanation e = searcher.explain(rewritten, doc);
      assertThat(e.isMatch()).isTrue();
      assertThat((double) e.getValue().floatValue()).as("seed %d, explanation of doc %d", seed, doc)
          .isCloseTo(expected.get(doc), within(1e-5 * Math.max(1, expected.get(doc))));
    }
    for (int doc = 0; doc < searcher.getIndexReader().maxDoc() && doc < 50; doc++) {
      if (!expected.containsKey(doc)) {
        assertThat(searcher.explain(rewritten, doc).isMatch()).isFalse();
      }
    }
  }

  /**
   * Lucene's top documents of the query with a threshold of {@code n} (so that it skips by score), in
   * order (their scores are checked by {@link #assertScores}).
   */
  private static List<Integer> top(IndexSearcher searcher, Query query, int n) throws IOException {
    List<Integer> out = new ArrayList<>();
    for (ScoreDoc sd : searcher.search(query, new TopScoreDocCollectorManager(n, n)).scoreDocs) {
      out.add(sd.doc);
    }
    return out;
  }

  /**
   * The first {@code n} documents of the brute-force scores by score (descending, as floats: documents of
   * one length tie exactly, as in Lucene), then document.
   */
  private static List<Integer> top(Map<Integer, Double> scores, int n) {
    return scores.entrySet().stream()
        .sorted(Comparator.<Map.Entry<Integer, Double>>comparingDouble(e -> (float) (double) e.getValue()).reversed()
            .thenComparing(Map.Entry::getKey))
        .limit(n).map(Map.Entry::getKey).toList();
  }

  /**
   * Brute force: the live documents whose text holds every word, each scored as the sum over the words of
   * BM25 (k1 1.2, b 0.75) with frequency one: idf · (1 − 1 / (1 + 1 / (k1 · (1 − b + b · length / average)))),
   * the length as the index's one-byte norm keeps it. Statistics count deleted documents, as Lucene's do.
   */
  private static Map<Integer, Double> oracle(IndexSearcher searcher, Map<Integer, List<String>> texts,
      Map<Integer, Integer> docOfId, List<String> words) throws IOException {
    CollectionStatistics stats = searcher.collectionStatistics(Fields.ALL);
    Map<Integer, Double> out = new HashMap<>();
    for (Map.Entry<Integer, List<String>> e : texts.entrySet()) {
      if (!e.getValue().containsAll(words)) {
        continue;
      }
      int doc = docOfId.get(e.getKey());
      double length = length(searcher, doc);
      double score = 0;
      for (String word : words) {
        long df = searcher.getIndexReader().docFreq(new Term(Fields.ALL, word));
        double idf = Math.log(1 + (stats.docCount() - df + 0.5) / (df + 0.5));
        double average = (double) stats.sumTotalTermFreq() / stats.docCount();
        double normInverse = 1 / (K1 * ((1 - B) + B * length / average));
        score += idf * (1 - 1 / (1 + normInverse));
      }
      out.put(doc, score);
    }
    return out;
  }

  private static double length(IndexSearcher searcher, int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
    NumericDocValues norms = leaf.reader().getNormValues(Fields.ALL);
    assertThat(norms.advanceExact(doc - leaf.docBase)).isTrue();
    return SmallFloat.byte4ToInt((byte) norms.longValue());
  }

  private static Map<Integer, Integer> docIds(IndexSearcher searcher) throws IOException {
    Map<Integer, Integer> out = new HashMap<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      for (int d = 0; d < leaf.reader().maxDoc(); d++) {
        if (leaf.reader().getLiveDocs() == null || leaf.reader().getLiveDocs().get(d)) {
          out.put(Integer.parseInt(leaf.reader().storedFields().document(d).get("id")), leaf.docBase + d);
        }
      }
    }
    return out;
  }

  /** Words of generated records: surnames and SMT description words, the first few the most common. */
  private static List<String> vocabulary(SyntheticParolees gen) {
    Set<String> words = new LinkedHashSet<>(List.of("tattoo", "dragon", "left", "arm", "scar", "street"));
    for (Parolee p : gen.parolees(60)) {
      words.add(p.name().last().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""));
      for (Smt smt : p.smts()) {
        if (smt.description() != null) {
          for (String w : smt.description().toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (w.length() > 2) {
              words.add(w);
            }
          }
        }
      }
    }
    words.remove("");
    return new ArrayList<>(words);
  }

  /** 1 to 60 words, the six common ones often, some repeated. */
  private static List<String> text(List<String> vocabulary, SyntheticParolees gen) {
    int n = 1 + gen.nextInt(60);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int bound = gen.nextInt(3) == 0 ? 6 : vocabulary.size();
      out.add(vocabulary.get(gen.nextInt(bound)));
    }
    return out;
  }

  private static Document doc(int id, List<String> words) {
    Document doc = new Document();
    doc.add(new StringField("id", Integer.toString(id), Field.Store.YES));
    doc.add(new TextField(Fields.ALL, String.join(" ", words), Field.Store.NO));
    return doc;
  }
}
