package org.leadssdk.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** The match estimate a search uses to choose how it runs: taken in the largest segment, scaled to the index. */
class SharedWeightQueryTest {
  @Test
  void estimatesFromTheLargestSegmentScaledToTheIndex() throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
        // Segment of 300: "a" in every third document, "b" in all. Segment of 100: "a" in all, "b" in none.
        for (int i = 0; i < 300; i++) {
          w.addDocument(doc(i % 3 == 0 ? "a" : "x", "b"));
        }
        w.flush();
        for (int i = 0; i < 100; i++) {
          w.addDocument(doc("a", "y"));
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        assertThat(reader.leaves()).hasSize(2);
        // 100 of the largest segment's 300 documents, scaled to 400: 133 (the small segment's 100 are not seen).
        assertThat(estimate(searcher, term("a"))).isEqualTo(133);
        assertThat(estimate(searcher, term("b"))).isEqualTo(400);
        assertThat(estimate(searcher, term("y"))).isZero();
        // A disjunction's cost is the sum of its clauses' (100 + 300 + 200 in a segment of 300): never above the segment.
        Query either = new BooleanQuery.Builder()
            .add(term("a"), BooleanClause.Occur.SHOULD).add(term("b"), BooleanClause.Occur.SHOULD)
            .add(term("x"), BooleanClause.Occur.SHOULD).build();
        assertThat(estimate(searcher, either)).isEqualTo(400);
      }
    }
  }

  @Test
  void estimatesNothingInAnEmptyIndex() throws IOException {
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      new IndexWriter(dir, new IndexWriterConfig()).close();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertThat(estimate(new IndexSearcher(reader), term("a"))).isZero();
      }
    }
  }

  private static long estimate(IndexSearcher searcher, Query query) throws IOException {
    return new SharedWeightQuery(searcher, searcher.rewrite(query), ScoreMode.COMPLETE)
        .estimatedMatches(searcher.getIndexReader());
  }

  private static Query term(String value) {
    return new TermQuery(new Term("f", value));
  }

  private static Document doc(String first, String second) {
    Document doc = new Document();
    doc.add(new StringField("f", first, Field.Store.NO));
    doc.add(new StringField("f", second, Field.Store.NO));
    return doc;
  }
}
