package org.leadssdk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leadssdk.core.County;
import org.leadssdk.core.CountyUnit;
import org.leadssdk.core.GeoPoint;
import org.leadssdk.core.ParoleStatus;
import org.leadssdk.core.Parolee;
import org.leadssdk.core.feed.FeedEntry;
import org.leadssdk.core.feed.Tombstone;
import org.leadssdk.core.feed.Upsert;
import org.leadssdk.geo.Distance;
import org.leadssdk.policy.AccountRegistry;
import org.leadssdk.policy.LeadsAccessPolicy;
import org.leadssdk.policy.PolicyConfig;
import org.leadssdk.policy.RedactionProfile;
import org.leadssdk.policy.Redactor;
import org.leadssdk.policy.audit.AuditTrail;
import org.leadssdk.search.saved.InMemorySavedSearchStore;
import org.leadssdk.search.saved.SavedSearch;
import org.leadssdk.search.saved.SavedSearchAlert;
import org.leadssdk.testkit.FeedLine;
import org.leadssdk.testkit.InMemoryAuditSink;
import org.leadssdk.testkit.MutableClock;
import org.leadssdk.testkit.SyntheticParolees;
import org.leadssdk.testkit.TestAccess;

/** The alert engine's entered/left against a brute-force oracle: every saved search run in full before and after. */
class SavedSearchAlertProperties {
  private static final Instant NOW = Instant.parse("2026-11-01T17:00:00Z");
  private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");
  private static final int RECORDS = 300;

  private static Set<String> runAll(LeadsIndex index, SearchRequest r) throws IOException {
    IndexSearcher s = index.acquire();
    try {
      Set<String> out = new HashSet<>();
      for (QueryEngine.RawHit h : new QueryEngine().run(s, r, NOW, ZONE).hits()) {
        out.add(h.record().cdcNumber().value());
      }
      return out;
    } finally {
      index.release(s);
    }
  }

  private static List<SearchRequest> searches(SyntheticParolees gen, List<Parolee> records) {
    List<SearchRequest> out = new ArrayList<>();
    ParoleStatus[] statuses = ParoleStatus.values();
    County[] counties = County.values();
    for (int i = 0; i < 40; i++) {
      Parolee p = records.get(gen.nextInt(records.size()));
      SearchRequest.Builder b = SearchRequest.builder().pageSize(1000).exactTotal().explain(false);
      switch (i % 5) {
        case 0 -> {
          GeoPoint c = p.currentResidence().map(a -> a.geocode() == null ? null : a.geocode().point()).orElse(gen.point());
          b.within(c, Distance.ofMeters(gen.uniform(500, 60_000)));
        }
        case 1 -> b.countyUnit(CountyUnit.of(counties[gen.nextInt(counties.length)]))
            .statuses(ParoleStatus.PRCS, statuses[gen.nextInt(statuses.length)]);
        case 2 -> b.statuses(statuses[gen.nextInt(statuses.length)]);
        case 3 -> b.lastName(p.name().last());
        default -> b.term(p.name().first());
      }
      out.add(b.build());
    }
    return out;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.leadssdk.testkit.Seeds#some")
  void enteredAndLeftEqualTheDiffOfFullRunsBeforeAndAfter(long seed) throws IOException {
    SyntheticParolees gen = new SyntheticParolees(seed);
    List<Parolee> records = gen.parolees(RECORDS);
    MutableClock clock = MutableClock.at(NOW);
    try (LeadsIndex index = LeadsIndex.builder().inMemory().clock(clock).build()) {
      records.forEach(index::upsert);
      index.refresh();
      InMemorySavedSearchStore store = InMemorySavedSearchStore.create();
      List<SearchRequest> requests = searches(gen, records);
      for (int i = 0; i < requests.size(); i++) {
        store.save(new SavedSearch("s" + i, "search " + i, "deputy01", TestAccess.ORI, requests.get(i), NOW, NOW, 0));
      }
      AccountRegistry registry = TestAccess.registry(TestAccess.deputy(NOW).build());
      List<SavedSearchAlert> received = new ArrayList<>();
      SavedSearchAlerts alerts = SavedSearchAlerts.builder().index(index).store(store)
          .accessPolicy(LeadsAccessPolicy.create(PolicyConfig.DEFAULTS, registry)).accounts(registry)
          .agencies(List.of(TestAccess.agency())).redactor(Redactor.create(RedactionProfile.defaults()))
          .auditTrail(AuditTrail.builder(new InMemoryAuditSink()).build()).listener(received::add).clock(clock).build();

      List<FeedEntry> delta = new ArrayList<>();
      for (FeedLine line : gen.deltas(records, 60)) {
        delta.add(switch (line) {
          case FeedLine.Upsert u -> new Upsert(u.parolee());
          case FeedLine.Tombstone t -> new Tombstone(t.cdcNumber(), t.recordVersion(), t.sourceTimestamp());
        });
      }
      List<Set<String>> before = new ArrayList<>();
      for (SearchRequest r : requests) {
        before.add(runAll(index, r));
      }
      alerts.applyDelta(delta);
      Map<String, SavedSearchAlert> byId = new HashMap<>();
      received.forEach(a -> byId.put(a.savedSearchId(), a));
      for (int i = 0; i < requests.size(); i++) {
        Set<String> after = runAll(index, requests.get(i));
        TreeSet<String> entered = new TreeSet<>(after);
        entered.removeAll(before.get(i));
        TreeSet<String> left = new TreeSet<>(before.get(i));
        left.removeAll(after);
        SavedSearchAlert a = byId.get("s" + i);
        List<String> gotEntered = a == null ? List.of() : a.enteredCdcNumbers().stream().map(c -> c.value()).toList();
        List<String> gotLeft = a == null ? List.of() : a.left().stream().map(c -> c.value()).toList();
        assertThat(gotEntered).as("seed %d, %s: entered", seed, requests.get(i).describe()).containsExactlyElementsOf(entered);
        assertThat(gotLeft).as("seed %d, %s: left", seed, requests.get(i).describe()).containsExactlyElementsOf(left);
      }
    }
  }
}
