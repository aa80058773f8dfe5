package org.leadssdk.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.leadssdk.core.Parolee;
import org.leadssdk.policy.AccessContext;
import org.leadssdk.policy.Action;
import org.leadssdk.policy.User;
import org.leadssdk.search.LeadsIndex;
import org.leadssdk.search.LeadsSearch;
import org.leadssdk.search.SearchRequest;
import org.leadssdk.search.SearchResult;
import org.leadssdk.testkit.MutableClock;
import org.leadssdk.testkit.SyntheticParolees;
import org.leadssdk.testkit.TestAccess;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Issue 5's delta row on the statewide index: 1,000 changed records applied to an index of
 * {@code records} records on disk and made searchable, then one of them found at its new version through
 * {@link LeadsSearch} (the access decision, the retention filter, redaction and an audit event to an
 * in-memory sink). The changed records are the feed's first 1,000, so every change replaces a record the
 * index holds. The index is built once per size and seed in {@code target/bench-delta-index-<records>-<seed>}
 * by the SDK's own ingest and reused; each invocation raises the same records' versions, starting above
 * any earlier run's (from the wall clock).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar DeltaBenchmark -p records=1000000}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DeltaBenchmark {
  private static final Instant NOW = Instant.parse("2026-11-01T17:00:00Z");
  private static final long SEED = 2026;
  private static final int CHANGED = 1_000;

  /** How many records the index holds. */
  @Param({"100000", "1000000"})
  public int records;

  private LeadsIndex index;
  private LeadsSearch search;
  private AccessContext context;
  private List<Parolee> changed;
  /** The changed records a search may show at the benchmark's instant (retention hides the others). */
  private List<Parolee> probes;
  private long version;

  /** Builds (or reopens) the index and the search service. */
  @Setup
  public void setUp() throws IOException {
    Path feed = BenchFixtures.feed(records, SEED);
    MutableClock clock = MutableClock.at(NOW);
    Path dir = Path.of("target", "bench-delta-index-" + records + "-" + SEED);
    index = LeadsIndex.builder().directory(dir).clock(clock).build();
    index.ingest(feed, "bench-" + records, 100_000);
    User deputy = TestAccess.deputy(NOW).build();
    search = BenchFixtures.search(index, deputy, clock);
    context = AccessContext.of(deputy, TestAccess.agency(), Action.SEARCH);
    changed = new SyntheticParolees(SEED).parolees(CHANGED);
    probes = changed.stream().filter(p -> index.retention().visibility(p, NOW).visible()).toList();
    // From the wall clock: above the versions any earlier run gave these records.
    version = Clock.systemUTC().millis() * 1_000L;
  }

  /** Closes the index. */
  @TearDown
  public void tearDown() {
    index.close();
  }

  /**
   * 1,000 records replaced at a newer version, the index refreshed, and one of them searched for by its
   * CDC number.
   *
   * @return the version the search found
   * @throws IllegalStateException if the search does not see the record at its new version
   */
  @Benchmark
  public long delta1000AppliedAndSearchable() {
    version++;
    List<Parolee> delta = new ArrayList<>(CHANGED);
    for (Parolee p : changed) {
      delta.add(p.toBuilder().recordVersion(version).build());
    }
    delta.forEach(index::upsert);
    index.refresh();
    Parolee probe = probes.get((int) (version % probes.size()));
    SearchResult found = search.search(context, SearchRequest.builder().cdcNumber(probe.cdcNumber()).build());
    long seen = found.hits().isEmpty() ? -1 : found.hits().get(0).record().recordVersion();
    if (seen != version) {
      throw new IllegalStateException("the delta is not searchable: " + probe.cdcNumber().value() + " at version "
          + seen + ", expected " + version);
    }
    return seen;
  }
}
