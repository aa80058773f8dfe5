package org.leadssdk.search.internal;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * A query that hands out a weight built once, so that two uses of the same criteria (the scored page,
 * then the count of the matches retention hides; or the estimate of how many documents match, then the
 * search) look up the criteria's terms in every segment once, not twice: for a name query with fuzzy
 * expansions that lookup is most of the second use. Asked for another score mode or a boost, it builds a
 * weight of its own as any query would.
 */
public final class SharedWeightQuery extends Query {
  private final Query query;
  private final Weight weight;
  private final ScoreMode scoreMode;

  /** Builds the weight of {@code rewritten} (a rewritten query) for {@code scoreMode}. */
  public SharedWeightQuery(IndexSearcher searcher, Query rewritten, ScoreMode scoreMode) throws IOException {
    this.query = rewritten;
    this.scoreMode = scoreMode;
    this.weight = searcher.createWeight(rewritten, scoreMode, 1f);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode mode, float boost) throws IOException {
    if (mode == scoreMode && boost == 1f) {
      return weight;
    }
    return searcher.createWeight(query, mode, boost);
  }

  /**
   * An estimate of how many documents of the whole index the criteria match, from its largest segment: the
   * weight's scorer cost there (an upper bound for terms and conjunctions; at most the segment's size),
   * scaled by the share of the index's documents that segment holds. One segment, not all of them: a cost
   * is looked up term by term and segment by segment, and for a name's fifty typo expansions in a dozen
   * segments that took a tenth of the search. The estimate only decides how a search runs, never what it
   * finds; criteria whose matches sit mostly in the smaller, newer segments are taken for narrower than
   * they are, and are then counted whole.
   */
  public long estimatedMatches(IndexReader reader) throws IOException {
    LeafReaderContext largest = null;
    for (LeafReaderContext leaf : reader.leaves()) {
      if (largest == null || leaf.reader().maxDoc() > largest.reader().maxDoc()) {
        largest = leaf;
      }
    }
    if (largest == null || largest.reader().maxDoc() == 0) {
      return 0;
    }
    ScorerSupplier supplier = weight.scorerSupplier(largest);
    if (supplier == null) {
      return 0;
    }
    long inSegment = Math.min(supplier.cost(), largest.reader().maxDoc());
    return inSegment * reader.maxDoc() / largest.reader().maxDoc();
  }

  /**
   * How many of the documents in {@code hidden} (live ones) the criteria match in one segment: each is
   * checked by advancing the criteria's iterator to it, so the cost follows the hidden documents.
   */
  public long countAmong(LeafReaderContext leaf, FixedBitSet hidden) throws IOException {
    ScorerSupplier supplier = weight.scorerSupplier(leaf);
    if (supplier == null) {
      return 0;
    }
    Scorer scorer = supplier.get(hidden.approximateCardinality());
    TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
    DocIdSetIterator approximation = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
    Bits live = leaf.reader().getLiveDocs();
    long count = 0;
    int length = hidden.length();
    int doc = hidden.nextSetBit(0);
    while (doc != DocIdSetIterator.NO_MORE_DOCS) {
      int at = approximation.docID() < doc ? approximation.advance(doc) : approximation.docID();
      if (at == DocIdSetIterator.NO_MORE_DOCS) {
        break;
      }
      if (at == doc && (live == null || live.get(doc)) && (twoPhase == null || twoPhase.matches())) {
        count++;
      }
      int next = Math.max(at, doc + 1);
      doc = next >= length ? DocIdSetIterator.NO_MORE_DOCS : hidden.nextSetBit(next);
    }
    return count;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public String toString(String field) {
    return query.toString(field);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    query.visit(visitor);
  }

  @Override
  public boolean equals(Object other) {
    return other == this;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
