package org.leadssdk.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.geo.Counties;
import org.leadssdk.geo.CountyMatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Point → county on the bundled 58 counties, for seeded random points in California's bounding box. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CountyLookupBenchmark {
  private static final int POINTS = 4096;

  private Counties counties;
  private GeoPoint[] points;
  private int next;

  /** Loads the counties and draws the points (seed 42). */
  @Setup
  public void setUp() {
    counties = Counties.bundled();
    SplittableRandom r = new SplittableRandom(42);
    points = new GeoPoint[POINTS];
    for (int i = 0; i < POINTS; i++) {
      points[i] = new GeoPoint(r.nextDouble(32.5, 42.0), r.nextDouble(-124.4, -114.1));
    }
  }

  /** One lookup (about 40 % of the box lies outside California, which exercises the nearest-county path). */
  @Benchmark
  public Object locate() {
    GeoPoint p = points[next++ & (POINTS - 1)];
    return counties.locate(p).map(CountyMatch::county).orElse(null);
  }
}
