package org.leadssdk.search.internal;

import java.io.IOException;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.geo.GeoUtils;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.SloppyMath;
import org.jspecify.annotations.Nullable;

/**
 * Documents whose location lies within a radius of a point, checked per document on the location's doc
 * values with the test of Lucene's point distance query (the haversine sort key of the encoded position
 * against {@link GeoUtils#distanceQuerySortKey}), so it matches the same documents. Unlike Lucene's own
 * doc-values distance query it builds no acceleration grid, which makes it cheap to create: for checking
 * a few candidate documents against thousands of circles. Immutable.
 */
public final class CircleDocValuesQuery extends Query {
  private final String field;
  private final double latitude;
  private final double longitude;
  private final double radiusMeters;
  private final double sortKey;

  /** Within {@code radiusMeters} of the point, on the {@code LatLonDocValuesField} named {@code field}. */
  public CircleDocValuesQuery(String field, double latitude, double longitude, double radiusMeters) {
    this.field = field;
    this.latitude = latitude;
    this.longitude = longitude;
    this.radiusMeters = radiusMeters;
    this.sortKey = GeoUtils.distanceQuerySortKey(radiusMeters);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public @Nullable ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        if (context.reader().getFieldInfos().fieldInfo(field) == null) {
          return null;
        }
        SortedNumericDocValues values = DocValues.getSortedNumeric(context.reader(), field);
        TwoPhaseIterator twoPhase = new TwoPhaseIterator(values) {
          @Override
          public boolean matches() throws IOException {
            for (int i = 0, n = values.docValueCount(); i < n; i++) {
              long encoded = values.nextValue();
              double lat = GeoEncodingUtils.decodeLatitude((int) (encoded >>> 32));
              double lon = GeoEncodingUtils.decodeLongitude((int) (encoded & 0xFFFFFFFFL));
              if (SloppyMath.haversinSortKey(latitude, longitude, lat, lon) <= sortKey) {
                return true;
              }
            }
            return false;
          }

          @Override
          public float matchCost() {
            return 50f;
          }
        };
        return new Weight.DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, twoPhase));
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return DocValues.isCacheable(ctx, field);
      }
    };
  }

  @Override
  public String toString(String f) {
    return "circleDocValues(" + field + ", r=" + radiusMeters + "m)";
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(field)) {
      visitor.visitLeaf(this);
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return sameClassAs(other)
        && field.equals(((CircleDocValuesQuery) other).field)
        && Double.compare(latitude, ((CircleDocValuesQuery) other).latitude) == 0
        && Double.compare(longitude, ((CircleDocValuesQuery) other).longitude) == 0
        && Double.compare(radiusMeters, ((CircleDocValuesQuery) other).radiusMeters) == 0;
  }

  @Override
  public int hashCode() {
    return classHash() ^ field.hashCode() ^ Double.hashCode(latitude) ^ Double.hashCode(longitude)
        ^ Double.hashCode(radiusMeters);
  }
}
