package org.leadssdk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.geo.GeoUtils;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.SloppyMath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadssdk.core.Address;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.Geocode;
import org.leadssdk.core.Parolee;
import org.leadssdk.geo.Distance;
import org.leadssdk.policy.Retention;
import org.leadssdk.search.internal.DocumentMapper;
import org.leadssdk.testkit.SyntheticParolees;

/**
 * Nearest-first pages of a radius search, found on the location grids, against a brute-force oracle (every
 * visible record's distance as Lucene's distance sort computes it, ordered by distance then CDC number)
 * and against the same request answered by sorting every match. The index has several segments, replaced
 * (deleted) versions, records retention hides and records that share a location, so pruning across
 * segments, deletions, the retention filter and ties are all exercised.
 */
class NearestPageProperties {
  private static final Instant NOW = Instant.parse("2026-11-01T17:00:00Z");
  private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

  /** A record's place as the index holds it, and its distance and sort key from a centre. */
  private record Placed(Parolee record, double meters, long cdcKey) {}

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.testkit.Seeds#some")
  void nearestPagesEqualBruteForceAndTheSortedSearch(long seed) throws IOException {
    SyntheticParolees gen = new SyntheticParolees(seed);
    List<Parolee> records = withSharedLocations(gen.parolees(600), gen);
    try (LeadsIndex index = LeadsIndex.builder().inMemory().build()) {
      // Four segments, then a fifth of the records again at a new version (their old documents deleted).
      for (int i = 0; i < records.size(); i++) {
        index.upsert(records.get(i));
        if (i % 150 == 149) {
          index.refresh();
        }
      }
      List<Parolee> current = new ArrayList<>(records);
      for (int i = 0; i < current.size(); i += 5) {
        Parolee p = current.get(i);
        Parolee next = p.toBuilder().recordVersion(p.recordVersion() + 1).build();
        index.upsert(next);
        current.set(i, next);
      }
      index.refresh();
      Retention retention = index.retention();
      IndexSearcher searcher = index.acquire();
      try {
        for (int q = 0; q < 6; q++) {
          GeoPoint center = home(current.get(gen.nextInt(current.size())));
          if (center == null) {
            center = gen.point();
          }
          double radius = q % 3 == 0 ? gen.uniform(100, 3_000) : gen.uniform(3_000, 200_000);
          int pageSize = 1 + gen.nextInt(40);
          double radiusKey = GeoUtils.distanceQuerySortKey(radius);

          List<Placed> expected = new ArrayList<>();
          long hidden = 0;
          for (Parolee p : current) {
            GeoPoint h = home(p);
            if (h == null) {
              continue;
            }
            double key = SloppyMath.haversinSortKey(center.latitude(), center.longitude(),
                GeoEncodingUtils.decodeLatitude(GeoEncodingUtils.encodeLatitude(h.latitude())),
                GeoEncodingUtils.decodeLongitude(GeoEncodingUtils.encodeLongitude(h.longitude())));
            if (key > radiusKey) {
              continue;
            }
            if (!retention.visibility(p, NOW).visible()) {
              hidden++;
              continue;
            }
            expected.add(new Placed(p, SloppyMath.haversinMeters(key), DocumentMapper.cdcKey(p.cdcNumber().value())));
          }
          expected.sort(Comparator.comparingDouble(Placed::meters).thenComparingLong(Placed::cdcKey));

          List<Placed> found = new ArrayList<>();
          PageCursor after = null;
          int pages = 0;
          do {
            QueryEngine.Page nearest = new QueryEngine().run(searcher,
                request(center, radius, pageSize, after, false), NOW, ZONE);
            QueryEngine.Page sorted = new QueryEngine().run(searcher,
                request(center, radius, pageSize, after, true), NOW, ZONE);
            String what = String.format(java.util.Locale.ROOT, "seed %d, query %d, page %d (radius %.0f m, size %d)",
                seed, q, pages, radius, pageSize);
            assertThat(cdcs(nearest)).as(what + ": same page as the sorted search").isEqualTo(cdcs(sorted));
            assertThat(distances(nearest)).as(what + ": same distances").isEqualTo(distances(sorted));
            assertThat(nearest.next()).as(what + ": same cursor").isEqualTo(sorted.next());
            assertThat(nearest.omitted()).as(what + ": hidden by retention").isEqualTo(hidden);
            assertThat(sorted.omitted()).as(what + ": hidden by retention (sorted)").isEqualTo(hidden);
            if (nearest.total().isExact()) {
              assertThat(nearest.total().lowerBound()).as(what + ": exact total").isEqualTo(expected.size());
            } else {
              assertThat(nearest.total().lowerBound()).as(what + ": lower bound")
                  .isBetween((long) Math.min(expected.size(), pageSize), (long) expected.size());
            }
            for (QueryEngine.RawHit hit : nearest.hits()) {
              found.add(new Placed(hit.record(), hit.distanceMeters().orElseThrow(),
                  DocumentMapper.cdcKey(hit.record().cdcNumber().value())));
            }
            after = nearest.next();
            pages++;
          } while (after != null && pages < 40);
          if (after == null) {
            assertThat(found.stream().map(p -> p.record().cdcNumber().value()).toList())
                .as("seed %d, query %d: every page together is the oracle's order", seed, q)
                .isEqualTo(expected.stream().map(p -> p.record().cdcNumber().value()).toList());
            assertThat(found.stream().map(Placed::meters).toList())
                .as("seed %d, query %d: distances", seed, q)
                .isEqualTo(expected.stream().map(Placed::meters).toList());
          } else {
            assertThat(found.stream().map(p -> p.record().cdcNumber().value()).toList())
                .as("seed %d, query %d: the first 40 pages are the oracle's first records", seed, q)
                .isEqualTo(expected.subList(0, found.size()).stream().map(p -> p.record().cdcNumber().value()).toList());
          }
        }
      } finally {
        index.release(searcher);
      }
    }
  }

  /** A nearest-first page; with an exact total it is answered by sorting every match. */
  private static SearchRequest request(GeoPoint center, double radius, int pageSize, PageCursor after,
      boolean exactTotal) {
    SearchRequest.Builder b = SearchRequest.builder().within(center, Distance.ofMeters(radius))
        .sort(SortOrder.DISTANCE).pageSize(pageSize).explain(false);
    if (after != null) {
      b.after(after);
    }
    if (exactTotal) {
      b.exactTotal();
    }
    return b.build();
  }

  /** A quarter of the records moved onto another record's location, so that distances tie. */
  private static List<Parolee> withSharedLocations(List<Parolee> records, SyntheticParolees gen) {
    List<Parolee> out = new ArrayList<>(records.size());
    for (Parolee p : records) {
      Parolee moved = p;
      if (!out.isEmpty() && gen.nextInt(4) == 0) {
        GeoPoint there = home(out.get(gen.nextInt(out.size())));
        if (there != null && p.currentResidence().isPresent()) {
          moved = relocated(p, there);
        }
      }
      out.add(moved);
    }
    return out;
  }

  private static Parolee relocated(Parolee p, GeoPoint there) {
    Address home = p.currentResidence().orElseThrow();
    List<Address> addresses = new ArrayList<>();
    for (Address a : p.addresses()) {
      if (a.equals(home)) {
        Geocode g = a.geocode();
        addresses.add(new Address(a.type(), a.street(), a.unit(), a.city(), a.state(), a.zip(), a.county(),
            g == null ? null : new Geocode(there, g.source(), g.precision()), a.validated(), a.from(), a.to()));
      } else {
        addresses.add(a);
      }
    }
    return p.toBuilder().addresses(addresses).build();
  }

  private static GeoPoint home(Parolee p) {
    return p.currentResidence().flatMap(a -> java.util.Optional.ofNullable(a.geocode())).map(Geocode::point)
        .orElse(null);
  }

  private static List<String> cdcs(QueryEngine.Page page) {
    return page.hits().stream().map(h -> h.record().cdcNumber().value()).toList();
  }

  private static List<Double> distances(QueryEngine.Page page) {
    return page.hits().stream().map(h -> h.distanceMeters().orElseThrow()).toList();
  }
}
