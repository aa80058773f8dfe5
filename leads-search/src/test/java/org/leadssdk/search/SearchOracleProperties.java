package org.leadssdk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.SloppyMath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadssdk.core.Alias;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.Smt;
import org.leadssdk.geo.Area;
import org.leadssdk.geo.Distance;
import org.leadssdk.policy.Retention;
import org.leadssdk.search.internal.Analyzers;
import org.leadssdk.search.internal.Fields;
import org.leadssdk.search.internal.TextQueries;
import org.leadssdk.testkit.SyntheticParolees;

/** Index results against brute-force oracles on seeded synthetic populations. */
class SearchOracleProperties {
  private static final int RECORDS = 400;
  /** Lucene encodes coordinates to about 1e-7 degrees (about 1 cm); points that close to an edge may go either way. */
  private static final double SLACK_METERS = 0.05;
  private static final Instant NOW = Instant.parse("2026-11-01T17:00:00Z");
  private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

  /** The generated records and the index of them; {@code records} are those retention shows at {@link #NOW}. */
  record Fixture(LeadsIndex index, List<Parolee> records, SyntheticParolees gen) {}

  static Fixture fixture(long seed) {
    SyntheticParolees gen = new SyntheticParolees(seed);
    List<Parolee> all = gen.parolees(RECORDS);
    LeadsIndex index = LeadsIndex.builder().inMemory().build();
    all.forEach(index::upsert);
    index.refresh();
    Retention retention = index.retention();
    List<Parolee> visible = all.stream().filter(p -> retention.visibility(p, NOW).visible()).toList();
    return new Fixture(index, visible, gen);
  }

  private static List<Hit> all(LeadsIndex index, SearchRequest.Builder request) throws IOException {
    IndexSearcher s = index.acquire();
    try {
      return new QueryEngine().run(s, request.pageSize(1000).build(), NOW, ZONE).hits().stream()
          .map(h -> new Hit(h.record(), h.score(), h.distanceMeters(), List.of()))
          .toList();
    } finally {
      index.release(s);
    }
  }

  private static Set<String> ids(List<Hit> hits) {
    Set<String> out = new HashSet<>();
    hits.forEach(h -> out.add(h.record().cdcNumber().value()));
    return out;
  }

  private static GeoPoint home(Parolee p) {
    return p.currentResidence().flatMap(a -> java.util.Optional.ofNullable(a.geocode())).map(g -> g.point()).orElse(null);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.testkit.Seeds#some")
  void radiusSearchEqualsBruteForceHaversine(long seed) throws IOException {
    Fixture f = fixture(seed);
    try (LeadsIndex index = f.index()) {
      for (int q = 0; q < 5; q++) {
        GeoPoint center = f.records().get(f.gen().nextInt(f.records().size())).currentResidence()
            .flatMap(a -> java.util.Optional.ofNullable(a.geocode())).map(g -> g.point()).orElse(f.gen().point());
        double radius = f.gen().uniform(500, 120_000);
        Set<String> found = ids(all(index, SearchRequest.builder().within(center, Distance.ofMeters(radius))));
        for (Parolee p : f.records()) {
          GeoPoint h = home(p);
          if (h == null) {
            assertThat(found).as("seed %d: no geocode, never in an area", seed).doesNotContain(p.cdcNumber().value());
            continue;
          }
          double d = SloppyMath.haversinMeters(center.latitude(), center.longitude(), h.latitude(), h.longitude());
          if (Math.abs(d - radius) <= SLACK_METERS) {
            continue;
          }
          assertThat(found.contains(p.cdcNumber().value()))
              .as("seed %d: %s at %.2f m from the centre, radius %.2f m", seed, p.cdcNumber(), d, radius)
              .isEqualTo(d < radius);
        }
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.testkit.Seeds#some")
  void polygonSearchEqualsBruteForcePointInPolygon(long seed) throws IOException {
    Fixture f = fixture(seed);
    try (LeadsIndex index = f.index()) {
      GeoPoint c = f.gen().point();
      List<GeoPoint> ring = new ArrayList<>();
      int n = 3 + f.gen().nextInt(6);
      for (int i = 0; i < n; i++) {
        double angle = 2 * Math.PI * i / n;
        double r = f.gen().uniform(0.3, 3.0);
        ring.add(GeoPoint.of(Math.max(-89, Math.min(89, c.latitude() + r * Math.sin(angle))),
            c.longitude() + r * Math.cos(angle)));
      }
      ring.add(ring.get(0));
      Area area = Area.ofShell(ring);
      Set<String> found = ids(all(index, SearchRequest.builder().area(GeoFilter.inside(area))));
      for (Parolee p : f.records()) {
        GeoPoint h = home(p);
        boolean expected = h != null && area.contains(h);
        if (h != null && nearEdge(h, ring)) {
          continue;
        }
        assertThat(found.contains(p.cdcNumber().value())).as("seed %d: %s", seed, p.cdcNumber()).isEqualTo(expected);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.testkit.Seeds#some")
  void everyRecordIsFoundByItsIdentifiersNamesAliasesPlatesAndSmtWords(long seed) throws IOException {
    Fixture f = fixture(seed);
    try (LeadsIndex index = f.index()) {
      for (Parolee p : f.records().subList(0, 60)) {
        String cdc = p.cdcNumber().value();
        assertThat(ids(all(index, SearchRequest.builder().term(cdc)))).as("seed %d by CDC", seed).contains(cdc);
        assertThat(all(index, SearchRequest.builder().term(cdc)).get(0).record().cdcNumber().value())
            .as("seed %d: the CDC number's own record comes first", seed).isEqualTo(cdc);
        assertThat(ids(all(index, SearchRequest.builder().lastName(p.name().last()).firstName(p.name().first()))))
            .as("seed %d by exact name", seed).contains(cdc);
        for (Alias a : p.aliases()) {
          SearchRequest.Builder byAlias = SearchRequest.builder().lastName(a.last());
          if (a.first() != null) {
            byAlias.firstName(a.first());
          }
          assertThat(ids(all(index, byAlias))).as("seed %d by alias", seed).contains(cdc);
        }
        p.vehicles().forEach(v -> assertThat(idsUnchecked(index, SearchRequest.builder().plate(v.plate().number())))
            .as("seed %d by plate", seed).contains(cdc));
        for (Smt smt : p.smts()) {
          if (smt.description() == null) {
            continue;
          }
          List<String> words = TextQueries.tokens(Analyzers.TEXT, Fields.SMT_TEXT, smt.description());
          if (!words.isEmpty()) {
            assertThat(ids(all(index, SearchRequest.builder().smtText(words.get(0)))))
                .as("seed %d by SMT word %s", seed, words.get(0)).contains(cdc);
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.testkit.Seeds#some")
  void misspeltAndSoundAlikeSurnamesFindTheRecordInTheTopTen(long seed) throws IOException {
    Fixture f = fixture(seed);
    try (LeadsIndex index = f.index()) {
      for (Parolee p : f.records().subList(0, 40)) {
        String last = p.name().last().toUpperCase(java.util.Locale.ROOT);
        if (last.length() < 5 || !last.chars().allMatch(Character::isLetter)) {
          continue;
        }
        for (String variant : variants(last, f.gen())) {
          List<Hit> hits = all(index, SearchRequest.builder().lastName(variant).firstName(p.name().first()));
          List<String> top = hits.stream().limit(10).map(h -> h.record().cdcNumber().value()).toList();
          assertThat(top).as("seed %d: %s for %s", seed, variant, last).contains(p.cdcNumber().value());
        }
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.testkit.Seeds#some")
  void facetCountsEqualBruteForceOverTheVisibleMatches(long seed) throws IOException {
    SyntheticParolees gen = new SyntheticParolees(seed);
    List<Parolee> all = gen.parolees(RECORDS);
    try (LeadsIndex index = LeadsIndex.builder().inMemory().build()) {
      // Several segments, so that per-segment ordinals are merged by value.
      for (int i = 0; i < all.size(); i++) {
        index.upsert(all.get(i));
        if (i % 100 == 99) {
          index.refresh();
        }
      }
      index.refresh();
      Retention retention = index.retention();
      List<org.leadssdk.core.ParoleStatus> statuses = new ArrayList<>(List.of(org.leadssdk.core.ParoleStatus.values()));
      java.util.Collections.shuffle(statuses, new java.util.Random(seed));
      List<org.leadssdk.core.ParoleStatus> asked = statuses.subList(0, 1 + gen.nextInt(4));
      SearchRequest.Builder request = SearchRequest.builder().statuses(asked).exactTotal()
          .facets(FacetDimension.values());
      IndexSearcher s = index.acquire();
      QueryEngine.Page page;
      try {
        page = new QueryEngine().run(s, request.pageSize(5).build(), NOW, ZONE);
      } finally {
        index.release(s);
      }
      java.util.Map<FacetDimension, java.util.Map<String, Long>> expected = new java.util.EnumMap<>(FacetDimension.class);
      for (FacetDimension d : FacetDimension.values()) {
        expected.put(d, new java.util.HashMap<>());
      }
      long matches = 0;
      for (Parolee p : all) {
        if (!asked.contains(p.supervision().status()) || !retention.visibility(p, NOW).visible()) {
          continue;
        }
        matches++;
        expected.get(FacetDimension.STATUS).merge(p.supervision().status().code(), 1L, Long::sum);
        expected.get(FacetDimension.SUPERVISION_LEVEL).merge(p.supervision().level().code(), 1L, Long::sum);
        if (p.supervision().countyUnit() != null) {
          expected.get(FacetDimension.COUNTY_UNIT).merge(p.supervision().countyUnit().code(), 1L, Long::sum);
        }
        if (p.supervision().paroleUnit() != null) {
          expected.get(FacetDimension.PAROLE_UNIT).merge(p.supervision().paroleUnit().code(), 1L, Long::sum);
        }
        p.registrations().forEach(r -> expected.get(FacetDimension.REGISTRATION).merge(r.code(), 1L, Long::sum));
        p.currentResidence().filter(a -> a.county() != null)
            .ifPresent(a -> expected.get(FacetDimension.COUNTY).merge(a.county().code(), 1L, Long::sum));
      }
      assertThat(page.total().count()).as("seed %d: total", seed).isEqualTo(matches);
      for (FacetDimension d : FacetDimension.values()) {
        java.util.Map<String, Long> found = new java.util.HashMap<>();
        List<FacetCount> counts = page.facets().get(d);
        counts.forEach(c -> found.put(c.value(), c.count()));
        assertThat(found).as("seed %d: %s counts", seed, d).isEqualTo(expected.get(d));
        for (int i = 1; i < counts.size(); i++) {
          assertThat(counts.get(i - 1).count()).as("seed %d: %s largest first", seed, d)
              .isGreaterThanOrEqualTo(counts.get(i).count());
        }
      }
    }
  }

  /** One letter dropped, one doubled, two neighbours swapped, and a sound-alike spelling. */
  private static List<String> variants(String name, SyntheticParolees gen) {
    int i = 1 + gen.nextInt(name.length() - 2);
    List<String> out = new ArrayList<>();
    out.add(name.substring(0, i) + name.substring(i + 1));
    out.add(name.substring(0, i) + name.charAt(i) + name.substring(i));
    out.add(name.substring(0, i) + name.charAt(i + 1) + name.charAt(i) + name.substring(i + 2));
    String sound = name.replace("PH", "F").replace("CK", "K").replace("Z", "S").replace("Y", "I");
    if (!sound.equals(name)) {
      out.add(sound);
    }
    return out;
  }

  /**
   * Full and partial plates (DESIGN, "Search": fielded criteria, full and partial plates) against a
   * brute-force match of every visible record's plates: prefixes, suffixes, contains patterns of three to
   * six characters (longer ones are checked on the plates the three-character substrings find), missing
   * characters, and contains patterns of plate characters in random order (whose substrings may sit in
   * different places of a plate, or in two plates of one record).
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.testkit.Seeds#some")
  void platePatternsEqualBruteForce(long seed) throws IOException {
    Fixture f = fixture(seed);
    List<String> plates = f.records().stream().flatMap(p -> p.vehicles().stream()).map(v -> v.plate().number())
        .filter(p -> p.length() >= 4).toList();
    try (LeadsIndex index = f.index()) {
      for (int q = 0; q < 40 && !plates.isEmpty(); q++) {
        String plate = plates.get(f.gen().nextInt(plates.size()));
        int len = plate.length();
        String pattern = switch (q % 5) {
          case 0 -> plate.substring(0, 3 + f.gen().nextInt(len - 2)) + "*";
          case 1 -> "*" + plate.substring(f.gen().nextInt(len - 2));
          case 2 -> {
            int n = 3 + f.gen().nextInt(Math.min(6, len) - 2);
            int start = f.gen().nextInt(len - n + 1);
            yield "*" + plate.substring(start, start + n) + "*";
          }
          case 3 -> {
            char[] c = plate.toCharArray();
            c[1 + f.gen().nextInt(len - 2)] = '?';
            yield f.gen().nextInt(2) == 0 ? new String(c) : "*" + new String(c).substring(1);
          }
          default -> {
            StringBuilder b = new StringBuilder("*");
            for (int i = 0; i < 4; i++) {
              b.append(plate.charAt(f.gen().nextInt(len)));
            }
            yield b.append('*').toString();
          }
        };
        java.util.regex.Pattern regex = java.util.regex.Pattern.compile(
            pattern.replace("?", ".").replace("*", ".*"));
        Set<String> expected = new HashSet<>();
        for (Parolee p : f.records()) {
          if (p.vehicles().stream().anyMatch(v -> regex.matcher(v.plate().number()).matches())) {
            expected.add(p.cdcNumber().value());
          }
        }
        assertThat(ids(all(index, SearchRequest.builder().plate(pattern))))
            .as("seed %d: plate pattern %s", seed, pattern).isEqualTo(expected);
      }
    }
  }

  private static Set<String> idsUnchecked(LeadsIndex index, SearchRequest.Builder r) {
    try {
      return ids(all(index, r));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static boolean nearEdge(GeoPoint p, List<GeoPoint> ring) {
    for (int i = 0; i + 1 < ring.size(); i++) {
      GeoPoint a = ring.get(i);
      GeoPoint b = ring.get(i + 1);
      double dx = b.longitude() - a.longitude();
      double dy = b.latitude() - a.latitude();
      double t = ((p.longitude() - a.longitude()) * dx + (p.latitude() - a.latitude()) * dy) / (dx * dx + dy * dy);
      t = Math.max(0, Math.min(1, t));
      double ex = a.longitude() + t * dx - p.longitude();
      double ey = a.latitude() + t * dy - p.latitude();
      if (Math.hypot(ex, ey) < 1e-6) {
        return true;
      }
    }
    return false;
  }
}
