package org.leadssdk.search.internal;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.ImpactsDISI;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MaxScoreCache;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.IOSupplier;

/**
 * A word of the all-field search term: matches the documents that hold the term, scored by the searcher's
 * similarity (BM25) as though the term occurred <em>once</em> in each of them. The score then depends on
 * how rare the word is and how long the record is, not on how often the word repeats in it.
 *
 * <p>The all-field text is a record's fields one after another; a word repeats there because a record
 * has several entries of one kind (every tattoo line says "tattoo", every address "street"), which says
 * nothing about how well the record matches. Not counting repeats also spares reading the term's
 * frequencies: a fifth of collecting a two-word term of 15,000 matches on the 1,000,000-record index.
 *
 * <p>Without scores it is a plain {@link TermQuery}. Under {@link ScoreMode#TOP_SCORES} it skips by the
 * index's impacts with block maxima computed as if every frequency were one, so the skipping is exact.
 * Under {@link ScoreMode#COMPLETE} its bulk scorer reads the norms of its matches in batches
 * ({@link NormTableScorer#bulk}).
 */
public final class TermPresenceQuery extends Query {
  private final Term term;

  /** The query for {@code term}. */
  public TermPresenceQuery(Term term) {
    this.term = Objects.requireNonNull(term, "term");
  }

  /** The term. */
  public Term term() {
    return term;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    if (!scoreMode.needsScores()) {
      return new TermQuery(term).createWeight(searcher, scoreMode, boost);
    }
    TermStates states = TermStates.build(searcher, term, true);
    return new PresenceWeight(scoreMode, states, once(searcher, term, states, boost));
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(term.field())) {
      visitor.consumeTerms(this, term);
    }
  }

  @Override
  public String toString(String field) {
    return "presence(" + (term.field().equals(field) ? term.text() : term.toString()) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && term.equals(((TermPresenceQuery) other).term);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + term.hashCode();
  }

  /**
   * The segment's cursor on the term, positioned by the states; null if the segment does not hold the term.
   *
   * @throws IllegalStateException if the states were built for another reader (a weight serves only the
   *     reader it was made for, as Lucene's term weights do)
   */
  static TermsEnum seek(TermStates states, Term term, LeafReaderContext context) throws IOException {
    if (!states.wasBuiltFor(ReaderUtil.getTopLevelContext(context))) {
      throw new IllegalStateException("a weight of " + term.field() + " words was made for another reader");
    }
    IOSupplier<TermState> supplier = states.get(context);
    TermState state = supplier == null ? null : supplier.get();
    if (state == null) {
      return null;
    }
    TermsEnum terms = context.reader().terms(term.field()).iterator();
    terms.seekExact(term.bytes(), state);
    return terms;
  }

  /**
   * The similarity's scorer for {@code term} in {@code searcher} with the frequency taken as one, or null if
   * no document (deleted ones included, as in the index's statistics) holds the term or the field has no
   * statistics.
   */
  static Similarity.SimScorer once(IndexSearcher searcher, Term term, TermStates states, float boost)
      throws IOException {
    CollectionStatistics collection = searcher.collectionStatistics(term.field());
    if (states.docFreq() == 0 || collection == null) {
      return null;
    }
    TermStatistics stats = searcher.termStatistics(term, states.docFreq(), states.totalTermFreq());
    return new Once(searcher.getSimilarity().scorer(boost, collection, stats));
  }

  /** The similarity's score with the frequency taken as one. */
  private static final class Once extends Similarity.SimScorer {
    private final Similarity.SimScorer scorer;

    Once(Similarity.SimScorer scorer) {
      this.scorer = scorer;
    }

    @Override
    public float score(float freq, long norm) {
      return scorer.score(1f, norm);
    }

    @Override
    public Explanation explain(Explanation freq, long norm) {
      return scorer.explain(Explanation.match(1f, "the term's presence, its frequency (" + freq.getValue()
          + ") not counted"), norm);
    }
  }

  private final class PresenceWeight extends Weight {
    private final ScoreMode scoreMode;
    private final TermStates states;
    private final Similarity.SimScorer once;
    private final float[] scores;

    PresenceWeight(ScoreMode scoreMode, TermStates states, Similarity.SimScorer once) {
      super(TermPresenceQuery.this);
      this.scoreMode = scoreMode;
      this.states = states;
      this.once = once;
      this.scores = once == null ? null : NormTableScorer.table(List.of(once));
    }

    @Override
    public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
      TermsEnum terms = once == null ? null : seek(states, term, context);
      if (terms == null) {
        return null;
      }
      long cost = terms.docFreq();
      return new ScorerSupplier() {
        private boolean topLevelScoringClause;

        @Override
        public Scorer get(long leadCost) throws IOException {
          NumericDocValues norms = context.reader().getNormValues(term.field());
          if (scoreMode == ScoreMode.TOP_SCORES) {
            // Impacts need the frequencies indexed; they are decoded only when asked for, and never are.
            ImpactsEnum impacts = terms.impacts(PostingsEnum.FREQS);
            MaxScoreCache maxScores = new MaxScoreCache(impacts, once);
            DocIdSetIterator docs = topLevelScoringClause ? new ImpactsDISI(impacts, maxScores) : impacts;
            return new NormTableScorer(docs, norms, scores, maxScores);
          }
          return new NormTableScorer(terms.postings(null, PostingsEnum.NONE), norms, scores, null);
        }

        @Override
        public BulkScorer bulkScorer() throws IOException {
          if (scoreMode != ScoreMode.COMPLETE) {
            return super.bulkScorer();
          }
          return NormTableScorer.bulk(terms.postings(null, PostingsEnum.NONE),
              context.reader().getNormValues(term.field()), scores, cost);
        }

        @Override
        public long cost() {
          return cost;
        }

        @Override
        public void setTopLevelScoringClause() {
          topLevelScoringClause = true;
        }
      };
    }

    @Override
    public boolean isCacheable(LeafReaderContext context) {
      return true;
    }

    @Override
    public Explanation explain(LeafReaderContext context, int doc) throws IOException {
      TermsEnum terms = once == null ? null : seek(states, term, context);
      if (terms != null) {
        PostingsEnum postings = terms.postings(null, PostingsEnum.FREQS);
        if (postings.advance(doc) == doc) {
          NumericDocValues norms = context.reader().getNormValues(term.field());
          long norm = norms != null && norms.advanceExact(doc) ? norms.longValue() : 1L;
          return Explanation.match(once.score(1f, norm), "presence of " + term + ", scored as one occurrence:",
              once.explain(Explanation.match(postings.freq(), "freq, occurrences of the term"), norm));
        }
      }
      return Explanation.noMatch("no " + term);
    }
  }
}
