package org.leadssdk.search.internal;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.phonetic.DoubleMetaphoneFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzers of the index. Text is tokenized by Unicode word rules, lower-cased and folded to ASCII;
 * there is no stemming, so names keep their spelling (Williams is not William). Names also get Double
 * Metaphone codes for phonetic matching.
 */
public final class Analyzers {
  private Analyzers() {}

  /** Word tokens, lower case, ASCII-folded: names, descriptions, the catch-all field. */
  public static final Analyzer TEXT = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
      return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
  };

  /** Double Metaphone codes (up to 6 characters) of each word, primary and alternate, no originals. */
  public static final Analyzer PHONETIC = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream stream = new DoubleMetaphoneFilter(new ASCIIFoldingFilter(new LowerCaseFilter(source)), 6, false);
      return new TokenStreamComponents(source, stream);
    }
  };

  /** The per-field analyzer used by the index writer and by query parsing. */
  public static final Analyzer INDEX = new PerFieldAnalyzerWrapper(
      TEXT,
      Map.of(
          Fields.LAST_PHONETIC, PHONETIC,
          Fields.FIRST_PHONETIC, PHONETIC,
          Fields.CDC, new KeywordAnalyzer()));
}
