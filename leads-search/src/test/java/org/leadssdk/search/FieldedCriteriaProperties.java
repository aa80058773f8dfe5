package org.leadssdk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadssdk.core.County;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.PhysicalDescription;
import org.leadssdk.core.Smt;
import org.leadssdk.geo.Area;
import org.leadssdk.geo.Counties;
import org.leadssdk.search.internal.Analyzers;
import org.leadssdk.search.internal.Fields;
import org.leadssdk.search.internal.TextQueries;
import org.leadssdk.testkit.SyntheticParolees;

/**
 * The fielded criteria of issue 5 ("date of birth and age ranges; height and weight ranges; sex, race,
 * hair, eyes; SMT text and codes; ... supervision level; agent; parole unit"; "inside a polygon or
 * county") against brute-force filters over the records retention shows, on seeded synthetic populations.
 * Each criterion's value is taken from a record of the population, so the expected set is never empty.
 */
class FieldedCriteriaProperties {
  private static final Instant NOW = Instant.parse("2026-11-01T17:00:00Z");
  private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
  private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZONE);
  /** Lucene encodes coordinates to about 1e-7 degrees; points this close to a county line may go either way. */
  private static final double EDGE_DEGREES = 1e-6;

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.testkit.Seeds#some")
  void everyFieldedCriterionEqualsItsBruteForceFilter(long seed) throws IOException {
    // The population of the search oracles: 400 records, those retention shows at the same instant.
    SearchOracleProperties.Fixture f = SearchOracleProperties.fixture(seed);
    SyntheticParolees gen = f.gen();
    List<Parolee> shown = f.records();
    try (LeadsIndex index = f.index()) {
      for (int round = 0; round < 3; round++) {
        Parolee p = shown.get(gen.nextInt(shown.size()));
        PhysicalDescription d = p.description();

        LocalDate from = d.dateOfBirth().minusDays(gen.nextInt(400));
        LocalDate to = d.dateOfBirth().plusDays(gen.nextInt(400));
        check(index, shown, seed, "date of birth " + from + ".." + to,
            SearchRequest.builder().dateOfBirth(from, to),
            r -> !r.description().dateOfBirth().isBefore(from) && !r.description().dateOfBirth().isAfter(to));

        int age = age(p);
        int ageMin = age - gen.nextInt(3);
        int ageMax = age + gen.nextInt(3);
        check(index, shown, seed, "age " + ageMin + ".." + ageMax, SearchRequest.builder().age(ageMin, ageMax),
            r -> age(r) >= ageMin && age(r) <= ageMax);

        int wMin = d.weightPounds() - gen.nextInt(15);
        int wMax = d.weightPounds() + gen.nextInt(15);
        check(index, shown, seed, "weight " + wMin + ".." + wMax, SearchRequest.builder().weightPounds(wMin, wMax),
            r -> r.description().weightPounds() >= wMin && r.description().weightPounds() <= wMax);

        check(index, shown, seed, "race, hair and eyes of " + p.cdcNumber(),
            SearchRequest.builder().races(d.race()).hairColors(d.hair()).eyeColors(d.eyes()),
            r -> r.description().race() == d.race() && r.description().hair() == d.hair()
                && r.description().eyes() == d.eyes());

        check(index, shown, seed, "sex and supervision level of " + p.cdcNumber(),
            SearchRequest.builder().sexes(d.sex()).levels(p.supervision().level()),
            r -> r.description().sex() == d.sex() && r.supervision().level() == p.supervision().level());

        if (!p.smts().isEmpty()) {
          Smt smt = p.smts().get(gen.nextInt(p.smts().size()));
          String code = smt.code().value();
          check(index, shown, seed, "SMT code " + code, SearchRequest.builder().smtCode(code),
              r -> r.smts().stream().anyMatch(s -> s.code().value().equals(code)));
          String kind = smt.code().kind();
          check(index, shown, seed, "SMT kind " + kind, SearchRequest.builder().smtCode(kind),
              r -> r.smts().stream().anyMatch(s -> s.code().kind().equals(kind)));
        }

        if (p.supervision().agent() != null) {
          List<String> words = TextQueries.tokens(Analyzers.TEXT, Fields.AGENT, p.supervision().agent().name());
          String word = words.get(gen.nextInt(words.size()));
          check(index, shown, seed, "agent word " + word, SearchRequest.builder().agent(word),
              r -> r.supervision().agent() != null
                  && TextQueries.tokens(Analyzers.TEXT, Fields.AGENT, r.supervision().agent().name()).contains(word));
        }

        if (p.supervision().paroleUnit() != null) {
          String unit = p.supervision().paroleUnit().code();
          check(index, shown, seed, "parole unit " + unit, SearchRequest.builder().paroleUnit(unit.toLowerCase()),
              r -> r.supervision().paroleUnit() != null && r.supervision().paroleUnit().code().equals(unit));
        }

        County county = p.currentResidence().map(a -> a.county()).orElse(null);
        if (county != null) {
          Area shape = Counties.bundled().shape(county);
          Set<String> found = ids(index, SearchRequest.builder().area(GeoFilter.inside(county)));
          for (Parolee r : shown) {
            GeoPoint home = home(r);
            if (home != null && nearEdge(shape, home)) {
              continue;
            }
            assertThat(found.contains(r.cdcNumber().value()))
                .as("seed %d: %s inside %s", seed, r.cdcNumber(), county)
                .isEqualTo(home != null && shape.contains(home));
          }
        }
      }
    }
  }

  private static void check(LeadsIndex index, List<Parolee> shown, long seed, String what,
      SearchRequest.Builder request, Predicate<Parolee> oracle) throws IOException {
    Set<String> expected = shown.stream().filter(oracle).map(r -> r.cdcNumber().value()).collect(Collectors.toSet());
    assertThat(expected).as("seed %d: %s matches the record it was taken from", seed, what).isNotEmpty();
    assertThat(ids(index, request)).as("seed %d: %s", seed, what).isEqualTo(expected);
  }

  private static Set<String> ids(LeadsIndex index, SearchRequest.Builder request) throws IOException {
    IndexSearcher s = index.acquire();
    try {
      return new QueryEngine().run(s, request.pageSize(1000).build(), NOW, ZONE).hits().stream()
          .map(h -> h.record().cdcNumber().value())
          .collect(Collectors.toSet());
    } finally {
      index.release(s);
    }
  }

  private static int age(Parolee p) {
    return Period.between(p.description().dateOfBirth(), TODAY).getYears();
  }

  private static GeoPoint home(Parolee p) {
    return p.currentResidence().flatMap(a -> java.util.Optional.ofNullable(a.geocode())).map(g -> g.point()).orElse(null);
  }

  /** Whether a step of {@link #EDGE_DEGREES} in any direction takes the point across the shape's edge. */
  private static boolean nearEdge(Area shape, GeoPoint p) {
    boolean in = shape.contains(p);
    double[][] steps = {{EDGE_DEGREES, 0}, {-EDGE_DEGREES, 0}, {0, EDGE_DEGREES}, {0, -EDGE_DEGREES}};
    for (double[] step : steps) {
      if (shape.contains(GeoPoint.of(p.latitude() + step[0], p.longitude() + step[1])) != in) {
        return true;
      }
    }
    return false;
  }
}
