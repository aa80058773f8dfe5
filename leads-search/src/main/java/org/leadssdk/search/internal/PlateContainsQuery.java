package org.leadssdk.search.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Documents with a plate that contains a literal, checked per document on the plates' sorted-set doc values
 * ({@link Fields#PLATE}). Its cost is every document with a plate, so in a conjunction it only checks the
 * candidates the plates' three-character substrings ({@link Fields#PLATE_GRAM}) leave: two substrings of a
 * longer literal can sit in different places of a plate, or in two plates of one record. Immutable.
 */
public final class PlateContainsQuery extends Query {
  private final byte[] literal;

  /** Documents with a plate (normalized, upper case) containing {@code literal}. */
  public PlateContainsQuery(String literal) {
    this.literal = literal.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public @Nullable ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        if (context.reader().getFieldInfos().fieldInfo(Fields.PLATE) == null) {
          return null;
        }
        SortedSetDocValues plates = DocValues.getSortedSet(context.reader(), Fields.PLATE);
        TwoPhaseIterator twoPhase = new TwoPhaseIterator(plates) {
          @Override
          public boolean matches() throws IOException {
            for (int i = 0, n = plates.docValueCount(); i < n; i++) {
              if (contains(plates.lookupOrd(plates.nextOrd()))) {
                return true;
              }
            }
            return false;
          }

          @Override
          public float matchCost() {
            return 100f;
          }
        };
        return new Weight.DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, twoPhase));
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        // Cached alone it would check every plate of the segment; it is only meant for the candidates the
        // substrings leave.
        return false;
      }
    };
  }

  private boolean contains(BytesRef plate) {
    int last = plate.offset + plate.length - literal.length;
    for (int start = plate.offset; start <= last; start++) {
      if (Arrays.equals(plate.bytes, start, start + literal.length, literal, 0, literal.length)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString(String f) {
    return "plateContains(" + new String(literal, StandardCharsets.UTF_8) + ")";
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(Fields.PLATE)) {
      visitor.visitLeaf(this);
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return sameClassAs(other) && Arrays.equals(literal, ((PlateContainsQuery) other).literal);
  }

  @Override
  public int hashCode() {
    return classHash() ^ Arrays.hashCode(literal);
  }
}
