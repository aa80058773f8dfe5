package org.leadssdk.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
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
 * the conjunction reads the norm once per word and asks each word's scorer. A third less collecting for
 * "dragon tattoo" (15,000 matches) on the 1,000,000-record index. Under {@link ScoreMode#TOP_SCORES}
 * (skipping by score) and without scores it is that conjunction.
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

  /** The words, in the order given. */
  public List<Term> words() {
    return words;
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
    Query conjunction = conjunction();
    if (scoreMode != ScoreMode.COMPLETE) {
      return conjunction.createWeight(searcher, scoreMode, boost);
    }
    List<TermStates> states = new ArrayList<>(words.size());
    List<Similarity.SimScorer> scorers = new ArrayList<>(words.size());
    boolean any = true;
    for (Term t : words) {
      TermStates s = TermStates.build(searcher, t, true);
      states.add(s);
      Similarity.SimScorer once = TermPresenceQuery.once(searcher, t, s, boost);
      if (once == null) {
        any = false;
      } else {
        scorers.add(once);
      }
    }
    float[] scores = NormTableScorer.table(scorers);
    Weight explaining = conjunction.createWeight(searcher, scoreMode, boost);
    return new PresenceWeight(any, states, scores, explaining);
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
    private final boolean any;
    private final List<TermStates> states;
    private final float[] scores;
    private final Weight explaining;

    PresenceWeight(boolean any, List<TermStates> states, float[] scores, Weight explaining) {
      super(WordsPresenceQuery.this);
      this.any = any;
      this.states = states;
      this.scores = scores;
      this.explaining = explaining;
    }

    @Override
    public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
      if (!any) {
        return null;
      }
      List<TermsEnum> cursors = new ArrayList<>(words.size());
      long cost = Long.MAX_VALUE;
      for (int i = 0; i < words.size(); i++) {
        TermsEnum cursor = TermPresenceQuery.seek(states.get(i), words.get(i), context);
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
          List<PostingsEnum> postings = new ArrayList<>(cursors.size());
          for (TermsEnum cursor : cursors) {
            postings.add(cursor.postings(null, PostingsEnum.NONE));
          }
          postings.sort(Comparator.comparingLong(PostingsEnum::cost));
          DocIdSetIterator docs = postings.get(0);
          if (postings.size() > 1) {
            docs = ConjunctionUtils.intersectIterators(postings);
          }
          return new NormTableScorer(docs, context.reader().getNormValues(field), scores, null);
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
      return explaining.explain(context, doc);
    }
  }
}
