package org.leadssdk.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.leadssdk.core.internal.Mask;

/**
 * Queries from user text: the all-field search term, names (exact, sounds-alike, typo-tolerant) and
 * words of a field. User text never throws a parser exception; what would make a runaway query (a
 * one-letter prefix, too many words) is refused with a message that says why.
 */
public final class TextQueries {
  /** The most words (leaf terms) a term query may hold. */
  public static final int MAX_TERMS = 24;
  /** The fewest characters before a {@code *}. */
  public static final int MIN_PREFIX = 2;
  /**
   * The most words of a search term that look for typos ({@code ~} on a word of 3 letters or more): each
   * looks up to {@link #TYPO_EXPANSIONS} spellings, and together they stay inside Lucene's limit of 1,024
   * clauses even where a download since a date holds the criteria three times.
   */
  public static final int MAX_TYPO_WORDS = 6;
  /** The most spellings a word with {@code ~} (or the typo tier of a name) looks up. */
  public static final int TYPO_EXPANSIONS = 50;
  /** Score of an exact name match; a sounds-alike match scores {@link #PHONETIC_SCORE}, a typo match 1. */
  public static final float EXACT_SCORE = 10f;
  /** Score of a sounds-alike name match. */
  public static final float PHONETIC_SCORE = 4f;

  private static final int FLAGS = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.NOT_OPERATOR
      | SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.PREFIX_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR
      | SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.ESCAPE_OPERATOR
      | SimpleQueryParser.WHITESPACE_OPERATOR | SimpleQueryParser.FUZZY_OPERATOR;

  private TextQueries() {}

  /**
   * The all-field query for a search term: every word required; quotes, {@code -}, {@code |},
   * {@code *} and {@code ~} understood. Each plain word counts once however often a record repeats it
   * ({@link TermPresenceQuery}); a term of plain words only is one {@link WordsPresenceQuery}.
   *
   * <p>A word with {@code ~} (or {@code ~1}, {@code ~2}) also finds spellings within as many edits, but never
   * more than {@link #typoEdits} allows for its length, always with its first letter, and at most
   * {@link #TYPO_EXPANSIONS} of them, as the typo tier of a name query does: a short word with {@code ~}
   * would otherwise match most of the index's short words.
   *
   * @throws IllegalArgumentException if the term has no searchable word, a prefix shorter than 2
   *     characters, more than 24 words, or more than 6 words of 3 letters or more with {@code ~}
   */
  public static Query allFields(String term) {
    SimpleQueryParser parser = new SimpleQueryParser(Analyzers.TEXT, Map.of(Fields.ALL, 1f), FLAGS) {
      @Override
      protected Query newTermQuery(Term term, float boost) {
        // A word counts once however often the record repeats it (see TermPresenceQuery).
        Query q = new TermPresenceQuery(term);
        return boost == 1f ? q : new BoostQuery(q, boost);
      }

      @Override
      protected Query newFuzzyQuery(String text, int fuzziness) {
        BytesRef normalized = getAnalyzer().normalize(Fields.ALL, text);
        Term word = new Term(Fields.ALL, normalized);
        int edits = Math.min(fuzziness, typoEdits(word.text()));
        if (edits == 0) {
          // the word as a plain word of the term (analyzed, as "~0" is)
          return newDefaultQuery(text);
        }
        return new FuzzyQuery(word, edits, 1, TYPO_EXPANSIONS, true);
      }
    };
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    Query q = parser.parse(term);
    if (q == null || q instanceof MatchNoDocsQuery) {
      throw new IllegalArgumentException("term: " + Mask.plain(term) + " has no searchable word");
    }
    int[] leaves = {0};
    int[] typos = {0};
    q.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... terms) {
        leaves[0] += terms.length;
      }

      @Override
      public void visitLeaf(Query query) {
        leaves[0]++;
        if (query instanceof PrefixQuery p && p.getPrefix().text().length() < MIN_PREFIX) {
          throw new IllegalArgumentException("term: a prefix search needs at least " + MIN_PREFIX
              + " characters before *, got \"" + p.getPrefix().text() + "*\"");
        }
        if (query instanceof FuzzyQuery) {
          typos[0]++;
        }
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    if (leaves[0] > MAX_TERMS) {
      throw new IllegalArgumentException("term: has " + leaves[0] + " words; at most " + MAX_TERMS + " are searched");
    }
    if (typos[0] > MAX_TYPO_WORDS) {
      throw new IllegalArgumentException("term: has " + typos[0] + " words with ~; at most " + MAX_TYPO_WORDS
          + " are searched with typos");
    }
    return wordsTogether(q);
  }

  /** Plain words, all required, as one {@link WordsPresenceQuery} (same matches and scores, less work). */
  private static Query wordsTogether(Query q) {
    if (!(q instanceof BooleanQuery b) || b.getMinimumNumberShouldMatch() != 0 || b.clauses().size() < 2) {
      return q;
    }
    List<Term> words = new ArrayList<>(b.clauses().size());
    for (BooleanClause c : b.clauses()) {
      if (c.occur() != BooleanClause.Occur.MUST || !(c.query() instanceof TermPresenceQuery word)) {
        return q;
      }
      words.add(word.term());
    }
    return new WordsPresenceQuery(words);
  }

  /**
   * A name query over a name field and its phonetic twin: for each word, exact (10), sounds-alike (4) or
   * one to two typos (1), the best of the three; every word required.
   *
   * @throws IllegalArgumentException if the name has no word
   */
  public static Query name(String field, String phoneticField, String name) {
    List<String> words = tokens(Analyzers.TEXT, field, name);
    if (words.isEmpty()) {
      throw new IllegalArgumentException(field + ": " + Mask.partial(name) + " has no searchable word");
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String word : words) {
      List<Query> tiers = new ArrayList<>(3);
      tiers.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field, word))), EXACT_SCORE));
      List<String> codes = tokens(Analyzers.PHONETIC, phoneticField, word);
      if (!codes.isEmpty()) {
        BooleanQuery.Builder phonetic = new BooleanQuery.Builder();
        for (String code : codes) {
          phonetic.add(new TermQuery(new Term(phoneticField, code)), BooleanClause.Occur.SHOULD);
        }
        tiers.add(new BoostQuery(new ConstantScoreQuery(phonetic.build()), PHONETIC_SCORE));
      }
      int edits = typoEdits(word);
      if (edits > 0) {
        tiers.add(new FuzzyTierQuery(new Term(field, word), edits, 1, TYPO_EXPANSIONS));
      }
      all.add(new DisjunctionMaxQuery(tiers, 0f), BooleanClause.Occur.MUST);
    }
    return all.build();
  }

  /**
   * The edits a typo match of {@code word} may have: none under 3 characters, 1 up to 5, 2 from 6. Typo
   * matches also keep the word's first letter.
   */
  public static int typoEdits(String word) {
    int n = word.length();
    return n < 3 ? 0 : n <= 5 ? 1 : 2;
  }

  /**
   * Whether {@code token} is a typo match of {@code word} with at most {@code edits} edits (and no more than
   * {@link #typoEdits} allows): the same first letter and within the edits. The check behind the match
   * explanation of the typo queries built here.
   */
  public static boolean isTypoOf(String word, String token, int edits) {
    int allowed = Math.min(edits, typoEdits(word));
    return allowed > 0 && !token.isEmpty() && token.codePointAt(0) == word.codePointAt(0)
        && EditDistance.within(word, token, allowed);
  }

  /** Every word of {@code text} required in {@code field} (scored). */
  public static Query words(String field, String text) {
    List<String> words = tokens(Analyzers.TEXT, field, text);
    if (words.isEmpty()) {
      throw new IllegalArgumentException(field + ": " + Mask.plain(text) + " has no searchable word");
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String w : words) {
      b.add(new TermQuery(new Term(field, w)), BooleanClause.Occur.MUST);
    }
    return b.build();
  }

  /** The tokens the analyzer makes of {@code text}. */
  public static List<String> tokens(Analyzer analyzer, String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
