package org.leadssdk.search.internal;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ImpactsDISI;
import org.apache.lucene.search.MaxScoreCache;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.similarities.Similarity;

/**
 * Scores each document of an iterator from a table indexed by the document's one-byte norm: for words
 * counted once ({@link TermPresenceQuery}, {@link WordsPresenceQuery}), whose score depends on the document
 * only through its length. One norm read and one look-up per match.
 */
final class NormTableScorer extends Scorer {
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
    long norm = 1L;
    if (norms != null && norms.advanceExact(docs.docID())) {
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
}
