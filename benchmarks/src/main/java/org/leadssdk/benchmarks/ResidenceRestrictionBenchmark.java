package org.leadssdk.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.leadssdk.core.CodeSection;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.RegistrationStatute;
import org.leadssdk.geo.PlaceLayer;
import org.leadssdk.geo.ProtectedPlace;
import org.leadssdk.geo.ResidenceRestrictions;
import org.leadssdk.geo.RestrictionReport;
import org.leadssdk.geo.RestrictionSubject;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A residence check (both rules apply: PC 288(a) and PC 290) against a layer of 100,000 synthetic places
 * spread over California: 98,000 schools and parks, 2,000 victim and witness residences.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ResidenceRestrictionBenchmark {
  private static final int PLACES = 100_000;
  private static final int HOMES = 1024;

  private PlaceLayer layer;
  private RestrictionSubject[] subjects;
  private int next;

  /** Builds the layer and the subjects (seed 7). */
  @Setup
  public void setUp() {
    SplittableRandom r = new SplittableRandom(7);
    List<ProtectedPlace> places = new ArrayList<>(PLACES);
    for (int i = 0; i < PLACES; i++) {
      ProtectedPlace.Kind kind = i < 1000 ? ProtectedPlace.Kind.VICTIM_RESIDENCE
          : i < 2000 ? ProtectedPlace.Kind.WITNESS_RESIDENCE
          : (i & 1) == 0 ? ProtectedPlace.Kind.SCHOOL : ProtectedPlace.Kind.PARK;
      places.add(new ProtectedPlace("p" + i, kind, "place " + i, point(r)));
    }
    layer = PlaceLayer.of(places);
    subjects = new RestrictionSubject[HOMES];
    for (int i = 0; i < HOMES; i++) {
      subjects[i] = new RestrictionSubject(List.of(CodeSection.parse("PC 288(a)")),
          Set.of(RegistrationStatute.PC_290), Set.of(), point(r));
    }
  }

  private static GeoPoint point(SplittableRandom r) {
    return new GeoPoint(r.nextDouble(32.5, 42.0), r.nextDouble(-124.4, -114.1));
  }

  /** One check of both rules. */
  @Benchmark
  public RestrictionReport check() {
    return ResidenceRestrictions.check(subjects[next++ & (HOMES - 1)], layer);
  }
}
