package org.leadssdk.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadssdk.core.Parolee;
import org.leadssdk.testkit.SyntheticParolees;

/**
 * The typo tier against the constant-score fuzzy query it stands for: on an index of generated surnames
 * (and misspelt copies of them, so that words have many neighbours; some documents with a second name, some
 * segments with none) in many segments with deletions, every word (a surname, a misspelling, a made-up
 * word) with one and two edits must match the same documents with the same score, alone and inside a whole
 * name query (the top ten counted whole and with Lucene skipping by score); a tier rewritten for one index,
 * then used on a changed and merged one, must match what the fuzzy query's own expansion for the first
 * index matches on the second; and the one-term and no-term shapes of the rewrite are checked directly.
 */
class FuzzyTierQueryProperties {
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.testkit.Seeds#some")
  void matchesTheConstantScoreFuzzyQuery(long seed) throws IOException {
    SyntheticParolees gen = new SyntheticParolees(seed);
    List<String> surnames = new ArrayList<>();
    for (Parolee p : gen.parolees(150 + gen.nextInt(250))) {
      surnames.add(p.name().last());
    }
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      IndexWriterConfig config = new IndexWriterConfig(Analyzers.INDEX).setMergePolicy(NoMergePolicy.INSTANCE);
      try (IndexWriter w = new IndexWriter(dir, config)) {
        int count = 500 + gen.nextInt(2_500);
        int segment = 40 + gen.nextInt(600);
        // Some segments hold no name at all; some documents two (a name and an alias's).
        boolean nameless = false;
        for (int i = 0; i < count; i++) {
          if (i % segment == 0) {
            nameless = gen.nextInt(10) == 0;
          }
          String name = surnames.get(gen.nextInt(surnames.size()));
          String alias = gen.nextInt(5) == 0 ? surnames.get(gen.nextInt(surnames.size())) : null;
          w.addDocument(nameless ? doc(i) : doc(i, gen.nextInt(4) == 0 ? misspell(name, gen) : name, alias));
          if (i % segment == segment - 1) {
            w.flush();
          }
        }
        for (int i = 0; i < count; i += 7 + gen.nextInt(9)) {
          w.deleteDocuments(new Term("id", Integer.toString(i)));
        }
        try (DirectoryReader first = DirectoryReader.open(w)) {
          IndexSearcher searcher = new IndexSearcher(first);
          List<Query[]> rewrittenHere = new ArrayList<>();
          for (int q = 0; q < 40; q++) {
            String word = word(surnames, gen);
            for (int edits = 1; edits <= 2; edits++) {
              FuzzyTierQuery tier = assertSameAsFuzzyQuery(searcher, new Term(Fields.LAST, word), edits, seed);
              FuzzyQuery fuzzy = tier.fuzzyQuery();
              // Inside a whole name query (exact, sounds-alike and typo tiers, with a filter), the top ten
              // with scores, both counted whole and with Lucene skipping by score.
              Query name = new BooleanQuery.Builder()
                  .add(TextQueries.name(Fields.LAST, Fields.LAST_PHONETIC, word), BooleanClause.Occur.MUST)
                  .add(new TermQuery(new Term("even", "y")), BooleanClause.Occur.FILTER).build();
              for (int threshold : new int[] {Integer.MAX_VALUE, 10}) {
                assertThat(top(searcher, name, threshold)).as("seed %d, %s, threshold %d", seed, name, threshold)
                    .isEqualTo(top(searcher, withConstantScoreFuzzy(name), threshold));
              }
              Query expanded = searcher.rewrite(tier);
              // The tier's own form (not the constant-score fallback), or nothing when no term is near.
              assertThat(expanded).isInstanceOfAny(FuzzyTierQuery.Expanded.class, MatchNoDocsQuery.class);
              rewrittenHere.add(new Query[] {expanded, new ConstantScoreQuery(searcher.rewrite(fuzzy))});
            }
          }
          // The index changes: more documents, more deletions, and every segment merged into one (so that
          // the old segments' term positions are gone). Expansions made for the first reader look their terms
          // up again.
          for (int i = 0; i < 300; i++) {
            w.addDocument(doc(10_000 + i, misspell(surnames.get(gen.nextInt(surnames.size())), gen), null));
          }
          w.deleteDocuments(new Term("id", "3"), new Term("id", "11"), new Term("id", "12"));
          w.getConfig().setMergePolicy(new TieredMergePolicy());
          w.forceMerge(1);
          try (DirectoryReader second = DirectoryReader.open(w)) {
            IndexSearcher later = new IndexSearcher(second);
            for (Query[] pair : rewrittenHere) {
              assertThat(hits(later, pair[0])).as("seed %d, %s on a changed index", seed, pair[1])
                  .isEqualTo(hits(later, pair[1]));
            }
          }
        }
      }
    }
  }

  /**
   * A word with far more neighbours than the fifty expansions kept (hundreds of misspellings of a few
   * surnames, in several segments): the tier must keep the same fifty terms as the fuzzy query's rewrite
   * (by similarity, then term), so it matches the same documents.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.testkit.Seeds#some")
  void keepsTheSameFiftyExpansionsAsTheFuzzyQuery(long seed) throws IOException {
    SyntheticParolees gen = new SyntheticParolees(seed);
    List<String> bases = List.of("martinez", "hernandez", "garcia", "nguyen", "johnson");
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      List<String> written = writeNames(dir, 1_500, 400, () -> {
        String base = bases.get(gen.nextInt(bases.size()));
        return misspell(gen.nextInt(2) == 0 ? base : misspell(base, gen), gen);
      });
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        for (int q = 0; q < 8; q++) {
          String word = q < bases.size() ? bases.get(q) : written.get(gen.nextInt(written.size()));
          for (int edits = 1; edits <= 2; edits++) {
            assertSameAsFuzzyQuery(searcher, new Term(Fields.LAST, word), edits, seed);
          }
        }
        // The cut is reached: two edits of a surname find more than fifty distinct terms here.
        Query expanded = searcher.rewrite(new FuzzyTierQuery(new Term(Fields.LAST, "martinez"), 2, 1, 50));
        assertThat(expanded).isInstanceOf(FuzzyTierQuery.Expanded.class);
        assertThat(((FuzzyTierQuery.Expanded) expanded).termCount()).isEqualTo(50);
      }
    }
  }

  @Test
  void refusesATierWithoutEditsOrWithAPrefixAsLongAsTheWord() {
    assertThatThrownBy(() -> new FuzzyTierQuery(new Term(Fields.LAST, "smith"), 0, 1, 50))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxEdits");
    assertThatThrownBy(() -> new FuzzyTierQuery(new Term(Fields.LAST, "smith"), 1, 5, 50))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prefixLength");
  }

  /**
   * Words the analyzer does not fold to ASCII (Greek and Cyrillic names, with misspellings), and ASCII
   * words against them: the tier's automaton over code points (not the byte form of ASCII words) run
   * against a real terms dictionary must keep the fuzzy query's terms and documents.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.testkit.Seeds#some")
  void wordsBeyondAsciiKeepTheFuzzyQuerysTerms(long seed) throws IOException {
    SyntheticParolees gen = new SyntheticParolees(seed);
    List<String> bases = List.of("παπαδόπουλος", "ιωάννου", "иванов", "смирнова", "kuznetsov", "ivanova");
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      List<String> written = writeNames(dir, 400, 150, () -> {
        String base = bases.get(gen.nextInt(bases.size()));
        return gen.nextInt(3) == 0 ? base : misspell(base, gen);
      });
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        for (int q = 0; q < 10; q++) {
          String word = q < bases.size() ? bases.get(q) : written.get(gen.nextInt(written.size()));
          List<String> tokens = TextQueries.tokens(Analyzers.TEXT, Fields.LAST, word);
          for (int edits = 1; edits <= 2; edits++) {
            assertSameAsFuzzyQuery(searcher, new Term(Fields.LAST, tokens.get(0)), edits, seed);
          }
        }
      }
    }
  }

  /**
   * Writes {@code count} documents, each with one last name from {@code names}, in segments of
   * {@code perSegment} (none merged), and returns the names in document order.
   */
  private static List<String> writeNames(ByteBuffersDirectory dir, int count, int perSegment, Supplier<String> names)
      throws IOException {
    List<String> written = new ArrayList<>();
    IndexWriterConfig config = new IndexWriterConfig(Analyzers.INDEX).setMergePolicy(NoMergePolicy.INSTANCE);
    try (IndexWriter w = new IndexWriter(dir, config)) {
      for (int i = 0; i < count; i++) {
        String name = names.get();
        written.add(name);
        w.addDocument(doc(i, name, null));
        if (i % perSegment == perSegment - 1) {
          w.flush();
        }
      }
    }
    return written;
  }

  /** A single expansion (one term near the word) and none: the rewrite's one-term and empty shapes. */
  @Test
  void oneTermAndNoTerm() throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Analyzers.INDEX))) {
        w.addDocument(doc(0, "garcia", null));
        w.addDocument(doc(1, "nguyen", null));
        w.addDocument(doc(2));
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        FuzzyTierQuery one = new FuzzyTierQuery(new Term(Fields.LAST, "garcja"), 1, 1, 50);
        assertThat(searcher.rewrite(one)).isInstanceOf(FuzzyTierQuery.Expanded.class);
        assertThat(hits(searcher, one)).containsExactly("0:1.0");
        FuzzyTierQuery none = new FuzzyTierQuery(new Term(Fields.LAST, "smith"), 2, 1, 50);
        assertThat(searcher.rewrite(none)).isInstanceOf(MatchNoDocsQuery.class);
        assertThat(hits(searcher, none)).isEmpty();
      }
    }
  }

  private static Document doc(int id) {
    Document doc = new Document();
    doc.add(new StringField("id", Integer.toString(id), Field.Store.NO));
    doc.add(new StringField("even", id % 2 == 0 ? "y" : "n", Field.Store.NO));
    return doc;
  }

  private static Document doc(int id, String last, String alias) {
    Document doc = doc(id);
    for (String name : alias == null ? List.of(last) : List.of(last, alias)) {
      doc.add(new TextField(Fields.LAST, name, Field.Store.NO));
      doc.add(new TextField(Fields.LAST_PHONETIC, name, Field.Store.NO));
    }
    return doc;
  }

  /** The name query with its typo tiers in the constant-score fuzzy form this class replaces. */
  private static Query withConstantScoreFuzzy(Query query) {
    BooleanQuery.Builder out = new BooleanQuery.Builder();
    for (BooleanClause clause : ((BooleanQuery) query).clauses()) {
      Query q = clause.query();
      if (q instanceof BooleanQuery words) {
        q = withConstantScoreFuzzy(words);
      } else if (q instanceof DisjunctionMaxQuery tiers) {
        List<Query> replaced = new ArrayList<>();
        for (Query tier : tiers.getDisjuncts()) {
          replaced.add(tier instanceof FuzzyTierQuery typos ? new ConstantScoreQuery(typos.fuzzyQuery()) : tier);
        }
        q = new DisjunctionMaxQuery(replaced, tiers.getTieBreakerMultiplier());
      }
      out.add(q, clause.occur());
    }
    return out.build();
  }

  /** The ten best as "doc:score"; with a threshold of 10, Lucene skips by score past the tenth. */
  private static List<String> top(IndexSearcher searcher, Query query, int threshold) throws IOException {
    TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(10, threshold));
    List<String> out = new ArrayList<>();
    for (ScoreDoc d : top.scoreDocs) {
      out.add(d.doc + ":" + d.score);
    }
    return out;
  }

  /** A surname, a misspelling of one, or a made-up word, as the name analyzer would make it. */
  private static String word(List<String> surnames, SyntheticParolees gen) {
    String base = surnames.get(gen.nextInt(surnames.size()));
    String word = switch (gen.nextInt(3)) {
      case 0 -> base;
      case 1 -> misspell(base, gen);
      default -> "zq" + base.substring(Math.min(2, base.length()));
    };
    List<String> tokens = TextQueries.tokens(Analyzers.TEXT, Fields.LAST, word);
    return tokens.isEmpty() ? "qqq" : tokens.get(0).toLowerCase(Locale.ROOT);
  }

  /** A dropped, doubled, swapped or replaced letter. */
  private static String misspell(String s, SyntheticParolees gen) {
    if (s.length() < 3) {
      return s + "e";
    }
    int i = 1 + gen.nextInt(s.length() - 2);
    return switch (gen.nextInt(4)) {
      case 0 -> s.substring(0, i) + s.substring(i + 1);
      case 1 -> s.substring(0, i) + s.charAt(i) + s.substring(i);
      case 2 -> s.substring(0, i - 1) + s.charAt(i) + s.charAt(i - 1) + s.substring(i + 1);
      default -> s.substring(0, i) + (char) ('a' + gen.nextInt(26)) + s.substring(i + 1);
    };
  }

  /**
   * The tier of {@code term} matches the same documents with the same scores as the constant-score fuzzy
   * query, and rewrites to the same terms (not only the same documents: a wrong tie-break could pick
   * another term of the same documents).
   */
  private static FuzzyTierQuery assertSameAsFuzzyQuery(IndexSearcher searcher, Term term, int edits, long seed)
      throws IOException {
    FuzzyQuery fuzzy = new FuzzyQuery(term, edits, 1, 50, true);
    FuzzyTierQuery tier = new FuzzyTierQuery(term, edits, 1, 50);
    assertThat(hits(searcher, tier)).as("seed %d, %s", seed, fuzzy)
        .isEqualTo(hits(searcher, new ConstantScoreQuery(fuzzy)));
    assertThat(terms(searcher.rewrite(tier))).as("seed %d, terms of %s", seed, fuzzy)
        .isEqualTo(terms(searcher.rewrite(fuzzy)));
    return tier;
  }

  /** The terms a rewritten query reads. */
  private static Set<Term> terms(Query rewritten) {
    Set<Term> out = new HashSet<>();
    rewritten.visit(QueryVisitor.termCollector(out));
    return out;
  }

  /** Every match as "doc:score", in document order. */
  private static List<String> hits(IndexSearcher searcher, Query query) throws IOException {
    int max = Math.max(1, searcher.getIndexReader().maxDoc());
    TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(max, Integer.MAX_VALUE));
    List<String> out = new ArrayList<>();
    ScoreDoc[] docs = top.scoreDocs.clone();
    java.util.Arrays.sort(docs, (a, b) -> Integer.compare(a.doc, b.doc));
    for (ScoreDoc d : docs) {
      out.add(d.doc + ":" + d.score);
    }
    return out;
  }
}
