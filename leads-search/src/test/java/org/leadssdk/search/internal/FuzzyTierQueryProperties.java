package org.leadssdk.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadssdk.core.Parolee;
import org.leadssdk.testkit.SyntheticParolees;

/**
 * The typo tier against the constant-score fuzzy query it stands for: on an index of generated surnames
 * (and misspelt copies of them, so that words have many neighbours) in many segments with deletions, every
 * word (a surname, a misspelling, a made-up word) with one and two edits must match the same documents
 * with the same score; and a tier rewritten for one index, then used on a changed one, must match what the
 * fuzzy query's own expansion for the first index matches on the second.
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
        for (int i = 0; i < count; i++) {
          String name = surnames.get(gen.nextInt(surnames.size()));
          w.addDocument(doc(i, gen.nextInt(4) == 0 ? misspell(name, gen) : name));
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
              Term term = new Term(Fields.LAST, word);
              FuzzyQuery fuzzy = new FuzzyQuery(term, edits, 1, 50, true);
              FuzzyTierQuery tier = new FuzzyTierQuery(term, edits, 1, 50, true);
              assertThat(hits(searcher, tier)).as("seed %d, %s", seed, fuzzy)
                  .isEqualTo(hits(searcher, new ConstantScoreQuery(fuzzy)));
              Query expanded = searcher.rewrite(tier);
              // The tier's own form (not the constant-score fallback), or nothing when no term is near.
              assertThat(expanded).isInstanceOfAny(FuzzyTierQuery.Expanded.class, MatchNoDocsQuery.class);
              rewrittenHere.add(new Query[] {expanded, new ConstantScoreQuery(searcher.rewrite(fuzzy))});
            }
          }
          // The index changes: more documents, more deletions, a new segment. Expansions made for the first
          // reader look their terms up again.
          for (int i = 0; i < 300; i++) {
            w.addDocument(doc(10_000 + i, misspell(surnames.get(gen.nextInt(surnames.size())), gen)));
          }
          w.deleteDocuments(new Term("id", "3"), new Term("id", "11"), new Term("id", "12"));
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

  private static Document doc(int id, String last) {
    Document doc = new Document();
    doc.add(new StringField("id", Integer.toString(id), Field.Store.NO));
    doc.add(new TextField(Fields.LAST, last, Field.Store.NO));
    return doc;
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
