package org.leadssdk.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.ConjunctionUtils;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;

/**
 * Every word of a search term in one field, each counted once ({@link TermPresenceQuery}): the same
 * matches and scores as a conjunction of {@link TermPresenceQuery}s, for less work when every match is
 * scored.
 *
 * <p>With every frequency taken as one, a document's score is the sum of the words' BM25 weights at the
 * document's length, so it depends on the document only through its norm: the scores of the 256 possible
 * norms are summed once per search, and each match then costs one norm read and one table look-up, where
 * the conjunction reads the norm once per word and asks each word's scorer. A quarter less collecting for
 * "dragon tattoo" (15,000 matches) on the 1,000,000-record index. In every other score mode (skipping by
 * score, top documents with scores, no scores) it is that conjunction. Its weight, like Lucene's term
 * weights, serves only the reader it was made for.
 */
public final class WordsPresenceQuery extends Query {
  private final String field;
  private final List<Term> words;

  /**
   * The query for {@code words}, all of one field (at least two; a repeated word weighs twice, as in the
   * conjunction).
   *
   * @throws IllegalArgumentException if fewer than two words are given or they are not all of one field
   */
  public WordsPresenceQuery(List<Term> words) {
    if (words.size() < 2) {
      throw new IllegalArgumentException("words: at least two are needed, got " + words.size());
    }
    this.field = words.get(0).field();
    for (Term t : words) {
      if (!t.field().equals(field)) {
        throw new IllegalArgumentException("words: all must be of field " + field + ", got " + t);
      }
    }
    this.words = List.copyOf(words);
  }

  /** The conjunction of the words' presence queries that this query stands for. */
  public Query conjunction() {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Term t : words) {
      b.add(new TermPresenceQuery(t), BooleanClause.Occur.MUST);
    }
    return b.build();
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    if (scoreMode != ScoreMode.COMPLETE) {
      return conjunction().createWeight(searcher, scoreMode, boost);
    }
    // A repeated word is one word of a multiple boost, as BooleanQuery's rewrite makes it (same scores).
    Map<Term, Integer> counts = new LinkedHashMap<>();
    for (Term t : words) {
      counts.merge(t, 1, Integer::sum);
    }
    List<Term> distinct = new ArrayList<>(counts.keySet());
    List<TermStates> states = new ArrayList<>(distinct.size());
    List<Similarity.SimScorer> scorers = new ArrayList<>(distinct.size());
    boolean any = true;
    for (Term t : distinct) {
      TermStates s = TermStates.build(searcher, t, true);
      states.add(s);
      Similarity.SimScorer once = TermPresenceQuery.once(searcher, t, s, boost * counts.get(t));
      if (once == null) {
        any = false;
      } else {
        scorers.add(once);
      }
    }
    float[] scores = NormTableScorer.table(scorers);
    return new PresenceWeight(searcher, boost, distinct, any, states, scores);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(field)) {
      visitor.consumeTerms(this, words.toArray(new Term[0]));
    }
  }

  @Override
  public String toString(String defaultField) {
    StringBuilder sb = new StringBuilder("presence(");
    for (int i = 0; i < words.size(); i++) {
      sb.append(i == 0 ? "" : " ").append(field.equals(defaultField) ? words.get(i).text() : words.get(i).toString());
    }
    return sb.append(')').toString();
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && words.equals(((WordsPresenceQuery) other).words);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + Objects.hash(words);
  }

  private final class PresenceWeight extends Weight {
    private final IndexSearcher searcher;
    private final float boost;
    private final List<Term> distinct;
    private final boolean any;
    private final List<TermStates> states;
    private final float[] scores;

    PresenceWeight(IndexSearcher searcher, float boost, List<Term> distinct, boolean any, List<TermStates> states,
        float[] scores) {
      super(WordsPresenceQuery.this);
      this.searcher = searcher;
      this.boost = boost;
      this.distinct = distinct;
      this.any = any;
      this.states = states;
      this.scores = scores;
    }

    @Override
    public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
      if (!any) {
        return null;
      }
      List<TermsEnum> cursors = new ArrayList<>(distinct.size());
      long cost = Long.MAX_VALUE;
      for (int i = 0; i < distinct.size(); i++) {
        TermsEnum cursor = TermPresenceQuery.seek(states.get(i), distinct.get(i), context);
        if (cursor == null) {
          return null;
        }
        cursors.add(cursor);
        cost = Math.min(cost, cursor.docFreq());
      }
      long leadCost = cost;
      return new ScorerSupplier() {
        @Override
        public Scorer get(long ignored) throws IOException {
          return new NormTableScorer(matches(), context.reader().getNormValues(field), scores, null);
        }

        @Override
        public BulkScorer bulkScorer() throws IOException {
          return NormTableScorer.bulk(matches(), context.reader().getNormValues(field), scores, leadCost);
        }

        /** The documents that hold every word; the conjunction leads with the rarest word. */
        private DocIdSetIterator matches() throws IOException {
          List<PostingsEnum> postings = new ArrayList<>(cursors.size());
          for (TermsEnum cursor : cursors) {
            postings.add(cursor.postings(null, PostingsEnum.NONE));
          }
          return postings.size() == 1 ? postings.get(0) : ConjunctionUtils.intersectIterators(postings);
        }

        @Override
        public long cost() {
          return leadCost;
        }
      };
    }

    @Override
    public boolean isCacheable(LeafReaderContext context) {
      return true;
    }

    @Override
    public Explanation explain(LeafReaderContext context, int doc) throws IOException {
      // Rare (a caller asking why a document scored): the conjunction's weight, built only then, says it
      // word by word with the same scores.
      return conjunction().createWeight(searcher, ScoreMode.COMPLETE, boost).explain(context, doc);
    }
  }
}
