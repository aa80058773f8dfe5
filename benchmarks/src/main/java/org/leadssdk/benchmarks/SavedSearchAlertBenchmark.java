package org.leadssdk.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.leadssdk.core.CdcNumber;
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
import org.leadssdk.policy.User;
import org.leadssdk.policy.audit.AuditTrail;
import org.leadssdk.search.Checkpoint;
import org.leadssdk.search.LeadsIndex;
import org.leadssdk.search.SavedSearchAlerts;
import org.leadssdk.search.SearchRequest;
import org.leadssdk.search.saved.DeltaAlertReport;
import org.leadssdk.search.saved.InMemorySavedSearchStore;
import org.leadssdk.search.saved.SavedSearch;
import org.leadssdk.testkit.FeedLine;
import org.leadssdk.testkit.InMemoryAuditSink;
import org.leadssdk.testkit.MutableClock;
import org.leadssdk.testkit.SyntheticParolees;
import org.leadssdk.testkit.TestAccess;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Saved-search alerts of issue 6: 5,000 saved searches (40% a radius of 1-5 miles around a residence,
 * 25% county unit + status, 20% last name, 15% an all-field term) owned by 100 permitted users, over a
 * generated statewide index; each invocation applies one 1,000-record delta (moves, suspensions, new
 * PRCS releases, removals from the testkit's delta generator) and computes and delivers every alert,
 * with the owners' policy decisions, retention, redaction and one audit event per alert (in-memory sink).
 * The delta for each invocation is generated outside the measured time.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar SavedSearchAlert -f 1 -wi 1 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(1)
public class SavedSearchAlertBenchmark {
  private static final Instant NOW = Instant.parse("2026-11-01T17:00:00Z");
  private static final long SEED = 2026;

  /** How many records the index holds. */
  @Param({"100000"})
  public int records;

  /** How many saved searches there are. */
  @Param({"5000"})
  public int savedSearches;

  /** How many entries each delta has. */
  @Param({"1000"})
  public int deltaSize;

  private Path dir;
  private LeadsIndex index;
  private SavedSearchAlerts alerts;
  private SyntheticParolees gen;
  private final Map<CdcNumber, Parolee> alive = new LinkedHashMap<>();
  private final LongAdder delivered = new LongAdder();
  private List<FeedEntry> delta;

  /** Builds the index, the saved searches and the alert service. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    gen = new SyntheticParolees(SEED);
    List<Parolee> all = gen.parolees(records);
    all.forEach(p -> alive.put(p.cdcNumber(), p));
    dir = Files.createTempDirectory("bench-alerts-");
    MutableClock clock = MutableClock.at(NOW);
    index = LeadsIndex.builder().directory(dir).clock(clock).build();
    all.parallelStream().forEach(index::upsert);
    index.commit(new Checkpoint("bench-alerts", records));

    List<User> users = new ArrayList<>();
    for (int u = 0; u < 100; u++) {
      users.add(TestAccess.deputy(NOW).id(String.format(java.util.Locale.ROOT, "deputy%03d", u)).build());
    }
    AccountRegistry registry = AccountRegistry.of(users);
    InMemorySavedSearchStore store = InMemorySavedSearchStore.create();
    ParoleStatus[] statuses = {ParoleStatus.ACTIVE, ParoleStatus.SUSPENDED, ParoleStatus.PRCS};
    County[] counties = County.values();
    String[] words = {"dragon", "tattoo", "rose", "skull", "toyota", "robbery"};
    for (int i = 0; i < savedSearches; i++) {
      Parolee p = all.get(gen.nextInt(all.size()));
      int kind = gen.nextInt(100);
      SearchRequest.Builder b = SearchRequest.builder();
      if (kind < 40) {
        GeoPoint home = p.currentResidence().map(a -> a.geocode() == null ? null : a.geocode().point())
            .orElse(gen.point());
        b.within(home, Distance.ofMiles(gen.uniform(1, 5)));
      } else if (kind < 65) {
        b.countyUnit(CountyUnit.of(counties[gen.nextInt(counties.length)]))
            .statuses(statuses[gen.nextInt(statuses.length)]);
      } else if (kind < 85) {
        b.lastName(p.name().last());
      } else {
        b.term(gen.nextInt(2) == 0 ? p.name().first() : words[gen.nextInt(words.length)]);
      }
      store.save(new SavedSearch("s" + i, "saved " + i, users.get(i % users.size()).id(), TestAccess.ORI, b.build(),
          NOW, NOW, 0));
    }
    alerts = SavedSearchAlerts.builder().index(index).store(store)
        .accessPolicy(LeadsAccessPolicy.create(PolicyConfig.DEFAULTS, registry)).accounts(registry)
        .agencies(List.of(TestAccess.agency())).redactor(Redactor.create(RedactionProfile.defaults()))
        .auditTrail(AuditTrail.builder(new InMemoryAuditSink()).build())
        .listener(a -> delivered.increment()).clock(clock).build();
  }

  /** Generates the next delta against the records as they are now (not measured). */
  @Setup(Level.Invocation)
  public void nextDelta() {
    List<FeedEntry> entries = new ArrayList<>(deltaSize);
    for (FeedLine line : gen.deltas(alive.values(), deltaSize)) {
      switch (line) {
        case FeedLine.Upsert u -> {
          entries.add(new Upsert(u.parolee()));
          alive.put(u.cdcNumber(), u.parolee());
        }
        case FeedLine.Tombstone t -> {
          entries.add(new Tombstone(t.cdcNumber(), t.recordVersion(), t.sourceTimestamp()));
          alive.remove(t.cdcNumber());
        }
      }
    }
    delta = entries;
  }

  /** Applies one delta and delivers the alerts of every saved search. */
  @Benchmark
  public DeltaAlertReport applyDeltaAndAlert() {
    return alerts.applyDelta(delta);
  }

  /** Closes and deletes the index. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    index.close();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
