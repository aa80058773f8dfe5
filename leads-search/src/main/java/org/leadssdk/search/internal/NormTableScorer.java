package org.leadssdk.search.internal;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ImpactsDISI;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MaxScoreCache;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.Bits;

/**
 * Scores each document of an iterator from a table indexed by the document's one-byte norm: for words
 * counted once ({@link TermPresenceQuery}, {@link WordsPresenceQuery}), whose score depends on the document
 * only through its length. One norm read and one look-up per match.
 *
 * <p>When every match is collected ({@link ScoreMode#COMPLETE}, {@link #bulk}), the matches are taken in
 * batches and the batch's norms are read in a loop of their own before any is collected: the norms of
 * matches far apart lie in different places of the norms column, and reads with no branch waiting on them
 * overlap.
 */
final class NormTableScorer extends Scorer {
  /** How many matches a bulk scorer reads the norms of together. */
  private static final int BATCH = 64;

  private final DocIdSetIterator docs;
  private final NumericDocValues norms;
  private final float[] scores;
  private final MaxScoreCache maxScores;

  /**
   * @param norms the field's norms, or null if the field has none (every document then scores as norm 1)
   * @param scores the score of each norm byte, indexed by {@code norm & 0xFF} ({@link #table})
   * @param maxScores block maxima for skipping by score, or null if the scorer never skips
   */
  NormTableScorer(DocIdSetIterator docs, NumericDocValues norms, float[] scores, MaxScoreCache maxScores) {
    this.docs = docs;
    this.norms = norms;
    this.scores = scores;
    this.maxScores = maxScores;
  }

  /**
   * The summed score of every norm byte under the given scorers, each asked with frequency one (the sum is
   * taken in double and rounded once, as Lucene's conjunctions sum their clauses).
   */
  static float[] table(List<Similarity.SimScorer> scorers) {
    float[] table = new float[256];
    for (int b = 0; b < 256; b++) {
      double sum = 0;
      for (Similarity.SimScorer s : scorers) {
        sum += s.score(1f, (byte) b);
      }
      table[b] = (float) sum;
    }
    return table;
  }

  /**
   * Scores and collects every match of {@code docs} in batches, for the {@link ScoreMode#COMPLETE} mode:
   * the same documents, scores and return values as this scorer under Lucene's default bulk scorer. A
   * collector's competitive iterator is not used: it only lets a bulk scorer skip, and the results stay the
   * same without it.
   *
   * @param cost the matches' cost estimate, as the scorer supplier gives it
   */
  static BulkScorer bulk(DocIdSetIterator docs, NumericDocValues norms, float[] scores, long cost) {
    return new Bulk(docs, norms, scores, cost);
  }

  @Override
  public int docID() {
    return docs.docID();
  }

  @Override
  public DocIdSetIterator iterator() {
    return docs;
  }

  @Override
  public float score() throws IOException {
    return score(norms, scores, docs.docID());
  }

  /** The table's score of {@code doc} by its norm (norm 1 if the field has no norms or the doc none). */
  private static float score(NumericDocValues norms, float[] scores, int doc) throws IOException {
    long norm = 1L;
    if (norms != null && norms.advanceExact(doc)) {
      norm = norms.longValue();
    }
    return scores[(int) norm & 0xFF];
  }

  @Override
  public int advanceShallow(int target) throws IOException {
    return maxScores == null ? DocIdSetIterator.NO_MORE_DOCS : maxScores.advanceShallow(target);
  }

  @Override
  public float getMaxScore(int upTo) throws IOException {
    return maxScores == null ? Float.POSITIVE_INFINITY : maxScores.getMaxScore(upTo);
  }

  @Override
  public void setMinCompetitiveScore(float minScore) {
    if (docs instanceof ImpactsDISI skipping) {
      skipping.setMinCompetitiveScore(minScore);
    }
  }

  private static final class Bulk extends BulkScorer {
    private final DocIdSetIterator docs;
    private final NumericDocValues norms;
    private final float[] scores;
    private final long cost;
    private final int[] batch = new int[BATCH];
    private final float[] batchScores = new float[BATCH];
    private final Score score = new Score();

    Bulk(DocIdSetIterator docs, NumericDocValues norms, float[] scores, long cost) {
      this.docs = docs;
      this.norms = norms;
      this.scores = scores;
      this.cost = cost;
    }

    @Override
    public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
      collector.setScorer(score);
      int doc = docs.docID();
      if (doc < min) {
        doc = docs.advance(min);
      }
      while (doc < max) {
        int n = 0;
        while (doc < max && n < BATCH) {
          if (acceptDocs == null || acceptDocs.get(doc)) {
            batch[n++] = doc;
          }
          doc = docs.nextDoc();
        }
        for (int i = 0; i < n; i++) {
          batchScores[i] = NormTableScorer.score(norms, scores, batch[i]);
        }
        for (int i = 0; i < n; i++) {
          score.value = batchScores[i];
          collector.collect(batch[i]);
        }
      }
      return doc;
    }

    @Override
    public long cost() {
      return cost;
    }
  }

  /** The score of the match being collected. */
  private static final class Score extends Scorable {
    private float value;

    @Override
    public float score() {
      return value;
    }
  }
}
